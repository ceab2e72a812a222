// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Inkwell

ListView {
    id: view
    clip: true
    model: App.messages
    spacing: Theme.spacing
    topMargin: Theme.spacing * 2
    bottomMargin: Theme.spacing * 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    Accessible.name: qsTr("Messages")
    Accessible.role: Accessible.List
    objectName: "messageView"

    // A keyboard cursor of its own (Tab from the composer): Up/Down move it,
    // Ctrl+C copies that message, Enter edits your message, Esc goes back.
    activeFocusOnTab: true
    keyNavigationEnabled: true
    highlightFollowsCurrentItem: false  // the list follows the stream, not the cursor
    // The list itself (or the message under its cursor), not an editor
    // inside it, has the keyboard.
    readonly property bool cursorShown: activeFocus
        && (Window.activeFocusItem === view || (currentItem !== null && Window.activeFocusItem === currentItem))
    // The cursor starts on the lowest message in sight.
    onActiveFocusChanged: if (activeFocus) Qt.callLater(placeCursor)
    function placeCursor() {
        if (!cursorShown)
            return  // an editor in a message took the focus
        const seen = indexAt(width / 2, contentY + height - bottomMargin - 1)
        currentIndex = seen >= 0 ? seen : count - 1
    }
    onCurrentIndexChanged: if (cursorShown) positionViewAtIndex(currentIndex, ListView.Contain)
    signal leaveRequested()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Home) {
            currentIndex = 0
        } else if (event.key === Qt.Key_End) {
            currentIndex = count - 1
        } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
            const step = Math.max(1, indexAt(0, contentY + height) - indexAt(0, contentY + 1))
            currentIndex = Math.max(0, Math.min(count - 1, currentIndex + (event.key === Qt.Key_PageUp ? -step : step)))
        } else if (event.matches(StandardKey.Copy) && currentItem) {
            App.copyAnswer(currentItem.messageId, false)
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_F2)
                   && currentItem && currentItem.isUser && !App.busy) {
            currentItem.startEditing()
        } else if (event.key === Qt.Key_Escape) {
            leaveRequested()
        } else {
            return
        }
        event.accepted = true
    }

    // Follow the stream while the user is at the bottom; stay put once they scroll up.
    property bool following: true
    onMovementEnded: following = atYEnd
    onCountChanged: if (following) Qt.callLater(positionViewAtEnd)
    onContentHeightChanged: if (following && !moving) Qt.callLater(positionViewAtEnd)
    Connections {
        target: App
        function onCurrentConversationChanged() { view.following = true; Qt.callLater(view.positionViewAtEnd) }
        // A search result: that message at the top, after the jump to the end above.
        function onMessageRequested(messageId) {
            view.following = false
            view.requestedId = messageId
            Qt.callLater(view.showRequested)
        }
    }
    property var requestedId: 0
    function showRequested() {
        const row = App.messages.rowOf(requestedId)
        if (row >= 0) {
            positionViewAtIndex(row, ListView.Beginning)
            currentIndex = row
        }
    }

    delegate: MessageDelegate {
        required property int index
        width: view.width
        isLast: index === view.count - 1
        cursor: view.cursorShown && ListView.isCurrentItem
        onCompareRequested: (id) => compare.show(id)
    }

    CompareView { id: compare }

    RoundButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing * 2
        visible: !view.following && !view.atYEnd
        text: "↓"
        Accessible.name: qsTr("Jump to latest")
        onClicked: { view.following = true; view.positionViewAtEnd() }
    }
}
