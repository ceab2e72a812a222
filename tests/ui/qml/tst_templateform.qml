// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Inkwell

// The form made from a template's variable declarations.
Item {
    id: root
    width: 900
    height: 700

    Component {
        id: formComponent
        TemplateForm {}
    }

    TestCase {
        name: "TemplateForm"
        when: windowShown

        function openForm(key) {
            const form = createTemporaryObject(formComponent, root)
            form.openFor(key)
            tryCompare(form, "opened", true)
            return form
        }

        function test_fieldsFollowTheDeclarations() {
            const form = openForm("builtin:article")
            compare(form.fields.length, 6)
            const topic = findChild(form.contentItem, "field_topic")
            verify(topic)
            compare(topic.text, "artificial intelligence")
            // The first field has the keyboard.
            tryVerify(() => topic.activeFocus)
            const audience = findChild(form.contentItem, "field_audience")
            compare(audience.count, 4)
            compare(audience.currentText, "general readers")
            const faq = findChild(form.contentItem, "field_faq")
            compare(faq.checked, false)
            compare(findChild(form.contentItem, "field_words").text, "900")
            verify(findChild(form.contentItem, "field_notes") instanceof TextArea)
        }

        function test_problemsAreShownUnderTheirFields() {
            const drafts = App.drafts.model.count
            const form = openForm("builtin:article")
            const topic = findChild(form.contentItem, "field_topic")
            topic.selectAll()
            topic.forceActiveFocus()
            keyClick(Qt.Key_Delete)
            const words = findChild(form.contentItem, "field_words")
            words.selectAll()
            words.forceActiveFocus()
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_0)
            const generate = findChild(form.contentItem, "generateButton")
            verify(generate.enabled)
            mouseClick(generate)
            // Nothing is sent; both problems stay on screen until fixed.
            verify(form.opened)
            compare(form.problems["topic"], "“Topic” is required")
            compare(form.problems["words"], "“Length in words” must be between 200 and 5000; 50 is not")
            topic.forceActiveFocus()
            keyClick(Qt.Key_T)
            verify(form.problems["topic"] === undefined)
            verify(form.problems["words"] !== undefined)
            compare(App.drafts.model.count, drafts)
        }

        function test_aTextToWorkOnIsAskedForWhenNoneIsSelected() {
            const form = openForm("builtin:rewrite-tone")
            compare(form.fields[0].name, "selection")
            const text = findChild(form.contentItem, "field_selection")
            verify(text instanceof TextArea)
            form.generate()
            compare(form.problems["selection"], "“Text to work on” is required")
        }

        function test_validFormStartsADraft() {
            const form = openForm("builtin:outline")
            const before = App.drafts.model.count
            const topic = findChild(form.contentItem, "field_topic")
            topic.forceActiveFocus()
            keyClick(Qt.Key_T)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_Return)  // Enter in a field generates
            tryCompare(form, "opened", false)
            compare(App.drafts.model.count, before + 1)
            compare(App.drafts.title, "Outline: tea")
            // The server refuses connections: the draft says so and keeps nothing half done.
            tryVerify(() => App.drafts.errorText.length > 0, 10000)
            compare(App.drafts.text(), "")
        }
    }
}
