// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

ColumnLayout {
    id: root
    signal settingsRequested()
    spacing: Theme.spacing

    Image {
        Layout.alignment: Qt.AlignHCenter
        source: "qrc:/icons/inkwell-128.png"
        sourceSize.width: 72
        sourceSize.height: 72
        Accessible.ignored: true
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        text: App.server.configured ? qsTr("What shall we write today?") : qsTr("Welcome to Inkwell")
        color: Theme.text
        font.pixelSize: Theme.fontSize + 8
        font.weight: Font.DemiBold
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 460
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: App.server.configured
              ? qsTr("Chatting with %1 on %2. Enter sends, Shift+Enter starts a new line.")
                    .arg(App.server.model.length > 0 ? App.server.model : qsTr("the server's default model"))
                    .arg(App.server.profileName.length > 0 ? App.server.profileName : App.server.baseUrl)
              : qsTr("Connect a model to start: a local server such as llama.cpp, Ollama or LM Studio, or a cloud API.")
    }
    Loader {
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
        active: !App.server.configured
        visible: active
        sourceComponent: LocalServers {}
    }
    PrimaryButton {
        Layout.alignment: Qt.AlignHCenter
        visible: !App.server.configured
        quiet: App.profiles.detected.count > 0
        text: qsTr("Add a server…")
        onClicked: root.settingsRequested()
    }
}
