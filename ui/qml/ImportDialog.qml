// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// Pick files or a folder, see what they hold (nothing is written yet), then
// import them.
Item {
    id: root

    // Files (a zip, a conversations.json, an Inkwell archive) or a folder
    // (ChatGPT's split conversations-NNN.json files, unzipped).
    function open() { chooser.popup() }

    property importPreview preview

    Menu {
        id: chooser
        objectName: "importChooser"
        MenuItem {
            text: qsTr("Files…")
            onTriggered: fileDialog.open()
        }
        MenuItem {
            text: qsTr("A folder…")
            onTriggered: folderDialog.open()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Import conversations")
        fileMode: FileDialog.OpenFiles
        currentFolder: App.exchange ? App.exchange.fileUrl(App.exchange.openFolder) : ""
        nameFilters: [qsTr("Exports (*.json *.zip)"), qsTr("All files (*)")]
        onAccepted: App.exchange.previewImport(selectedFiles.length > 0 ? selectedFiles : [selectedFile])
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Import a folder of exports")
        currentFolder: App.exchange ? App.exchange.fileUrl(App.exchange.openFolder) : ""
        onAccepted: App.exchange.previewImport([selectedFolder])
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
        readonly property int taking: root.preview.conversations + root.preview.repaired
        standardButtons: !root.preview.failed && taking > 0 ? Dialog.Cancel | Dialog.Ok : Dialog.Close
        background: Rectangle {
            radius: 12
            color: Theme.window
            border.color: Theme.border
        }
        onAccepted: App.exchange.importPreviewed()
        // Says what it does; bound, so that it follows a change of language.
        onStandardButtonsChanged: relabel()
        Component.onCompleted: relabel()
        function relabel() {
            const ok = standardButton(Dialog.Ok)
            if (ok)
                ok.text = Qt.binding(() => qsTr("Import"))
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                // Array.from: qmllint 6.4 knows no join on a QStringList.
                text: root.preview.files.length > 1
                      ? qsTr("%n file(s)", "", root.preview.files.length) + ": " + Array.from(root.preview.files).join(", ")
                      : root.preview.file
                maximumLineCount: 4
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.failed
                color: Theme.errorText
                text: root.preview.error
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: !root.preview.failed
                font.pixelSize: Theme.fontSize + 1
                // What the file holds; what is new is said below (a file
                // imported before holds conversations but nothing new).
                readonly property int inFile: root.preview.conversations + root.preview.repaired
                                              + root.preview.skippedConversations
                text: (root.preview.format === "chatgpt" ? qsTr("ChatGPT export")
                       : root.preview.format === "mixed" ? qsTr("Inkwell and ChatGPT exports") : qsTr("Inkwell export")) + ": "
                      + qsTr("%n conversation(s) in the file", "", inFile)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: !root.preview.failed && root.preview.conversations > 0
                text: qsTr("New: %n conversation(s)", "", root.preview.conversations) + ", "
                      + qsTr("%n message(s)", "", root.preview.messages)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.repaired > 0
                text: qsTr("%n conversation(s) imported earlier without their messages will be filled", "", root.preview.repaired)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: !root.preview.failed && confirm.taking === 0
                color: Theme.errorText
                text: qsTr("Nothing new to import.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.alreadyHere > 0
                color: Theme.mutedText
                text: qsTr("Already here, left as they are: %n conversation(s)", "", root.preview.alreadyHere)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                readonly property int empty: root.preview.skippedConversations - root.preview.alreadyHere
                visible: empty > 0
                color: Theme.mutedText
                text: qsTr("Left out, with nothing to import: %n entry(ies)", "", empty)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.hiddenMessages > 0
                color: Theme.mutedText
                text: qsTr("Left out: %n hidden message(s) (system and context notes ChatGPT does not show)", "",
                           root.preview.hiddenMessages)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: root.preview.notes.length > 0
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                text: Array.from(root.preview.notes).slice(0, 8).join("\n")
            }
        }
    }
}
