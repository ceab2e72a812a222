// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// First run: the local servers answering on this machine (Ollama, llama.cpp,
// LM Studio on their usual loopback ports), each one click from a profile.
ColumnLayout {
    id: root
    spacing: 8
    Component.onCompleted: App.profiles.detectLocal()

    Label {
        Layout.alignment: Qt.AlignHCenter
        visible: App.profiles.detecting || App.profiles.detected.count > 0
        color: Theme.mutedText
        text: App.profiles.detecting && App.profiles.detected.count === 0
              ? qsTr("Looking for local servers on this computer…")
              : qsTr("Found on this computer:")
    }
    Repeater {
        model: App.profiles.detected
        delegate: Rectangle {
            id: server
            required property string name
            required property string baseUrl
            required property int modelCount
            required property int index
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 460
            implicitHeight: line.implicitHeight + 20
            radius: Theme.radius
            color: Theme.sidebar
            border.color: Theme.border
            RowLayout {
                id: line
                anchors.fill: parent
                anchors.margins: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: server.name
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        text: qsTr("%1 · %n model(s)", "", server.modelCount).arg(server.baseUrl)
                    }
                }
                PrimaryButton {
                    text: qsTr("Use it")
                    Accessible.name: qsTr("Use %1").arg(server.name)
                    onClicked: App.profiles.addDetected(server.index)
                }
            }
        }
    }
}
