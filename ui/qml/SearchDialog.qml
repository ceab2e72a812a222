// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Ctrl+K: every message of every conversation and every draft. Type, move
// with the arrows, Enter opens the conversation at that message (or the draft).
Popup {
    id: root
    signal messageChosen(double conversationId, double messageId)
    signal draftChosen(var draftId)
    readonly property SearchResultsModel results: App.search.results

    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: 60
    width: Math.min(parent.width - 40, 680)
    height: Math.min(parent.height - 120, column.implicitHeight + 2 * padding)
    modal: true
    padding: 12
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
    onOpened: { field.selectAll(); field.forceActiveFocus(); run() }

    function run() {
        App.search.find(field.text)
        list.currentIndex = 0  // new results: the best first, not the row chosen before
    }
    function openCurrent() {
        if (typing.running) {
            typing.stop()
            run()
        }
        choose(list.currentIndex)
    }
    function choose(index: int) {
        if (index < 0 || index >= results.count)
            return
        close()
        App.search.open(index)
    }
    Connections {
        target: App.search
        function onMessageChosen(conversationId, messageId) { root.messageChosen(conversationId, messageId) }
        function onDraftChosen(draftId) { root.draftChosen(draftId) }
    }

    Timer {
        id: typing
        interval: 120
        onTriggered: root.run()
    }

    contentItem: ColumnLayout {
        id: column
        spacing: 8
        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            placeholderText: qsTr("Search all conversations and drafts")
            onTextChanged: typing.restart()
            Accessible.name: qsTr("Search")
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            // Typed and not yet searched: search first (the first hit); else
            // the hit the arrows chose.
            Keys.onReturnPressed: root.openCurrent()
            Keys.onEnterPressed: root.openCurrent()
        }
        Label {
            visible: field.text.trim().length > 0 && root.results.count === 0 && !typing.running
            text: qsTr("Nothing found.")
            color: Theme.mutedText
        }
        // Just after an import: its messages reach the index in the background.
        Label {
            objectName: "searchIndexing"
            readonly property real pending: App.searchIndexer ? App.searchIndexer.pending : 0
            visible: pending > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Still adding %1 imported messages to the search; they are not all found yet.")
                  .arg(Number(pending).toLocaleString(Qt.locale(), "f", 0))
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        // The results follow the index as it catches up.
        Connections {
            target: App.searchIndexer
            ignoreUnknownSignals: true
            function onPendingChanged() {
                if (field.text.trim().length > 0 && App.searchIndexer.pending === 0)
                    root.run()
            }
        }
        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 460)
            clip: true
            model: root.results
            currentIndex: 0
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Results")
            delegate: ItemDelegate {
                id: hit
                required property bool isDraft
                required property string title
                required property int author
                required property string snippet
                required property string time
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: root.choose(index)
                Accessible.name: title
                background: Rectangle {
                    radius: 8
                    color: hit.highlighted ? Theme.sidebarSelected : hit.hovered ? Theme.sidebarHover : "transparent"
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: (hit.isDraft ? qsTr("Draft") : hit.author === Chat.User ? qsTr("You") : qsTr("Assistant"))
                              + "  ·  " + hit.title + "  ·  " + hit.time
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: hit.snippet
                        textFormat: Text.StyledText
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                }
            }
        }
    }
}
