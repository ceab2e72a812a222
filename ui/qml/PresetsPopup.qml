// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The user's parameter presets: save the settings as they are under a name,
// rename one (edit its name), delete one, choose the one new chats start with.
Popup {
    id: root
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: 380
    padding: 16
    onOpened: { name.clear(); name.forceActiveFocus() }
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }

    function save() {
        if (App.parameters.savePreset(name.text))
            name.clear()
    }

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            text: qsTr("Save these settings as a preset")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: name
                objectName: "presetName"
                Layout.fillWidth: true
                placeholderText: qsTr("Name, e.g. “Code review”")
                onAccepted: root.save()
                Accessible.name: qsTr("Preset name")
            }
            PrimaryButton {
                objectName: "savePreset"
                text: qsTr("Save")
                enabled: name.text.trim().length > 0
                onClicked: root.save()
            }
        }
        Label {
            visible: App.parameters.userPresets.length > 0
            text: qsTr("Your presets (edit a name to rename it)")
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 6
            text: qsTr("New chats start with")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ComboBox {
            id: newChat
            objectName: "newChatPreset"
            Layout.fillWidth: true
            // The server's defaults, the built-in presets, the user's.
            model: [qsTr("The server's defaults"), ...App.parameters.presets]
            currentIndex: App.parameters.newChatIndex + 1
            onActivated: index => App.parameters.newChatIndex = index - 1
            Accessible.name: qsTr("New chats start with")
        }
        Repeater {
            model: App.parameters.userPresets
            delegate: RowLayout {
                id: row
                required property string modelData
                Layout.fillWidth: true
                TextField {
                    Layout.fillWidth: true
                    text: row.modelData
                    Accessible.name: qsTr("Name of preset %1").arg(row.modelData)
                    onEditingFinished: if (text !== row.modelData && !App.parameters.renamePreset(row.modelData, text)) text = row.modelData
                }
                IconButton {
                    text: "✕"
                    Accessible.name: qsTr("Delete preset %1").arg(row.modelData)
                    onClicked: App.parameters.deletePreset(row.modelData)
                }
            }
        }
    }
}
