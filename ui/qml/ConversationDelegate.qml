// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

ItemDelegate {
    id: root
    required property var conversationId
    required property string title
    required property int index
    signal chosen()
    signal deleteRequested(var id, string title)

    readonly property bool current: conversationId === App.currentConversationId
    property bool editing: false

    height: 38
    padding: 0
    Accessible.name: title
    background: Rectangle {
        radius: 8
        color: root.current ? Theme.sidebarSelected : (root.hovered ? Theme.sidebarHover : "transparent")
    }
    onClicked: { App.openConversation(conversationId); chosen() }
    onDoubleClicked: startRename()

    function startRename() {
        editing = true
        editor.text = title
        editor.selectAll()
        editor.forceActiveFocus()
    }

    contentItem: RowLayout {
        spacing: 4
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            visible: !root.editing
            text: root.title
            elide: Text.ElideRight
            color: Theme.text
            textFormat: Text.PlainText
        }
        TextField {
            id: editor
            Layout.fillWidth: true
            visible: root.editing
            onAccepted: { App.renameConversation(root.conversationId, text); root.editing = false }
            onActiveFocusChanged: if (!activeFocus) root.editing = false
            Keys.onEscapePressed: root.editing = false
            Accessible.name: qsTr("New title")
        }
        IconButton {
            visible: (root.hovered || root.current) && !root.editing
            text: "⋯"
            Accessible.name: qsTr("Conversation actions")
            onClicked: menu.popup()
        }
    }

    Menu {
        id: menu
        MenuItem { text: qsTr("Rename"); onTriggered: root.startRename() }
        MenuItem { text: qsTr("Delete…"); onTriggered: root.deleteRequested(root.conversationId, root.title) }
    }
}
