// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Dialog {
    id: root
    title: qsTr("Server settings")
    modal: true
    width: 520
    standardButtons: Dialog.Cancel | Dialog.Save
    parent: Overlay.overlay
    padding: 20
    background: Rectangle {
        radius: 12
        color: Theme.window
        border.color: Theme.border
    }

    onAboutToShow: {
        baseUrl.text = App.baseUrl
        model.text = App.model
        apiKey.text = ""
        baseUrl.forceActiveFocus()
    }
    onAccepted: App.saveProfile(baseUrl.text, model.text, apiKey.text, apiKey.text.length > 0 || clearKey.checked)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            visible: App.adHocProfile
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warning
            text: qsTr("This server was given on the command line; changes last for this session only.")
        }
        Label { text: qsTr("Base URL") }
        TextField {
            id: baseUrl
            Layout.fillWidth: true
            placeholderText: "http://127.0.0.1:8080"
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Base URL")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            text: baseUrl.text.length > 0 ? qsTr("Requests go to %1").arg(App.requestUrlFor(baseUrl.text))
                                          : qsTr("A bare host gets /v1 added; any other path is used as typed.")
        }
        Label { text: qsTr("Model") }
        TextField {
            id: model
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. gpt-4o-mini, llama3.1, or empty for the server's default")
            Accessible.name: qsTr("Model")
        }
        Label { text: qsTr("API key") }
        TextField {
            id: apiKey
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: App.hasApiKey ? qsTr("A key is saved; type to replace it") : qsTr("Optional for local servers")
            Accessible.name: qsTr("API key")
        }
        CheckBox {
            id: clearKey
            visible: App.hasApiKey
            text: qsTr("Remove the saved key")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFontSize
            color: App.keysSessionOnly ? Theme.warning : Theme.mutedText
            text: App.keysSessionOnly
                  ? qsTr("No system keychain answered: the key is kept in memory for this session only.")
                  : qsTr("Keys are kept in the system keychain, never in Inkwell's files.")
        }
    }
}
