// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// Pick a file, see what it holds (nothing is written yet), then import it.
Item {
    id: root

    function open() { fileDialog.open() }

    property var preview: ({})

    FileDialog {
        id: fileDialog
        title: qsTr("Import conversations")
        currentFolder: StandardPaths.writableLocation(StandardPaths.DownloadLocation)
        nameFilters: [qsTr("Inkwell or ChatGPT export (*.json *.zip)"), qsTr("All files (*)")]
        onAccepted: App.exchange.previewImport(selectedFile)
    }

    Connections {
        target: App.exchange
        ignoreUnknownSignals: true
        function onPreviewReady(preview) {
            root.preview = preview
            confirm.open()
        }
    }

    Dialog {
        id: confirm
        objectName: "importPreview"
        title: qsTr("Import")
        modal: true
        width: 480
        parent: Overlay.overlay
        anchors.centerIn: parent
        padding: 20
        standardButtons: root.preview.error === undefined && root.preview.conversations > 0
                         ? Dialog.Cancel | Dialog.Ok : Dialog.Close
        background: Rectangle {
            radius: 12
            color: Theme.window
            border.color: Theme.border
        }
        onAccepted: App.exchange.importPreviewed()

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                text: root.preview.file ?? ""
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.error !== undefined
                color: Theme.errorText
                text: root.preview.error ?? ""
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.error === undefined
                font.pixelSize: Theme.fontSize + 1
                text: (root.preview.format === "chatgpt" ? qsTr("ChatGPT export") : qsTr("Inkwell export")) + ": "
                      + qsTr("%n conversation(s)", "", root.preview.conversations ?? 0) + ", "
                      + qsTr("%n message(s)", "", root.preview.messages ?? 0)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: (root.preview.skippedConversations ?? 0) > 0 || (root.preview.skippedMessages ?? 0) > 0
                color: Theme.mutedText
                text: qsTr("Skipped: %n conversation(s) already here or not conversations", "", root.preview.skippedConversations ?? 0)
                      + "; " + qsTr("%n hidden message(s)", "", root.preview.skippedMessages ?? 0)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: (root.preview.notes ?? []).length > 0
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                text: (root.preview.notes ?? []).slice(0, 8).join("\n")
            }
        }
    }
}
