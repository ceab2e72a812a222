// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Every keyboard shortcut on one sheet (F1 or Ctrl+/).
Dialog {
    id: root
    title: qsTr("Keyboard shortcuts")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 560)
    padding: 20
    standardButtons: Dialog.Close
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }

    readonly property var keys: [
        { keys: "Ctrl+N", what: qsTr("New chat") },
        { keys: "Ctrl+K", what: qsTr("Search all conversations and drafts") },
        { keys: "Enter", what: qsTr("Send (Shift+Enter: a new line)") },
        { keys: "Esc", what: qsTr("Stop the answer or the draft being written") },
        { keys: "Ctrl+R", what: qsTr("Regenerate the last answer") },
        { keys: "Ctrl+Shift+C", what: qsTr("Copy the last answer") },
        { keys: "Ctrl+PgUp / PgDn", what: qsTr("Previous / next conversation") },
        { keys: "Shift+Tab", what: qsTr("From the message box to the messages: ↑/↓ move, Shift+↑/↓ or Ctrl+A select several, Ctrl+C copies, Enter edits yours, Esc goes back") },
        { keys: "F2 / Delete", what: qsTr("Sidebar: rename / delete the conversation (with Undo)") },
        { keys: "Ctrl+,", what: qsTr("Settings: servers and keys") },
        { keys: "Ctrl+Shift+T", what: qsTr("Template library") },
        { keys: "Ctrl+E", what: qsTr("Draft: rewrite the selection") },
        { keys: "Ctrl+Shift+Enter", what: qsTr("Draft: continue") },
        { keys: "Ctrl+S", what: qsTr("Draft: save a version; template: save") },
        { keys: "Ctrl+H", what: qsTr("Draft: history") },
        { keys: "Ctrl+= / Ctrl+- / Ctrl+0", what: qsTr("Larger / smaller / default text") },
        { keys: "F1", what: qsTr("This sheet") }
    ]

    contentItem: GridLayout {
        objectName: "shortcutSheet"
        columns: 2
        columnSpacing: 24
        rowSpacing: 8
        Repeater {
            model: root.keys.length * 2
            delegate: Label {
                required property int index
                readonly property var entry: root.keys[Math.floor(index / 2)]
                text: index % 2 === 0 ? entry.keys : entry.what
                font.family: index % 2 === 0 ? "monospace" : Qt.application.font.family
                font.weight: index % 2 === 0 ? Font.DemiBold : Font.Normal
                color: Theme.text
                Layout.fillWidth: index % 2 === 1
                wrapMode: Text.Wrap
            }
        }
    }
}
