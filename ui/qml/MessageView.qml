// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Inkwell

ListView {
    id: view
    clip: true
    model: App.session.messages
    spacing: Theme.spacing
    topMargin: Theme.spacing * 2
    bottomMargin: Theme.spacing * 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { z: 2 }  // above the text selector
    Accessible.name: qsTr("Messages")
    Accessible.role: Accessible.List
    objectName: "messageView"

    // A keyboard cursor of its own (Shift+Tab from the composer): Up/Down
    // move it, Ctrl+C copies that message, Enter edits yours, Esc goes back.
    activeFocusOnTab: true
    highlightFollowsCurrentItem: false  // the list follows the stream, not the cursor
    // The list itself (or the message under its cursor), not an editor
    // inside it, has the keyboard.
    readonly property bool cursorShown: activeFocus && !pointerFocus
        && (Window.activeFocusItem === view || (currentItem !== null && Window.activeFocusItem === currentItem))
    // The list took the keyboard from a click in its text: no cursor until a key moves one.
    property bool pointerFocus: false
    // The cursor starts on the lowest message in sight.
    onActiveFocusChanged: {
        if (activeFocus)
            Qt.callLater(placeCursor)
        else
            pointerFocus = false
    }
    function placeCursor() {
        if (!cursorShown)
            return  // an editor in a message took the focus
        const seen = indexAt(width / 2, contentY + height - bottomMargin - 1)
        currentIndex = seen >= 0 ? seen : count - 1
    }
    onCurrentIndexChanged: if (cursorShown) positionViewAtIndex(currentIndex, ListView.Contain)
    signal leaveRequested()
    // Several messages at once: Shift+arrows (or Ctrl+A) select from the
    // anchor to the cursor; Ctrl+C copies them as the Markdown export writes.
    property int selectionAnchor: -1
    readonly property int selectionFirst: selectionAnchor < 0 ? -1 : Math.min(selectionAnchor, currentIndex)
    readonly property int selectionLast: selectionAnchor < 0 ? -1 : Math.max(selectionAnchor, currentIndex)
    function moveCursor(to, extend) {
        if (extend && selectionAnchor < 0)
            selectionAnchor = currentIndex
        else if (!extend)
            selectionAnchor = -1
        currentIndex = Math.max(0, Math.min(count - 1, to))
    }
    Keys.onPressed: event => {
        const extend = (event.modifiers & Qt.ShiftModifier) !== 0
        if (event.matches(StandardKey.Copy) && !textRange.empty) {
            textRange.copy()
            event.accepted = true
            return
        }
        if (event.key === Qt.Key_Escape && textRange.active) {
            textRange.clear()
            event.accepted = true
            return
        }
        const moves = [Qt.Key_Up, Qt.Key_Down, Qt.Key_Home, Qt.Key_End, Qt.Key_PageUp, Qt.Key_PageDown]
        if (pointerFocus && moves.indexOf(event.key) >= 0) {
            // The first key after a click shows the cursor where the reader is.
            pointerFocus = false
            placeCursor()
            event.accepted = true
            return
        }
        if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
            moveCursor(currentIndex + (event.key === Qt.Key_Up ? -1 : 1), extend)
        } else if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
            moveCursor(event.key === Qt.Key_Home ? 0 : count - 1, extend)
        } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
            const step = Math.max(1, indexAt(0, contentY + height) - indexAt(0, contentY + 1))
            moveCursor(currentIndex + (event.key === Qt.Key_PageUp ? -step : step), extend)
        } else if (event.matches(StandardKey.SelectAll)) {
            selectionAnchor = 0
            currentIndex = count - 1
        } else if (event.matches(StandardKey.Copy) && selectionAnchor >= 0) {
            App.clipboard.copyMessages(selectionFirst, selectionLast)
        } else if (event.matches(StandardKey.Copy) && currentItem) {
            App.clipboard.copyAnswer(currentItem.messageId, false)
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_F2)
                   && currentItem && currentItem.isUser && !App.session.busy) {
            currentItem.startEditing()
        } else if (event.key === Qt.Key_Escape && selectionAnchor >= 0) {
            selectionAnchor = -1
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
    onCountChanged: {
        if (selectionAnchor >= count)
            selectionAnchor = -1
        if (textRange.anchorRow >= count || textRange.headRow >= count)
            textRange.clear()
        if (following)
            Qt.callLater(positionViewAtEnd)
    }
    // Growth (a streaming answer, a block laid out) moves the view down to
    // the last message's real bottom, keeping the delegates it has.
    // positionViewAtEnd() releases and remakes them from the list's estimate
    // of its height; with long answers, whose heights differ from that
    // estimate, each remake changed the estimate and so contentHeight again:
    // a loop that remade the last messages on every frame, the window idle.
    onContentHeightChanged: if (following && !moving) Qt.callLater(followEnd)
    function followEnd() {
        if (count === 0)
            return
        // (Not a ternary with null: Qt 6.4's compiled QML crashed on it.)
        const last = itemAtIndex(count - 1)
        if (last === null) {
            positionViewAtEnd()
            return
        }
        const bottom = last.y + last.height
        const end = Math.max(originY - topMargin, bottom + bottomMargin - height)
        if (Math.abs(contentY - end) > 0.5)
            contentY = end
    }
    Connections {
        target: App.session
        function onConversationChanged() {
            view.selectionAnchor = -1
            view.textRange.clear()
            view.following = true
            Qt.callLater(view.positionViewAtEnd)
        }
        // A search result: that message at the top, after the jump to the end above.
        function onMessageRequested(messageId) {
            view.following = false
            view.requestedId = messageId
            Qt.callLater(view.showRequested)
        }
    }
    property double requestedId: 0
    function showRequested() {
        const row = App.session.messages.rowOf(requestedId)
        if (row >= 0) {
            positionViewAtIndex(row, ListView.Beginning)
            currentIndex = row
        }
    }

    delegate: MessageDelegate {
        required property int index
        row: index
        textRange: view.textRange
        width: view.width
        isLast: index === view.count - 1
        cursor: view.cursorShown && ListView.isCurrentItem
        selected: index >= view.selectionFirst && index <= view.selectionLast
        onCompareRequested: (id) => compare.show(id)
        onAttachmentOpened: (attachment) => viewer.show(attachment)
    }

    CompareView { id: compare }
    AttachmentViewer { id: viewer }

    // Text selected with the mouse, across messages: see TextRange.
    readonly property TextRange textRange: TextRange {}
    Connections {
        target: App.session.messages
        function onModelReset() { view.textRange.clear() }  // another branch
    }
    TextSelector {
        id: selector
        view: view
        textRange: view.textRange
        onPressedText: {
            view.selectionAnchor = -1
            view.pointerFocus = true
            view.forceActiveFocus()
        }
        onScrolled: view.following = view.atYEnd
    }

    RoundButton {
        parent: view  // over the viewport and above the selector, not in the content
        z: 2
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing * 2
        visible: !view.following && !view.atYEnd
        text: "↓"
        Accessible.name: qsTr("Jump to latest")
        onClicked: { view.following = true; view.positionViewAtEnd() }
    }
}
