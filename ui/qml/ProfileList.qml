// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The left side of Settings → Servers: every profile (the one in use marked)
// and "Add a server…" from a preset.
Rectangle {
    id: root
    property double editingId: 0
    signal chosen(double id)
    signal addRequested(string presetId)
    // The services are shown instead of the profiles, to add one.
    property bool picking: false
    onPickingChanged: {
        if (picking) {
            services.currentIndex = 0
            services.positionViewAtBeginning()
            services.forceActiveFocus()
        } else if (services.activeFocus) {
            addButton.forceActiveFocus()  // back where it was opened from
        }
    }
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
            visible: !root.picking
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.profiles.profiles
            spacing: 2
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Profiles")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: profile
                required property double profileId
                required property string name
                required property string service
                required property string modelName
                required property bool active
                width: ListView.view.width
                highlighted: profileId === root.editingId
                onClicked: root.chosen(profileId)
                background: Rectangle {
                    radius: 8
                    color: profile.highlighted ? Theme.sidebarSelected : profile.hovered ? Theme.sidebarHover : "transparent"
                }
                Accessible.name: active ? qsTr("%1, in use").arg(name) : name
                contentItem: ColumnLayout {
                    spacing: 1
                    RowLayout {
                        Label {
                            Layout.fillWidth: true
                            text: profile.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.weight: Font.DemiBold
                        }
                        Label {
                            visible: profile.active
                            text: qsTr("in use")
                            color: Theme.accent
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: profile.modelName.length > 0 ? qsTr("%1 · %2").arg(profile.service).arg(profile.modelName)
                                                           : profile.service
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

        // "Add a server…": the services to start from take the list's place,
        // inside the dialog whatever the text size (they scroll).
        Label {
            Layout.fillWidth: true
            visible: root.picking
            text: qsTr("Add a server")
            font.weight: Font.DemiBold
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        ListView {
            id: services
            objectName: "serviceList"
            visible: root.picking
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.profiles.services
            spacing: 2
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            Accessible.name: qsTr("Services")
            ScrollBar.vertical: ScrollBar { policy: services.contentHeight > services.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            Keys.onReturnPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
            Keys.onEnterPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
            Keys.onEscapePressed: root.picking = false
            delegate: ItemDelegate {
                id: service
                required property string presetId
                required property string name
                required property string baseUrl
                required property bool local
                // Room for the scroll bar always: a width that followed it would
                // rewrap the names, change the rows' heights and the list's end.
                width: ListView.view.width - 12
                highlighted: ListView.isCurrentItem && services.activeFocus
                text: name
                Accessible.name: local ? qsTr("%1 (on this computer)").arg(name) : name
                onClicked: {
                    root.picking = false
                    root.addRequested(presetId)
                }
                background: Rectangle {
                    radius: 8
                    color: service.highlighted ? Theme.sidebarSelected : service.hovered ? Theme.sidebarHover : "transparent"
                }
                contentItem: ColumnLayout {
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: service.name
                        color: Theme.text
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: service.local ? qsTr("on this computer")
                              : service.baseUrl.length > 0 ? service.baseUrl.replace(/^https?:\/\//, "").replace(/\/.*$/, "")
                              : qsTr("any server with the OpenAI API")
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                }
            }
        }

        Button {
            id: addButton
            objectName: "addServerButton"
            Layout.fillWidth: true
            text: root.picking ? qsTr("Cancel") : qsTr("Add a server…")
            onClicked: root.picking = !root.picking
        }
    }
}
