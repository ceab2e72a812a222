// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Rectangle {
    id: root
    signal settingsRequested()
    signal exportRequested()
    signal parametersRequested()
    implicitHeight: 52
    color: Theme.window

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: App.session.title
            color: Theme.text
            font.pixelSize: Theme.fontSize + 2
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Rectangle {
            visible: App.server.configured
            radius: height / 2
            color: Theme.sidebar
            border.color: Theme.border
            implicitHeight: 28
            implicitWidth: modelLabel.implicitWidth + 24
            Label {
                id: modelLabel
                anchors.centerIn: parent
                text: (App.server.model.length > 0 ? App.server.model : qsTr("default model")) + "  ·  " + App.server.profileName
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }
            TapHandler { onTapped: root.settingsRequested() }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Model %1 on %2; open settings").arg(App.server.model).arg(App.server.profileName)
        }
        Button {
            objectName: "parametersButton"
            text: qsTr("Parameters")
            flat: true
            font.pixelSize: Theme.smallFontSize
            onClicked: root.parametersRequested()
            Accessible.name: qsTr("Parameters and system prompt")
        }
        IconButton {
            objectName: "exportButton"
            text: "⤓"
            font.pixelSize: Theme.titleFontSize
            enabled: App.conversations.conversationCount > 0 && App.exchange !== null
            onClicked: root.exportRequested()
            Accessible.name: qsTr("Export")
            ToolTip.text: qsTr("Export conversations (Markdown, HTML, PDF, JSON, text)")
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
}
