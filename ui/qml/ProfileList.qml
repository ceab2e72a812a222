// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The left side of Settings → Servers: every profile (the one in use marked)
// and "Add a server…" from a preset.
Rectangle {
    id: root
    property var editingId: 0
    signal chosen(var id)
    signal addRequested(string presetId)
    color: Theme.sidebar
    radius: 12
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6
        Label {
            text: qsTr("Servers")
            font.pixelSize: Theme.titleFontSize
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.bottomMargin: 6
        }
        ListView {
            id: list
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.profiles.profiles
            spacing: 2
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Profiles")
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                highlighted: modelData.id === root.editingId
                onClicked: root.chosen(modelData.id)
                background: Rectangle {
                    radius: 8
                    color: parent.highlighted ? Theme.sidebarSelected : parent.hovered ? Theme.sidebarHover : "transparent"
                }
                Accessible.name: modelData.active ? qsTr("%1, in use").arg(modelData.name) : modelData.name
                contentItem: ColumnLayout {
                    spacing: 1
                    RowLayout {
                        Label {
                            Layout.fillWidth: true
                            text: modelData.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.weight: Font.DemiBold
                        }
                        Label {
                            visible: modelData.active
                            text: qsTr("in use")
                            color: Theme.accent
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.model.length > 0 ? qsTr("%1 · %2").arg(modelData.service).arg(modelData.model)
                                                         : modelData.service
                        elide: Text.ElideRight
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                visible: list.count === 0
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                text: qsTr("No profiles yet. Add one from a service below.")
            }
        }
        Button {
            id: addButton
            Layout.fillWidth: true
            text: qsTr("Add a server…")
            onClicked: presetMenu.popup(addButton, 0, addButton.height)
            Menu {
                id: presetMenu
                Repeater {
                    model: App.profiles.presets
                    MenuItem {
                        required property var modelData
                        text: modelData.local ? qsTr("%1 (on this computer)").arg(modelData.name) : modelData.name
                        onTriggered: root.addRequested(modelData.id)
                    }
                }
            }
        }
    }
}
