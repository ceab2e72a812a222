// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Every keyboard shortcut on one sheet (F1 or Ctrl+/). It never grows past
// the window: at a large text size the list scrolls above Close.
Dialog {
    id: root
    title: qsTr("Keyboard shortcuts")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, Math.max(560, Theme.fontSize * 40))
    height: Math.min(implicitHeight, parent.height - 40)
    padding: 20
    topPadding: 8
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
    header: Label {
        text: root.title
        padding: 20
        bottomPadding: 8
        elide: Text.ElideRight
        font.pixelSize: Theme.titleFontSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    footer: DialogButtonBox {
        padding: 20
        topPadding: 8
        background: null
        Button {
            objectName: "closeShortcuts"
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onOpened: sheet.forceActiveFocus()

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
        { keys: "F1", what: qsTr("This sheet") },
        { keys: "Ctrl+Q", what: qsTr("Quit Inkwell") }
    ]

    contentItem: ScrollView {
        id: sheet
        objectName: "shortcutScroll"
        contentWidth: availableWidth
        implicitHeight: grid.implicitHeight
        clip: true
        activeFocusOnTab: true
        ScrollBar.vertical.policy: contentHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        // The arrows and page keys scroll it, as in any long sheet.
        Keys.onPressed: event => {
            const flick = sheet.contentItem
            const page = sheet.height - 40
            const step = event.key === Qt.Key_Down ? 40 : event.key === Qt.Key_Up ? -40
                       : event.key === Qt.Key_PageDown ? page : event.key === Qt.Key_PageUp ? -page
                       : event.key === Qt.Key_End ? flick.contentHeight : event.key === Qt.Key_Home ? -flick.contentHeight : 0
            if (step === 0)
                return
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY + step))
            event.accepted = true
        }

        GridLayout {
            id: grid
            objectName: "shortcutSheet"
            width: sheet.availableWidth - (sheet.ScrollBar.vertical.visible ? sheet.ScrollBar.vertical.width + 4 : 0)
            columns: 2
            columnSpacing: 24
            rowSpacing: 8
            Repeater {
                model: root.keys.length * 2
                delegate: Label {
                    required property int index
                    readonly property var entry: root.keys[Math.floor(index / 2)]
                    text: index % 2 === 0 ? entry.keys : entry.what
                    font.family: index % 2 === 0 ? "monospace" : root.font.family  // the dialog's, as a Label has by default
                    font.weight: index % 2 === 0 ? Font.DemiBold : Font.Normal
                    color: Theme.text
                    Layout.fillWidth: index % 2 === 1
                    Layout.alignment: Qt.AlignTop
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
