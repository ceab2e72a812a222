// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Rectangle {
    id: root
    signal settingsRequested()
    signal conversationChosen()
    signal importRequested()
    signal draftChosen(var id)
    signal libraryRequested()
    // 0: conversations, 1: drafts.
    property alias tab: tabs.currentIndex
    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Inkwell")
                font.pixelSize: 18
                font.weight: Font.Bold
                color: Theme.text
            }
            IconButton {
                objectName: "importButton"
                text: "⤒"
                font.pixelSize: 18
                enabled: App.exchange !== null
                onClicked: root.importRequested()
                Accessible.name: qsTr("Import")
                ToolTip.text: qsTr("Import conversations (Inkwell JSON or ChatGPT export)")
            }
            IconButton {
                text: "⚙"
                font.pixelSize: 18
                onClicked: root.settingsRequested()
                Accessible.name: qsTr("Settings")
                ToolTip.text: qsTr("Settings (Ctrl+,)")
            }
        }

        TabBar {
            id: tabs
            objectName: "sidebarTabs"
            Layout.fillWidth: true
            spacing: 4
            background: Rectangle { color: Theme.sidebarHover; radius: 8 }
            component Tab: TabButton {
                id: tab
                implicitHeight: 32
                contentItem: Label {
                    text: tab.text
                    color: tab.checked ? Theme.text : Theme.mutedText
                    font.weight: tab.checked ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: 6
                    anchors.margins: 3
                    color: tab.checked ? Theme.window : "transparent"
                    border.width: tab.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
            Tab { text: qsTr("Chats"); Accessible.name: qsTr("Conversations") }
            Tab { objectName: "draftsTab"; text: qsTr("Drafts"); Accessible.name: qsTr("Drafts") }
        }

        DraftList {
            visible: tabs.currentIndex === 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            onDraftChosen: id => root.draftChosen(id)
            onLibraryRequested: root.libraryRequested()
        }

        PrimaryButton {
            visible: tabs.currentIndex === 0
            Layout.fillWidth: true
            text: qsTr("＋  New chat")
            onClicked: { App.newConversation(); root.conversationChosen() }
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("New chat (Ctrl+N)")
        }

        ListView {
            id: list
            visible: tabs.currentIndex === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.conversations
            spacing: 2
            reuseItems: true
            keyNavigationEnabled: true
            currentIndex: App.conversations.indexOfId(App.currentConversationId)
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Conversations")

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

            delegate: ConversationDelegate {
                width: ListView.view.width
                onChosen: root.conversationChosen()
                onDeleteRequested: (id, title) => { confirm.conversationId = id; confirm.convTitle = title; confirm.open() }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No conversations yet")
                color: Theme.mutedText
            }
        }

        Button {
            objectName: "libraryButton"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Template library")
            onClicked: root.libraryRequested()
            Accessible.name: qsTr("Template library")
        }
    }

    Dialog {
        id: confirm
        property var conversationId: 0
        property string convTitle: ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete conversation?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            text: qsTr("“%1” and all its messages will be deleted.").arg(confirm.convTitle)
            wrapMode: Text.Wrap
            width: 320
        }
        onAccepted: App.deleteConversation(conversationId)
    }
}
