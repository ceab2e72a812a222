// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A template's file, edited as text: its problems (line and column) and the
// prompt it renders to, both live as you type. Built-ins open read-only.
Dialog {
    id: root
    property string key: ""
    property bool builtin: false
    readonly property TemplatesController templates: App.templates
    property list<templateSourceProblem> problems
    property templatePreview rendered
    // The text as opened or last saved: edits beyond it are not dropped
    // without asking (Cancel, Escape).
    property string saved: ""
    readonly property bool dirty: !builtin && source.text !== saved
    closePolicy: dirty ? Popup.NoAutoClose : Popup.CloseOnEscape

    title: key.length === 0 ? qsTr("New template") : builtin ? qsTr("Built-in template (read-only)") : qsTr("Edit template")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 1100)
    height: Math.min(parent.height - 40, 720)
    padding: 16
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }

    function openFor(templateKey) {
        key = templateKey
        if (key.length > 0) {
            const info = templates.info(key)
            builtin = info.builtin
            source.text = info.source
            saved = source.text
        } else {
            builtin = false
            source.text = templates.skeleton()
            saved = source.text
        }
        refresh()
        open()
        source.forceActiveFocus()
    }
    function refresh() {
        problems = templates.problems(source.text)
        rendered = templates.preview(source.text)
    }
    function goTo(line, column) {
        const lines = source.text.split("\n")
        let at = 0
        for (let i = 0; i < line - 1 && i < lines.length; ++i)
            at += lines[i].length + 1
        source.cursorPosition = Math.min(source.length, at + Math.max(0, column - 1))
        source.forceActiveFocus()
    }
    function save() {
        if (templates.save(source.text, key).length > 0) {
            saved = source.text
            close()
        }
    }
    function tryClose() {
        if (dirty)
            discard.open()
        else
            close()
    }
    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: root.opened && root.dirty && !discard.visible
        onActivated: discard.open()
    }
    Question {
        id: discard
        objectName: "discardTemplateDialog"
        heading: qsTr("Discard the changes to this template?")
        detail: qsTr("The text has changes that are not saved.")
        Button {
            objectName: "keepEditing"
            text: qsTr("Keep editing")
            onClicked: discard.close()
        }
        Button {
            objectName: "discardChanges"
            text: qsTr("Discard")
            onClicked: {
                discard.close()
                root.saved = source.text
                root.close()
            }
        }
    }

    Timer {
        id: refreshTimer
        interval: 150
        onTriggered: root.refresh()
    }
    Shortcut {
        sequence: StandardKey.Save
        enabled: root.visible && !root.builtin
        onActivated: root.save()
    }

    contentItem: ColumnLayout {
        spacing: 10
        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollView {
                objectName: "templateSourceView"
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                contentWidth: availableWidth // wrapped text: no binding loop on its width
                TextArea {
                    id: source
                    objectName: "templateSource"
                    readOnly: root.builtin
                    font.family: "monospace"
                    font.pixelSize: Theme.fontSize - 1
                    // Soft-wrapped: a long prompt line stays in view with its
                    // caret (without wrapping, the view did not follow the
                    // caret sideways). Problems still name the file's lines.
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    color: Theme.text
                    background: Rectangle { color: Theme.codeBackground; radius: 8 }
                    onTextChanged: refreshTimer.restart()
                    Accessible.name: qsTr("Template file: front matter and body")
                }
            }
            ColumnLayout {
                SplitView.preferredWidth: 380
                SplitView.minimumWidth: 260
                spacing: 8
                Label {
                    text: root.problems.length === 0 ? qsTr("No problems") : qsTr("%n problem(s)", "", root.problems.length)
                    color: root.problems.length === 0 ? Theme.mutedText : Theme.errorText
                    font.weight: Font.DemiBold
                }
                ListView {
                    objectName: "templateProblems"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(contentHeight, 140)
                    visible: root.problems.length > 0
                    clip: true
                    model: root.problems
                    delegate: ItemDelegate {
                        id: problem
                        required property templateSourceProblem modelData
                        width: ListView.view.width
                        text: modelData.text
                        font.pixelSize: Theme.smallFontSize
                        onClicked: root.goTo(modelData.line, modelData.column)
                        Accessible.name: modelData.text
                        contentItem: Label {
                            text: problem.text
                            wrapMode: Text.Wrap
                            color: Theme.errorText
                            font: problem.font
                            textFormat: Text.PlainText
                        }
                    }
                }
                Label {
                    text: qsTr("Preview, with the defaults")
                    color: Theme.mutedText
                    font.weight: Font.DemiBold
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    TextArea {
                        objectName: "templatePreview"
                        readOnly: true
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        color: Theme.text
                        text: (root.rendered.system.length > 0 ? qsTr("System: %1").arg(root.rendered.system) + "\n\n" : "")
                              + root.rendered.prompt
                        background: Rectangle { color: Theme.sidebar; radius: 8 }
                        Accessible.name: qsTr("Rendered prompt")
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.templates.message.length > 0 && root.visible
            text: root.templates.message
            color: Theme.errorText
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        // The syntax hint on its own line: beside the buttons it took their
        // room and Save read "…" at a large text size.
        Label {
            Layout.fillWidth: true
            text: qsTr("Syntax: %1 for a variable, %2 for a literal “{{”. See docs/templates.md.").arg("{{name}}").arg("\\{{")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                Layout.minimumWidth: implicitWidth
                objectName: "cancelTemplateButton"
                text: root.builtin ? qsTr("Close") : qsTr("Cancel")
                onClicked: root.tryClose()
            }
            PrimaryButton {
                objectName: "saveTemplateButton"
                Layout.minimumWidth: implicitWidth
                text: root.builtin ? qsTr("Duplicate to edit") : qsTr("Save")
                enabled: root.builtin || root.problems.length === 0
                onClicked: {
                    if (root.builtin) {
                        const copy = root.templates.duplicate(root.key)
                        if (copy.length > 0)
                            root.openFor(copy)
                    } else {
                        root.save()
                    }
                }
            }
        }
    }
}
