// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The model's actions on a draft. Rewrite, Shorten, Expand and Tone work on
// the selected text, or on the whole draft when nothing is selected.
Flow {
    id: root
    required property var editor
    readonly property var drafts: App.drafts
    readonly property bool idle: !drafts.busy && drafts.currentId > 0
    readonly property bool selected: editor.selStart() >= 0
    spacing: 6

    function rewrite() { rewritePopup.open() }

    component Action: Button {
        id: action
        implicitHeight: 30
        leftPadding: 10
        rightPadding: 10
        font.pixelSize: Theme.smallFontSize
        // Put away by a press, until the pointer leaves: it would cover the menu opened.
        property bool tipDismissed: false
        onPressed: tipDismissed = true
        onHoveredChanged: if (!hovered) tipDismissed = false
        ToolTip.visible: hovered && !tipDismissed && ToolTip.text.length > 0
        ToolTip.delay: 500
        contentItem: Label {
            text: action.text
            font: action.font
            color: action.enabled ? Theme.text : Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: 6
            color: action.down ? Theme.sidebarSelected : action.hovered ? Theme.sidebarHover : "transparent"
            border.width: action.visualFocus ? 2 : 1
            border.color: action.visualFocus ? Theme.accent : Theme.border
        }
    }

    Action {
        objectName: "regenerateDraft"
        visible: root.drafts.canRegenerate
        enabled: root.idle
        text: qsTr("Regenerate")
        ToolTip.text: qsTr("Write the draft again from its template")
        onClicked: root.drafts.regenerate()
    }
    Action {
        objectName: "continueDraft"
        enabled: root.idle
        text: qsTr("Continue")
        ToolTip.text: qsTr("Carry on from the end of the text (Ctrl+Shift+Enter)")
        onClicked: root.drafts.continueText("")
    }
    Action {
        objectName: "rewriteDraft"
        enabled: root.idle
        text: root.selected ? qsTr("Rewrite selection…") : qsTr("Rewrite…")
        ToolTip.text: qsTr("Rewrite with your instruction (Ctrl+E)")
        onClicked: rewritePopup.open()
    }
    Action {
        enabled: root.idle
        text: qsTr("Shorten")
        ToolTip.text: root.selected ? qsTr("Shorten the selected text") : qsTr("Shorten the whole draft")
        onClicked: root.drafts.shorten(root.editor.selStart(), root.editor.selEnd())
    }
    Action {
        enabled: root.idle
        text: qsTr("Expand")
        ToolTip.text: root.selected ? qsTr("Expand the selected text") : qsTr("Expand the whole draft")
        onClicked: root.drafts.expand(root.editor.selStart(), root.editor.selEnd())
    }
    Action {
        id: toneButton
        enabled: root.idle
        text: qsTr("Tone ▾")
        onClicked: toneMenu.popup(toneButton, 0, toneButton.height)
        Menu {
            id: toneMenu
            Repeater {
                model: [qsTr("friendly"), qsTr("formal"), qsTr("concise"), qsTr("confident"), qsTr("playful"), qsTr("neutral")]
                MenuItem {
                    required property string modelData
                    text: modelData
                    onTriggered: root.drafts.changeTone(modelData, root.editor.selStart(), root.editor.selEnd())
                }
            }
        }
    }
    ToolSeparator { height: 30 }
    Action {
        objectName: "outlineDraft"
        enabled: root.idle
        text: qsTr("Outline")
        ToolTip.text: qsTr("Replace the draft with an outline: a heading per section, each with its plan")
        onClicked: root.drafts.makeOutline()
    }
    Action {
        id: sectionButton
        objectName: "sectionsDraft"
        enabled: root.idle && root.drafts.sections.length > 0
        text: qsTr("Write section ▾")
        ToolTip.text: qsTr("Write (or write again) one section of the outline")
        onClicked: sectionMenu.popup(sectionButton, 0, sectionButton.height)
        Menu {
            id: sectionMenu
            Repeater {
                model: root.drafts.sections
                MenuItem {
                    required property string modelData
                    required property int index
                    text: modelData
                    onTriggered: root.drafts.writeSection(index)
                }
            }
        }
    }
    ToolSeparator { height: 30 }
    Action {
        enabled: root.idle
        text: qsTr("Save version")
        ToolTip.text: qsTr("Keep the text as it is now in the history (Ctrl+S)")
        onClicked: root.drafts.saveVersion()
    }
    PrimaryButton {
        objectName: "stopDraft"
        visible: root.drafts.busy
        quiet: true
        implicitHeight: 30
        text: qsTr("Stop")
        onClicked: root.drafts.stop()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Stop (Esc)")
    }

    Popup {
        id: rewritePopup
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: 420
        padding: 16
        onOpened: instruction.forceActiveFocus()
        background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
        function go() {
            if (instruction.text.trim().length === 0)
                return
            root.drafts.rewrite(root.editor.selStart(), root.editor.selEnd(), instruction.text)
            close()
        }
        contentItem: ColumnLayout {
            spacing: 10
            Label {
                text: root.selected ? qsTr("How should the selected text change?") : qsTr("How should the draft change?")
                color: Theme.text
                font.weight: Font.DemiBold
            }
            TextField {
                id: instruction
                objectName: "rewriteInstruction"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. simpler words, add an example, in the past tense")
                onAccepted: rewritePopup.go()
                Accessible.name: qsTr("Rewrite instruction")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button { text: qsTr("Cancel"); onClicked: rewritePopup.close() }
                PrimaryButton { text: qsTr("Rewrite"); onClicked: rewritePopup.go() }
            }
        }
    }
}
