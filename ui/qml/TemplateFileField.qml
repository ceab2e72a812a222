// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// A `file` variable's field: "Choose file…" or a file dropped on it, read at
// once on a worker thread; the file shows as a chip (name and size,
// "Reading…" until it is ready) and can be removed. Why a file cannot be
// used is said under the field (TemplateField's problem line).
Rectangle {
    id: root
    required property templateFormField field
    objectName: "fileField_" + field.name
    // The path the form keeps as the variable's value ("" when removed).
    signal chosen(string path)
    readonly property var row: App.templates.files.rows[field.name]
    readonly property bool hasFile: row !== undefined
    // A file that could not be read (why: under the field) can be let go of.
    readonly property bool failed: App.templates.files.errors[field.name] !== undefined

    function choose(url) {
        root.chosen(App.templates.files.choose(root.field.name, url))
    }

    implicitHeight: Math.max(content.implicitHeight + 12, 44)
    radius: Theme.radius
    color: drop.containsDrag ? Theme.selection : "transparent"
    border.color: drop.containsDrag ? Theme.accent : Theme.border

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 6
        spacing: 8
        AttachmentChips {
            visible: root.hasFile
            Layout.fillWidth: true
            rows: root.hasFile ? [root.row] : []
            removable: true
            openable: false
            onRemoveRequested: {
                App.templates.files.remove(root.field.name)
                root.chosen("")
            }
        }
        Label {
            visible: !root.hasFile
            Layout.fillWidth: true
            leftPadding: 4
            text: qsTr("No file chosen (drop one here)")
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        Button {
            objectName: "clearFile_" + root.field.name
            visible: root.failed && !root.hasFile
            Layout.alignment: Qt.AlignVCenter
            text: qsTr("Clear")
            flat: true
            onClicked: {
                App.templates.files.remove(root.field.name)
                root.chosen("")
            }
            Accessible.name: qsTr("Clear the file for %1").arg(root.field.label)
        }
        Button {
            objectName: "chooseFile_" + root.field.name
            Layout.alignment: Qt.AlignVCenter
            text: root.hasFile ? qsTr("Replace…") : qsTr("Choose file…")
            onClicked: dialog.open()
            Accessible.name: qsTr("Choose a file for %1").arg(root.field.label)
            Accessible.description: root.hasFile ? root.row.name : ""
        }
    }
    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: event => {
            if (event.urls.length === 0)
                return
            root.choose(event.urls[0])
            event.acceptProposedAction()
        }
    }
    FileDialog {
        id: dialog
        objectName: "fileDialog"
        title: qsTr("Choose a file for %1").arg(root.field.label)
        // Made by a Loader before the field is in the window: without this
        // the dialog finds no window and open() shows nothing.
        parentWindow: root.Window.window
        currentFolder: StandardPaths.standardLocations(StandardPaths.HomeLocation)[0]
        nameFilters: root.field.acceptPatterns.length > 0
                     ? [qsTr("Accepted files (%1)").arg(root.field.acceptPatterns)] : []
        onAccepted: root.choose(selectedFile)
    }
}
