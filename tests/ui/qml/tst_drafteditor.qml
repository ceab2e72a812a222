// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Inkwell

// The draft editor: typing is kept, counts and target follow, versions saved.
Item {
    id: root
    width: 1100
    height: 760

    Component {
        id: editorComponent
        DraftEditor { anchors.fill: parent }
    }

    TestCase {
        name: "DraftEditor"
        when: windowShown

        function test_typingCountsAndVersions() {
            const id = App.drafts.createBlank()
            verify(id > 0)
            const page = createTemporaryObject(editorComponent, root)
            const editor = findChild(page, "draftEditor")
            verify(editor)
            editor.forceActiveFocus()
            for (const key of [Qt.Key_H, Qt.Key_I, Qt.Key_Space, Qt.Key_T, Qt.Key_H, Qt.Key_E, Qt.Key_R, Qt.Key_E])
                keyClick(key)
            compare(App.drafts.text(), "hi there")
            tryCompare(App.drafts, "words", 2)
            compare(App.drafts.characters, 7)
            const counts = findChild(page, "draftCounts")
            verify(counts.text.indexOf("2 word") === 0)

            const target = findChild(page, "draftTarget")
            target.forceActiveFocus()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_0)
            keyClick(Qt.Key_Return)
            compare(App.drafts.targetWords, 10)
            verify(counts.text.indexOf("2 / 10 words") === 0)

            // Ctrl+S keeps a version; the same text twice keeps one.
            editor.forceActiveFocus()
            keyClick(Qt.Key_S, Qt.ControlModifier)
            compare(App.drafts.versions.count, 1)
            keyClick(Qt.Key_S, Qt.ControlModifier)
            compare(App.drafts.versions.count, 1)
            const versions = App.drafts.versions
            compare(versions.data(versions.index(0, 0), DraftVersionListModel.LabelRole), "Saved")

            // Actions need a server that answers; this one refuses, and says so.
            findChild(page, "continueDraft").clicked()
            tryVerify(() => App.drafts.errorText.length > 0, 10000)
            compare(App.drafts.text(), "hi there")
            verify(!editor.readOnly)
        }
    }
}
