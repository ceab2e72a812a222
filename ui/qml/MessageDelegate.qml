// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Item {
    id: root
    required property string role
    required property string content
    required property string reasoning
    required property string status
    required property string error
    required property string details

    readonly property bool isUser: role === "user"
    readonly property bool streaming: status === "streaming"
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        width: Math.min(root.width - 4 * Theme.spacing, Theme.contentWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 6

        Label {
            text: root.isUser ? qsTr("You") : qsTr("Assistant")
            font.pixelSize: Theme.smallFontSize
            font.weight: Font.DemiBold
            color: Theme.mutedText
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
        }

        Rectangle {
            id: bubble
            // A failed answer with no text shows only its status line.
            visible: root.content.length > 0 || root.streaming || root.isUser
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: root.isUser ? Math.min(body.implicitWidth + 28, column.width * 0.85) : column.width
            implicitHeight: body.implicitHeight + (root.isUser ? 20 : 4)
            radius: Theme.radius
            color: root.isUser ? Theme.userBubble : "transparent"

            TextEdit {
                id: body
                x: root.isUser ? 14 : 0
                y: root.isUser ? 10 : 2
                width: bubble.width - (root.isUser ? 28 : 0)
                readOnly: true
                selectByMouse: true
                wrapMode: Text.Wrap
                color: Theme.text
                selectionColor: Theme.accent
                font.pixelSize: Theme.fontSize
                // The user's words stay literal; answers render as Markdown.
                textFormat: root.isUser ? TextEdit.PlainText : TextEdit.MarkdownText
                text: root.content.length > 0 || !root.streaming ? root.content : "…"
                onLinkActivated: (link) => Qt.openUrlExternally(link)
                Accessible.role: Accessible.StaticText
                Accessible.name: root.content
            }
        }

        RowLayout {
            visible: !root.isUser && (root.status !== "complete" || root.details.length > 0)
            spacing: 8
            Rectangle {
                // A quiet pulse while the answer streams.
                visible: root.streaming
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: Theme.accent
                SequentialAnimation on opacity {
                    running: root.streaming
                    loops: Animation.Infinite
                    NumberAnimation { from: 1; to: 0.25; duration: 600 }
                    NumberAnimation { from: 0.25; to: 1; duration: 600 }
                }
            }
            Label {
                visible: root.status !== "complete" && root.status !== "streaming"
                text: root.status === "stopped" ? qsTr("Stopped")
                    : root.status === "interrupted" ? qsTr("Interrupted")
                    : qsTr("Error")
                color: root.status === "error" ? Theme.errorText : Theme.warning
                font.pixelSize: Theme.smallFontSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: root.status === "complete" || root.streaming ? root.details : root.error
                color: root.status === "error" ? Theme.errorText : Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
    }
}
