// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A fenced code block: language label, Copy, monospace text; long lines wrap.
// A tool call or result ("tool-call NAME") is folded under its label.
Rectangle {
    id: root
    property string code
    property string language
    property string title
    readonly property bool tool: language === "tool-call" || language === "tool-result"
    property bool unfolded: !tool
    // Spans with classes from the highlighter; "" shows the code plain.
    property string highlighted
    // Its place in the message list's selection (see SelectableText).
    property TextRange textRange: null
    property int rangeRow: -1
    property int rangeBlock: 0
    readonly property string styleSheet: Theme.dark
        ? ".keyword,.preproc{color:#ff7b72}.type,.classname,.usertype,.variable,.label{color:#ffa657}"
          + ".string,.regexp{color:#a5d6ff}.comment{color:#8b949e;font-style:italic}.number,.specialchar{color:#79c0ff}.function{color:#d2a8ff}"
        : ".keyword,.preproc{color:#cf222e}.type,.classname,.usertype,.variable,.label{color:#953800}"
          + ".string,.regexp{color:#0a3069}.comment{color:#6e7781;font-style:italic}.number,.specialchar{color:#0550ae}.function{color:#8250df}"

    implicitHeight: column.implicitHeight
    radius: 8
    color: Theme.codeBackground
    border.color: Theme.border

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 4
            Label {
                Layout.fillWidth: true
                text: root.tool ? (root.unfolded ? "▾ " : "▸ ") + root.title
                                : root.language.length > 0 ? root.language : qsTr("code")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                font.weight: root.tool ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
                Accessible.role: root.tool ? Accessible.Button : Accessible.StaticText
                Accessible.name: text
                MouseArea {
                    objectName: "toolFold"
                    anchors.fill: parent
                    visible: root.tool
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.unfolded = !root.unfolded
                }
            }
            IconButton {
                id: copyButton
                property bool copied: false
                text: copied ? qsTr("Copied") : qsTr("Copy")
                implicitWidth: Math.max(56, contentItem.implicitWidth + 16)
                font.pixelSize: Theme.smallFontSize
                Accessible.name: qsTr("Copy code")
                onClicked: {
                    clipboardHelper.text = root.code
                    clipboardHelper.selectAll()
                    clipboardHelper.copy()
                    copied = true
                    resetCopied.restart()
                }
                Timer {
                    id: resetCopied
                    interval: 1500
                    onTriggered: copyButton.copied = false
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
            visible: root.unfolded
        }
        SelectableText {
            visible: root.unfolded
            Layout.fillWidth: true
            Layout.margins: 12
            textRange: root.textRange
            rangeRow: root.rangeRow
            rangeBlock: root.rangeBlock
            text: root.highlighted.length > 0
                  ? "<html><head><style>" + root.styleSheet + "</style></head><body>"
                    + "<pre style=\"white-space: pre-wrap; margin: 0\">" + root.highlighted + "</pre></body></html>"
                  : root.code
            textFormat: root.highlighted.length > 0 ? TextEdit.RichText : TextEdit.PlainText
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            font.pixelSize: Theme.fontSize - 1
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Code: %1").arg(root.code)
        }
    }

    // The clipboard is reached through a text item; QML has no other door to it.
    TextEdit {
        id: clipboardHelper
        visible: false
        textFormat: TextEdit.PlainText
    }
}
