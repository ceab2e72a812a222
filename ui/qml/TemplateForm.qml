// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// "Use template": a form made from the template's variable declarations,
// checked on Generate (every problem shown under its field), then the result
// streams into a new draft (or a new conversation).
Dialog {
    id: root
    property string key: ""
    property templateInfo info
    property list<templateFormField> fields
    // Maps, not records: their keys are the template's own variable names.
    property var values: ({})
    property var problems: ({})
    // Why Generate did not start (a file the model cannot take, no server…).
    property string failure: ""
    signal draftStarted(var draftId)
    signal conversationStarted()

    title: info.name
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 560)
    height: Math.min(parent.height - 40, implicitHeight)
    padding: 20
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }

    function openFor(templateKey) {
        key = templateKey
        App.templates.files.clear()
        failure = ""
        info = App.templates.info(key)
        fields = App.templates.form(key, false)
        const v = {}
        for (const f of fields)
            v[f.name] = f.type === "yesno" ? f.value === "yes" : f.value
        values = v
        problems = {}
        open()
        focusTimer.start()
    }
    function setValue(name, value) {
        values[name] = value
        if (problems[name] !== undefined) {
            const p = Object.assign({}, problems)
            delete p[name]
            problems = p
        }
    }
    function generate() {
        const found = {}
        for (const p of App.templates.validate(key, values))
            found[p.name] = p.message
        problems = found
        failure = ""
        if (Object.keys(found).length > 0)
            return
        if (info.output === "conversation") {
            if (App.session.sendFromTemplate(key, values)) {
                close()
                conversationStarted()
            } else {
                failure = App.session.errorText
            }
            return
        }
        const id = App.drafts.createFromTemplate(key, values)
        if (id > 0) {
            close()
            draftStarted(id)
        } else {
            failure = App.drafts.errorText
        }
    }

    // The files read for the form stay in memory only while it is open.
    onClosed: App.templates.files.clear()

    // Focus the first field once the dialog is shown.
    Timer {
        id: focusTimer
        interval: 0
        onTriggered: root.contentItem.nextItemInFocusChain(true).forceActiveFocus()
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            Layout.fillWidth: true
            visible: root.info.description.length > 0
            text: root.info.description
            color: Theme.mutedText
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(fieldColumn.implicitHeight, 460)
            contentWidth: availableWidth
            ColumnLayout {
                id: fieldColumn
                width: parent.width
                spacing: 14
                Repeater {
                    model: root.fields
                    delegate: TemplateField {
                        required property templateFormField modelData
                        Layout.fillWidth: true
                        field: modelData
                        problem: root.problems[modelData.name] ?? App.templates.files.errors[modelData.name] ?? ""
                        onEdited: value => root.setValue(modelData.name, value)
                        onSubmitted: root.generate()
                    }
                }
                Label {
                    visible: root.fields.length === 0
                    text: qsTr("This template has nothing to fill in.")
                    color: Theme.mutedText
                }
            }
        }
        Label {
            objectName: "formFailure"
            Layout.fillWidth: true
            visible: root.failure.length > 0
            text: root.failure
            color: Theme.errorText
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.info.output === "conversation" ? qsTr("The answer opens as a new conversation.")
                                                            : qsTr("The result streams into a new draft.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: "generateButton"
                text: qsTr("Generate")
                enabled: App.server.configured
                onClicked: root.generate()
            }
        }
    }
}
