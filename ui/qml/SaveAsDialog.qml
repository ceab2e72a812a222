// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// Where to save: a file name and the folder it goes in (the last one used,
// else Documents or home: one that exists), or a folder alone for several
// files. Enter saves; a file that exists is replaced only when the user says
// so (a second Save, named Replace); the name gets its format's extension. Qt's own save dialog in 6.4
// opens on folders that do not exist and does not save on Enter, so only
// the folder is browsed with Qt's dialog.
Dialog {
    id: root
    objectName: "saveAsDialog"
    title: folderOnly ? qsTr("Export into a folder") : qsTr("Save as")
    modal: true
    width: Math.min(520, parent ? parent.width - 40 : 520)
    parent: Overlay.overlay
    anchors.centerIn: parent
    padding: 20

    property string format: "md"
    property bool folderOnly: false
    property string folder: App.exchange ? App.exchange.saveFolder : ""
    signal chosen(url target)
    // The named file exists: the dialog says so and Save becomes Replace.
    property bool replacing: false

    // Opens with a suggested name ("Trip ideas.md") in the last folder.
    function ask(name, fileFormat, intoFolder) {
        format = fileFormat
        folderOnly = intoFolder
        folder = App.exchange.saveFolder
        nameField.text = name
        replacing = false
        open()
        if (!folderOnly) {
            nameField.forceActiveFocus()
            // The name is selected without its extension, as file managers do.
            const dot = name.lastIndexOf(".")
            nameField.select(0, dot > 0 ? dot : name.length)
        }
    }

    // Null when the data folder could not be opened (the window says why).
    readonly property ExchangeController exchange: App.exchange
    readonly property url target: !exchange ? "" : folderOnly ? exchange.saveTarget(folder, ".", "")
                                                               : exchange.saveTarget(folder, nameField.text, format)
    readonly property string targetPath: exchange ? exchange.localPath(target) : ""
    // A name that is a folder's: never written into, nor replaced.
    readonly property bool nameIsFolder: !folderOnly && exchange !== null && nameField.text.trim().length > 0
                                         && exchange.isFolder(target)
    function save() {
        if (!folderOnly && (nameField.text.trim().length === 0 || nameIsFolder))
            return
        // A file that exists is replaced only on a second, deliberate Save.
        if (!folderOnly && !replacing && App.exchange.exists(target)) {
            replacing = true
            return
        }
        done()
    }
    function done() {
        // The folder the file went to (a name typed as a path may name another).
        App.exchange.setSaveFolder(folderOnly ? folder : App.exchange.folderOf(target))
        close()
        chosen(target)
    }

    background: Rectangle {
        radius: 12
        color: Theme.window
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            visible: !root.folderOnly
            text: qsTr("File name")
        }
        TextField {
            id: nameField
            objectName: "saveName"
            visible: !root.folderOnly
            Layout.fillWidth: true
            selectByMouse: true
            Accessible.name: qsTr("File name")
            onAccepted: root.save()
            onTextEdited: root.replacing = false
            Keys.onEscapePressed: root.close()
        }
        Label {
            text: root.folderOnly ? qsTr("The files go into") : qsTr("In the folder")
            Layout.topMargin: 4
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "saveFolder"
                Layout.fillWidth: true
                text: root.folder
                elide: Text.ElideMiddle
                color: Theme.mutedText
                ToolTip.visible: folderHover.hovered && truncated
                ToolTip.text: root.folder
                HoverHandler { id: folderHover }
            }
            Button {
                objectName: "changeFolder"
                text: qsTr("Change…")
                onClicked: folderDialog.open()
            }
        }
        Label {
            objectName: "saveNote"
            Layout.fillWidth: true
            visible: !root.folderOnly && nameField.text.trim().length > 0
            wrapMode: Text.Wrap
            color: root.replacing || root.nameIsFolder ? Theme.errorText : Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            text: root.nameIsFolder ? qsTr("%1 is a folder; choose another name.").arg(root.targetPath)
                  : root.replacing ? qsTr("%1 already exists. Replace overwrites what it holds.").arg(root.targetPath)
                  : qsTr("The file: %1").arg(root.targetPath)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveButton"
            text: root.folderOnly ? qsTr("Export here") : root.replacing ? qsTr("Replace") : qsTr("Save")
            highlighted: true
            enabled: root.folderOnly || (nameField.text.trim().length > 0 && !root.nameIsFolder)
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.save()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder")
        currentFolder: root.exchange ? root.exchange.fileUrl(root.folder) : ""
        onAccepted: {
            root.folder = App.exchange.localPath(selectedFolder)
            root.replacing = false
        }
    }
}
