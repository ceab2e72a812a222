// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Theme, text size and language; each takes effect at once and is kept.
Popup {
    id: root
    padding: 16
    modal: false
    focus: true
    background: Rectangle { radius: 10; color: Theme.window; border.color: Theme.border }

    readonly property Appearance appearance: App.appearance

    contentItem: GridLayout {
        objectName: "appearancePanel"
        columns: 2
        columnSpacing: 16
        rowSpacing: 12

        Label { text: qsTr("Theme"); color: Theme.text }
        RowLayout {
            spacing: 4
            Repeater {
                model: [{ key: "system", name: qsTr("System") }, { key: "light", name: qsTr("Light") },
                        { key: "dark", name: qsTr("Dark") }]
                delegate: Button {
                    required property var modelData
                    objectName: "theme-" + modelData.key
                    text: modelData.name
                    checkable: true
                    checked: root.appearance.theme === modelData.key
                    onClicked: root.appearance.theme = modelData.key
                    Accessible.name: qsTr("Theme: %1").arg(modelData.name)
                }
            }
        }

        Label { text: qsTr("Text size"); color: Theme.text }
        RowLayout {
            spacing: 4
            Button {
                text: "A−"
                enabled: root.appearance.fontSize > 11
                onClicked: root.appearance.changeFontSize(-1)
                Accessible.name: qsTr("Smaller text (Ctrl+-)")
            }
            Label {
                objectName: "fontSizeValue"
                text: root.appearance.fontSize
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Layout.preferredWidth: 32
            }
            Button {
                text: "A+"
                enabled: root.appearance.fontSize < 24
                onClicked: root.appearance.changeFontSize(1)
                Accessible.name: qsTr("Larger text (Ctrl+=)")
            }
            Button {
                text: qsTr("Reset")
                flat: true
                onClicked: root.appearance.changeFontSize(0)
                Accessible.name: qsTr("Default text size (Ctrl+0)")
            }
        }

        Label { text: qsTr("Language"); color: Theme.text }
        ComboBox {
            id: languageBox
            objectName: "languageBox"
            Layout.preferredWidth: Theme.fontSize * 14 // in ems: "As the system" fits at any size
            model: root.appearance.languages
            textRole: "name"
            valueRole: "code"
            // The rows stay in place when their names change language; the
            // language may also change elsewhere (a test, a later setting).
            Component.onCompleted: currentIndex = indexOfValue(root.appearance.language)
            Connections {
                target: root.appearance
                function onLanguageChanged() { languageBox.currentIndex = languageBox.indexOfValue(root.appearance.language) }
            }
            onActivated: root.appearance.language = currentValue
            Accessible.name: qsTr("Language")
        }

        Label { text: qsTr("Titles"); color: Theme.text; Layout.alignment: Qt.AlignTop; topPadding: 8 }
        ColumnLayout {
            spacing: 4
            Switch {
                objectName: "titlesByModel"
                text: qsTr("Named by the model after the first answer")
                checked: App.titles.enabled
                onToggled: App.titles.enabled = checked
            }
            ComboBox {
                id: titlesBox
                objectName: "titlesProfile"
                // In ems: at a large text size the hint still fits.
                Layout.preferredWidth: Theme.fontSize * 19
                visible: App.titles.enabled
                textRole: "name"
                valueRole: "profileId"
                // Another profile: a cheap or local model names the chats of a paid one.
                model: App.profiles.serverChoices
                // The profiles are sorted by name: one added, removed or renamed
                // moves the rows, and the box follows the profile, not the row.
                function follow() { currentIndex = Math.max(0, indexOfValue(App.titles.profileId)) }
                Component.onCompleted: follow()
                Connections {
                    target: App.profiles.serverChoices
                    function onModelReset() { titlesBox.follow() }
                    function onDataChanged() { titlesBox.follow() }
                }
                onActivated: App.titles.profileId = currentValue
                Accessible.name: qsTr("Server for titles")
            }
            TextField {
                objectName: "titlesModel"
                Layout.preferredWidth: Theme.fontSize * 19
                visible: App.titles.enabled
                text: App.titles.model
                placeholderText: qsTr("Model (empty: that server's own)")
                onEditingFinished: App.titles.model = text
                Accessible.name: qsTr("Model for titles")
            }
            Label {
                // The column's width (as wide as the switch above), not a narrow one.
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.fontSize * 21
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                text: qsTr("One short extra request, in the background. On a paid API it costs a little; a title you changed is kept.")
            }
        }
    }
}
