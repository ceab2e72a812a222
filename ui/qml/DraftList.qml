// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The sidebar's drafts: search (titles and text, Chinese too) and the list.
ColumnLayout {
    id: root
    signal draftChosen(var id)
    signal libraryRequested()
    spacing: Theme.spacing

    PrimaryButton {
        objectName: "newFromTemplate"
        Layout.fillWidth: true
        text: qsTr("＋  New from template")
        onClicked: root.libraryRequested()
    }
    TextField {
        objectName: "draftSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search drafts")
        onTextChanged: App.drafts.model.query = text
        Accessible.name: qsTr("Search drafts")
    }
    ListView {
        id: list
        objectName: "draftList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: App.drafts.model
        spacing: 2
        keyNavigationEnabled: true
        currentIndex: App.drafts.model.indexOfId(App.drafts.currentId)
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Drafts")
        section.property: "section"
        section.delegate: Label {
            required property string section
            text: section
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.weight: Font.DemiBold
            topPadding: 10
            bottomPadding: 4
            leftPadding: 8
        }
        delegate: ItemDelegate {
            id: item
            required property var draftId
            required property string title
            required property int status  // Chat.Streaming, …
            required property string templateName
            readonly property bool current: draftId === App.drafts.currentId
            width: ListView.view.width
            height: 38
            padding: 0
            Accessible.name: title
            background: Rectangle {
                radius: 8
                color: item.current ? Theme.sidebarSelected : (item.hovered ? Theme.sidebarHover : "transparent")
            }
            onClicked: root.draftChosen(draftId)
            contentItem: RowLayout {
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 10
                    text: item.title
                    elide: Text.ElideRight
                    color: Theme.text
                    textFormat: Text.PlainText
                }
                Label {
                    visible: item.status === Chat.Streaming || item.status === Chat.Interrupted || item.status === Chat.Error
                    text: item.status === Chat.Streaming ? "●" : "!"
                    color: item.status === Chat.Streaming ? Theme.accent : Theme.warning
                    Accessible.name: item.status === Chat.Streaming ? qsTr("Being written")
                        : item.status === Chat.Interrupted ? qsTr("Interrupted") : qsTr("Failed")
                }
                IconButton {
                    // Hidden but in place, so that the marker beside it does not move.
                    opacity: item.hovered || item.current ? 1 : 0
                    enabled: opacity > 0
                    text: "⋯"
                    Accessible.name: qsTr("Draft actions")
                    onClicked: menu.popup()
                }
            }
            Menu {
                id: menu
                MenuItem {
                    text: qsTr("Delete…")
                    onTriggered: { confirm.draftId = item.draftId; confirm.draftTitle = item.title; confirm.open() }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 20
            horizontalAlignment: Text.AlignHCenter
            visible: list.count === 0
            text: App.drafts.model.query.length > 0 ? qsTr("No draft matches.") : qsTr("No drafts yet. Start one from a template.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }

    Question {
        id: confirm
        objectName: "deleteDraftDialog"
        property var draftId: 0
        property string draftTitle: ""
        heading: qsTr("Delete draft?")
        detail: qsTr("“%1” and its whole history will be deleted.").arg(confirm.draftTitle)
        Button {
            text: qsTr("Cancel")
            onClicked: confirm.close()
        }
        Button {
            objectName: "confirmDeleteDraft"
            text: qsTr("Delete")
            onClicked: {
                confirm.close()
                App.drafts.remove(confirm.draftId)
            }
        }
    }
}
