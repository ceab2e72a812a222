// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The answers to one request side by side (the API's n answers, regenerated
// ones); "Continue with this one" makes that answer's branch the one shown.
Dialog {
    id: root
    objectName: "compareView"
    title: qsTr("Compare answers")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent.width - 60
    height: parent.height - 60
    padding: 16
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
    header: Label {
        text: root.title
        padding: 16
        bottomPadding: 0
        elide: Text.ElideRight
        font.pixelSize: Theme.titleFontSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    // Our own Close: Qt's standard button keeps the language it was made in.
    footer: DialogButtonBox {
        padding: 16
        topPadding: 0
        background: null
        Button {
            objectName: "closeCompare"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    readonly property MessageListModel answers: App.session.compared
    function show(messageId) {
        App.session.compare(messageId)
        open()
    }

    contentItem: ListView {
        id: columns
        orientation: ListView.Horizontal
        spacing: 12
        clip: true
        model: root.answers
        ScrollBar.horizontal: ScrollBar {}
        Accessible.name: qsTr("Answers")
        // Two or three fit side by side; more scroll sideways.
        readonly property real columnWidth: Math.max(320, (width - spacing * (Math.min(count, 3) - 1)) / Math.min(Math.max(count, 1), 3))

        delegate: Rectangle {
            id: column
            required property double messageId
            required property bool hasContent
            required property int status
            required property string details
            required property int index
            readonly property bool current: messageId === App.session.comparedShownId
            // An answer still streaming grows here too: read again at each of
            // the model's frames (which announce hasContent, not the text).
            readonly property string content: {
                void hasContent
                void status
                return root.answers.contentAt(index)
            }
            width: columns.columnWidth
            height: columns.height
            radius: 10
            color: "transparent"
            border.color: current ? Theme.accent : Theme.border
            border.width: current ? 2 : 1

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 8
                Label {
                    text: qsTr("Answer %1 of %2").arg(column.index + 1).arg(root.answers.count)
                          + (column.current ? qsTr(" · shown now") : "")
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: column.details
                    visible: text.length > 0
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    elide: Text.ElideRight
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    TextEdit {
                        width: column.width - 24
                        text: column.content
                        textFormat: TextEdit.MarkdownText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: Theme.text
                        selectionColor: Theme.accent
                        font.pixelSize: Theme.fontSize
                        Accessible.role: Accessible.StaticText
                        Accessible.name: column.content
                    }
                }
                PrimaryButton {
                    objectName: "continueWith" + (column.index + 1)
                    Layout.fillWidth: true
                    text: qsTr("Continue with this one")
                    enabled: !column.current && !App.session.busy
                    onClicked: { App.session.chooseBranch(column.messageId); root.close() }
                    Accessible.name: qsTr("Continue with answer %1").arg(column.index + 1)
                }
            }
        }
    }
}
