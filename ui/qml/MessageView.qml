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
