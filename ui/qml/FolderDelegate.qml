// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A folder in the sidebar: click or Space/Enter opens and closes it;
// conversations dragged onto it are filed in it.
ItemDelegate {
    id: root
    required property double folderId
    required property string title
    property bool expanded: true
    property int count: 0
    property bool editing: false
    signal exportRequested(var ids, string name)

    height: 34
    padding: 0
    Accessible.role: Accessible.Button
    Accessible.name: expanded ? qsTr("Folder %1, open, %n conversation(s)", "", count).arg(title)
                              : qsTr("Folder %1, closed, %n conversation(s)", "", count).arg(title)
    background: Rectangle {
        radius: 8
        color: drop.containsDrag ? Theme.sidebarSelected : (root.hovered ? Theme.sidebarHover : "transparent")
        border.width: drop.containsDrag || root.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    onClicked: App.conversations.setExpanded(folderId, !expanded)
    // A right click opens the ⋯ menu where the pointer is. A mouse area for
    // the right button alone: the row (a button, which in Qt 6.4 any button
    // clicks) would otherwise also open or toggle; left presses pass through.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.RightButton
        onClicked: mouse => menu.popup(root, mouse.x, mouse.y)
    }
    onDoubleClicked: startRename()
    Keys.onPressed: (event) => {
        if (editing)
            return
        if (event.key === Qt.Key_F2) {
            startRename(); event.accepted = true
        } else if (event.key === Qt.Key_Left && expanded || event.key === Qt.Key_Right && !expanded) {
            App.conversations.setExpanded(folderId, !expanded); event.accepted = true
        }
    }

    function startRename() {
        editing = true
        editor.text = title
        editor.selectAll()
        editor.forceActiveFocus()
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["inkwell/conversation"]
        onDropped: (event) => App.sidebar.moveToFolder(event.source.conversationId, root.folderId)
    }

    contentItem: RowLayout {
        spacing: 4
        Label {
            Layout.leftMargin: 8
            text: root.expanded ? "▾" : "▸"
            color: Theme.mutedText
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            visible: !root.editing
            text: root.title
            elide: Text.ElideRight
            color: Theme.text
            font.weight: Font.DemiBold
            textFormat: Text.PlainText
        }
        Label {
            visible: !root.editing && !root.hovered
            text: root.count
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            Layout.rightMargin: 10
        }
        TextField {
            id: editor
            Layout.fillWidth: true
            visible: root.editing
            onAccepted: { App.sidebar.renameFolder(root.folderId, text); root.editing = false }
            onActiveFocusChanged: if (!activeFocus) root.editing = false
            Keys.onEscapePressed: root.editing = false
            Accessible.name: qsTr("Folder name")
        }
        IconButton {
            visible: root.hovered && !root.editing
            text: "⋯"
            Accessible.name: qsTr("Folder actions")
            onClicked: menu.popup()
        }
    }

    FittingMenu {
        id: menu
        MenuItem { text: qsTr("Rename"); onTriggered: root.startRename() }
        MenuItem {
            text: qsTr("Export…")
            enabled: root.count > 0
            onTriggered: root.exportRequested(App.conversations.idsInFolder(root.folderId), root.title)
        }
        MenuItem {
            text: qsTr("Delete folder (keep its chats)")
            onTriggered: App.sidebar.deleteFolder(root.folderId)
        }
    }
}
