// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Inkwell

// The template editor: problems and preview as you type, save, built-ins read-only.
Item {
    id: root
    width: 1000
    height: 760

    Component {
        id: editorComponent
        TemplateEditor {}
    }

    TestCase {
        name: "TemplateEditor"
        when: windowShown

        function openEditor(key) {
            const editor = createTemporaryObject(editorComponent, root)
            editor.openFor(key)
            tryCompare(editor, "opened", true)
            return editor
        }

        function test_problemsAndPreviewFollowTheText() {
            const editor = openEditor("")
            const source = findChild(editor.contentItem, "templateSource")
            compare(editor.problems.length, 0)
            verify(findChild(editor.contentItem, "templatePreview").text.indexOf("Write about «Topic» in about 600 words.") >= 0)
            const save = findChild(editor.contentItem, "saveTemplateButton")
            verify(save.enabled)

            source.cursorPosition = source.length
            source.forceActiveFocus()
            keyClick(Qt.Key_BraceLeft)
            keyClick(Qt.Key_BraceLeft)
            keyClick(Qt.Key_X)
            tryVerify(() => editor.problems.length === 1)
            compare(editor.problems[0].line, 19)
            compare(editor.problems[0].column, 1)
            verify(editor.problems[0].message.indexOf("not closed") >= 0)
            verify(!save.enabled)

            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            tryVerify(() => editor.problems.length === 0)
            const before = App.templates.model.count
            mouseClick(save)
            tryCompare(editor, "opened", false)
            compare(App.templates.model.count, before + 1)
            verify(App.templates.model.indexOfKey(App.templates.model.keyAt(0)) === 0)
        }

        // A long line wraps: what is typed at its end stays in view, and no
        // binding loop on the wrapped text's width (a warning fails the run).
        function test_longLineWrapsAndStaysInView() {
            const editor = openEditor("")
            const source = findChild(editor.contentItem, "templateSource")
            source.cursorPosition = source.length
            source.forceActiveFocus()
            const lines = source.lineCount
            for (let i = 0; i < 160; ++i)
                keyClick(Qt.Key_A)
            waitForRendering(source)
            verify(source.lineCount > lines + 1, "the long line did not wrap")
            const view = findChild(editor.contentItem, "templateSourceView")
            const caret = source.cursorRectangle
            verify(caret.x + caret.width <= view.width, "the caret is beyond the visible width")
        }

        // At the largest text size the buttons keep their words (Save read "…").
        function test_buttonsKeepTheirWordsAtLargeText() {
            App.appearance.changeFontSize(24 - App.appearance.fontSize)
            const editor = openEditor("")
            const save = findChild(editor.contentItem, "saveTemplateButton")
            waitForRendering(save)
            verify(!(save.contentItem as Label).truncated, "Save reads “…”")
            const inside = save.mapToItem(editor.contentItem, 0, 0)
            verify(inside.x >= 0 && inside.x + save.width <= editor.contentItem.width, "Save is outside the dialog")
        }
        function cleanup() { App.appearance.changeFontSize(0) }

        // Typed text is not dropped without asking: Cancel and Escape ask,
        // "Keep editing" keeps it, "Discard" closes.
        function test_cancelAsksBeforeDroppingEdits() {
            const editor = openEditor("")
            const source = findChild(editor.contentItem, "templateSource")
            source.cursorPosition = source.length
            source.forceActiveFocus()
            keyClick(Qt.Key_A)
            verify(editor.dirty)
            mouseClick(findChild(editor.contentItem, "cancelTemplateButton"))
            const ask = findChild(editor, "discardTemplateDialog")
            tryCompare(ask, "opened", true)
            verify(editor.opened)
            mouseClick(findChild(ask.footer, "keepEditing"))
            tryCompare(ask, "visible", false)
            verify(editor.opened)
            source.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            tryCompare(ask, "opened", true)
            verify(editor.opened)
            mouseClick(findChild(ask.footer, "discardChanges"))
            tryCompare(editor, "opened", false)
        }

        function test_builtinsOpenReadOnly() {
            const editor = openEditor("builtin:article")
            verify(editor.builtin)
            verify(findChild(editor.contentItem, "templateSource").readOnly)
            const button = findChild(editor.contentItem, "saveTemplateButton")
            compare(button.text, "Duplicate to edit")
            const before = App.templates.model.count
            mouseClick(button)
            // The copy opens, editable.
            tryVerify(() => !editor.builtin)
            compare(App.templates.model.count, before + 1)
            verify(!findChild(editor.contentItem, "templateSource").readOnly)
        }
    }
}
