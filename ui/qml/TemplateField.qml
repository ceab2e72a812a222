// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// One variable of a template as a form field, by its declared type.
ColumnLayout {
    id: root
    required property templateFormField field
    property string problem: ""
    signal edited(var value)
    signal submitted()
    spacing: 4

    Label {
        visible: root.field.type !== "yesno"
        text: root.field.label + (root.field.required && (root.field.type === "text" || root.field.type === "multiline"
                                                          || root.field.type === "file") ? " *" : "")
        color: Theme.text
        font.weight: Font.DemiBold
        textFormat: Text.PlainText
    }
    Loader {
        id: input
        Layout.fillWidth: true
        sourceComponent: root.field.type === "multiline" ? area
                       : root.field.type === "choice" ? choice
                       : root.field.type === "yesno" ? yesno
                       : root.field.type === "file" ? file : line
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.problem.length > 0 ? root.problem : root.field.help
        color: root.problem.length > 0 ? Theme.errorText : Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }

    Component {
        id: line
        TextField {
            objectName: "field_" + root.field.name
            text: root.field.value
            placeholderText: root.field.type === "date" ? qsTr("YYYY-MM-DD")
                           : root.field.type === "number" && root.field.hasMin && root.field.hasMax
                             ? qsTr("%1 to %2").arg(root.field.min).arg(root.field.max) : ""
            inputMethodHints: root.field.type === "number" ? Qt.ImhFormattedNumbersOnly
                            : root.field.type === "date" ? Qt.ImhDate : Qt.ImhNone
            onTextEdited: root.edited(text)
            onAccepted: root.submitted()
            Accessible.name: root.field.label
            Accessible.description: root.problem.length > 0 ? root.problem : root.field.help
        }
    }
    Component {
        id: area
        ScrollView {
            implicitHeight: 96
            TextArea {
                id: areaInput
                objectName: "field_" + root.field.name
                text: root.field.value
                wrapMode: TextEdit.Wrap
                background: Rectangle {
                    radius: 2
                    color: Theme.window
                    border.width: areaInput.activeFocus ? 2 : 1
                    border.color: areaInput.activeFocus ? Theme.accent : Theme.border
                }
                onTextChanged: root.edited(text)
                Accessible.name: root.field.label
                Accessible.description: root.problem.length > 0 ? root.problem : root.field.help
                // Tab moves on, as in every other field; Ctrl+Enter generates.
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(); event.accepted = true }
                Keys.onPressed: event => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                        root.submitted()
                        event.accepted = true
                    }
                }
            }
        }
    }
    Component {
        id: choice
        ComboBox {
            objectName: "field_" + root.field.name
            model: root.field.choices
            currentIndex: root.field.valueIndex
            onActivated: root.edited(currentText)
            Accessible.name: root.field.label
        }
    }
    Component {
        id: file
        TemplateFileField {
            field: root.field
            onChosen: path => root.edited(path)
        }
    }
    Component {
        id: yesno
        Switch {
            objectName: "field_" + root.field.name
            text: root.field.label
            checked: root.field.value === "yes"
            onToggled: root.edited(checked)
            Accessible.name: root.field.label
        }
    }
}
