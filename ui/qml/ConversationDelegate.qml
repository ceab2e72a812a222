// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// One conversation in the sidebar. Click opens it; double-click or F2
// renames; Delete deletes (with Undo); drag it onto a folder to file it.
ItemDelegate {
    id: root
    required property double conversationId
    required property string title
    property double folderId: 0
    property bool pinned: false
    property bool indented: false
    // The sidebar's drag proxy: it follows the pointer and drops on folders.
    property Item dragProxy
    // The sidebar's one ⋯ menu (ConversationMenu), opened for this row.
    property ConversationMenu menu
    signal chosen()

    readonly property bool current: conversationId === App.session.conversationId

    // A right click opens the ⋯ menu where the pointer is. A mouse area for
    // the right button alone: the row (a button, which in Qt 6.4 any button
    // clicks) would otherwise also open or toggle; left presses pass through.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.RightButton
        onClicked: mouse => root.menu.openFor(root, mouse.x, mouse.y)
    }
    property bool editing: false

    height: 38
    padding: 0
    Accessible.name: pinned ? qsTr("%1, pinned").arg(title) : title
    background: Rectangle {
        radius: 8
        color: root.current ? Theme.sidebarSelected : (root.hovered ? Theme.sidebarHover : "transparent")
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    onClicked: { App.session.open(conversationId); chosen() }
    onDoubleClicked: startRename()
    Keys.onPressed: (event) => {
        if (editing)
            return
        if (event.key === Qt.Key_F2) {
            startRename(); event.accepted = true
        } else if (event.key === Qt.Key_Delete) {
            App.sidebar.remove(conversationId); event.accepted = true
        } else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier))) {
            root.menu.openFor(root, 0, root.height); event.accepted = true
        }
    }

    // The editor is made only while renaming: most rows never are.
    function startRename() {
        editing = true
        const editor = editorLoader.item
        editor.text = title
        editor.selectAll()
        editor.forceActiveFocus()
    }

    DragHandler {
        id: drag
        target: null
        enabled: !root.editing && root.dragProxy !== null
        onActiveChanged: {
            if (active) {
                root.dragProxy.conversationId = root.conversationId
                root.dragProxy.title = root.title
                root.dragProxy.visible = true
            } else {
                root.dragProxy.Drag.drop()
                root.dragProxy.visible = false
            }
        }
        onCentroidChanged: if (active) {
            const p = root.dragProxy.parent.mapFromItem(null, centroid.scenePosition.x, centroid.scenePosition.y)
            root.dragProxy.x = p.x + 8
            root.dragProxy.y = p.y - root.dragProxy.height / 2
        }
    }

    contentItem: RowLayout {
        spacing: 4
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: root.indented ? 26 : 10
            visible: !root.editing
            text: root.title
            elide: Text.ElideRight
            color: Theme.text
            textFormat: Text.PlainText
        }
        Loader {
            id: editorLoader
            Layout.fillWidth: true
            active: root.editing
            visible: active
            sourceComponent: TextField {
                onAccepted: { App.sidebar.rename(root.conversationId, text); root.editing = false }
                onActiveFocusChanged: if (!activeFocus) root.editing = false
                Keys.onEscapePressed: root.editing = false
                Accessible.name: qsTr("New title")
            }
        }
        IconButton {
            visible: (root.hovered || root.current) && !root.editing
            text: "⋯"
            Accessible.name: qsTr("Conversation actions")
            onClicked: root.menu.openFor(root)
        }
    }
}
