// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Inkwell

// The ⋯ menu of a conversation in the sidebar. One for the whole list: a
// menu (and its folder dialog) made for each of thousands of rows was most
// of what a row cost to make while scrolling.
FittingMenu {
    id: root
    // The row it was opened for, and what the actions need of it, copied:
    // the row may be remade while the menu is open (the list is read again
    // after an answer), and an action must still act on that conversation.
    property Item target: null
    property double conversationId: 0
    property double folderId: 0
    property bool pinned: false
    property string conversationTitle
    // Rename: the row (a ConversationDelegate) edits its title in place.
    signal renameRequested(Item row)

    function openFor(row, x, y) {
        target = row
        conversationId = row.conversationId
        folderId = row.folderId
        pinned = row.pinned
        conversationTitle = row.title
        if (x === undefined)
            popup()
        else
            popup(row, x, y)
    }

    MenuItem { text: qsTr("Rename"); onTriggered: if (root.target) root.renameRequested(root.target) }
    MenuItem {
        text: root.pinned ? qsTr("Unpin") : qsTr("Pin to top")
        onTriggered: App.sidebar.setPinned(root.conversationId, !root.pinned)
    }
    MenuItem { text: qsTr("Duplicate"); onTriggered: App.sidebar.duplicate(root.conversationId) }
    FittingMenu {
        id: moveMenu
        title: qsTr("Move to folder")
        Instantiator {
            model: App.conversations.folders
            delegate: MenuItem {
                required property double folderId
                required property string name
                text: name
                checkable: true
                checked: folderId === root.folderId
                onTriggered: App.sidebar.moveToFolder(root.conversationId, folderId)
            }
            onObjectAdded: (index, object) => moveMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => moveMenu.removeItem(object)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("New folder…")
            onTriggered: {
                newFolder.conversationId = root.conversationId
                newFolder.label = qsTr("A folder for “%1”").arg(root.conversationTitle)
                newFolder.open()
            }
        }
        MenuItem {
            text: qsTr("Out of the folder")
            enabled: root.folderId > 0
            onTriggered: App.sidebar.moveToFolder(root.conversationId, 0)
        }
    }
    MenuSeparator {}
    MenuItem { text: qsTr("Delete"); onTriggered: App.sidebar.remove(root.conversationId) }

    NameDialog {
        id: newFolder
        property double conversationId: 0
        title: qsTr("New folder")
        onChosen: (name) => App.sidebar.moveToNewFolder(conversationId, name)
    }
}
