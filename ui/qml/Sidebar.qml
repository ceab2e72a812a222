// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Rectangle {
    id: root
    signal settingsRequested()
    signal conversationChosen()
    signal importRequested()
    signal draftChosen(var id)
    signal libraryRequested()
    signal exportRequested(var ids, string title)
    // 0: conversations, 1: drafts.
    property alias tab: tabs.currentIndex
    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Inkwell")
                font.pixelSize: Theme.titleFontSize
                font.weight: Font.Bold
                color: Theme.text
            }
            IconButton {
                objectName: "importButton"
                text: "⤒"
                font.pixelSize: 18
                enabled: App.exchange !== null
                onClicked: root.importRequested()
                Accessible.name: qsTr("Import")
                ToolTip.text: qsTr("Import conversations (Inkwell JSON or ChatGPT export)")
            }
            IconButton {
                objectName: "appearanceButton"
                text: "Aa"
                font.pixelSize: 15
                onClicked: appearance.open()
                Accessible.name: qsTr("Appearance")
                ToolTip.text: qsTr("Theme, text size and language")
                AppearancePopup {
                    id: appearance
                    y: parent.height + 4
                }
            }
            IconButton {
                text: "⚙"
                font.pixelSize: 18
                onClicked: root.settingsRequested()
                Accessible.name: qsTr("Settings")
                ToolTip.text: qsTr("Settings (Ctrl+,)")
            }
        }

        TabBar {
            id: tabs
            objectName: "sidebarTabs"
            Layout.fillWidth: true
            spacing: 4
            background: Rectangle { color: Theme.sidebarHover; radius: 8 }
            component Tab: TabButton {
                id: tab
                implicitHeight: 32
                contentItem: Label {
                    text: tab.text
                    color: tab.checked ? Theme.text : Theme.mutedText
                    font.weight: tab.checked ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: 6
                    anchors.margins: 3
                    color: tab.checked ? Theme.window : "transparent"
                    border.width: tab.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
            Tab { text: qsTr("Chats"); Accessible.name: qsTr("Conversations") }
            Tab { objectName: "draftsTab"; text: qsTr("Drafts"); Accessible.name: qsTr("Drafts") }
        }

        DraftList {
            visible: tabs.currentIndex === 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            onDraftChosen: id => root.draftChosen(id)
            onLibraryRequested: root.libraryRequested()
        }

        RowLayout {
            visible: tabs.currentIndex === 0
            Layout.fillWidth: true
            spacing: 6
            PrimaryButton {
                objectName: "newChatButton"
                Layout.fillWidth: true
                text: qsTr("＋  New chat")
                onClicked: { App.session.newConversation(); root.conversationChosen() }
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("New chat (Ctrl+N)")
            }
            IconButton {
                id: newFolderButton
                objectName: "newFolderButton"
                implicitHeight: 36
                implicitWidth: 36
                // A folder with a plus, drawn: the fonts we ship have no folder glyph.
                contentItem: Item {
                    Rectangle {
                        x: 9; y: 10; width: 8; height: 4; radius: 1.5
                        color: Theme.mutedText
                    }
                    Rectangle {
                        x: 9; y: 12; width: 18; height: 13; radius: 2
                        color: Theme.mutedText
                    }
                    Label {
                        x: 9; y: 12; width: 18; height: 13
                        text: "+"
                        color: Theme.sidebar
                        font.pixelSize: 13
                        font.weight: Font.Bold
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                onClicked: newFolder.open()
                Accessible.name: qsTr("New folder")
                ToolTip.text: qsTr("New folder")
            }
        }

        ListView {
            id: list
            objectName: "conversationList"
            visible: tabs.currentIndex === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.conversations
            spacing: 2
            keyNavigationEnabled: true
            currentIndex: App.conversations.indexOfId(App.session.conversationId)
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Conversations")

            section.property: "section"
            section.delegate: Label {
                required property string section
                text: section
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                font.weight: Font.DemiBold
                topPadding: 10
                bottomPadding: 4
                leftPadding: 8
            }

            delegate: Item {
                id: row
                required property double conversationId
                required property string title
                required property string kind
                required property double folderId
                required property bool pinned
                required property bool expanded
                required property int count
                width: ListView.view.width
                height: loader.item ? (loader.item as Item).height : 0

                Loader {
                    id: loader
                    width: parent.width
                    sourceComponent: row.kind === "folder" ? folderRow : conversationRow
                }
                Component {
                    id: conversationRow
                    ConversationDelegate {
                        conversationId: row.conversationId
                        title: row.title
                        folderId: row.folderId
                        pinned: row.pinned
                        indented: row.folderId > 0 && !row.pinned
                        dragProxy: pointerProxy
                        menu: conversationMenu
                        onChosen: root.conversationChosen()
                    }
                }
                Component {
                    id: folderRow
                    FolderDelegate {
                        folderId: row.conversationId
                        title: row.title
                        expanded: row.expanded
                        count: row.count
                        onExportRequested: (ids, name) => root.exportRequested(ids, name)
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: qsTr("No conversations yet")
                color: Theme.mutedText
            }
            ConversationMenu {
                id: conversationMenu
                objectName: "conversationMenu"
                onRenameRequested: row => (row as ConversationDelegate).startRename()
            }
        }

        // Undo for a deleted conversation, for ten seconds.
        Rectangle {
            objectName: "undoBar"
            visible: App.sidebar.undoText.length > 0
            Layout.fillWidth: true
            implicitHeight: undoRow.implicitHeight + 16
            radius: 8
            color: Theme.text
            RowLayout {
                id: undoRow
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 4
                spacing: 4
                // Two lines before it elides: a sidebar is narrow, and the
                // title is what says which conversation went.
                Label {
                    Layout.fillWidth: true
                    text: App.sidebar.undoText
                    color: Theme.window
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Button {
                    id: undoButton
                    objectName: "undoDeleteConversation"
                    text: qsTr("Undo")
                    flat: true
                    onClicked: App.sidebar.undo()
                    contentItem: Label {
                        text: undoButton.text
                        color: Theme.accent
                        font.weight: Font.DemiBold
                        verticalAlignment: Text.AlignVCenter // level with the message
                    }
                }
            }
        }

        Button {
            objectName: "libraryButton"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Template library")
            onClicked: root.libraryRequested()
            Accessible.name: qsTr("Template library")
        }
    }

    // What a dragged conversation shows under the pointer.
    Rectangle {
        id: pointerProxy
        property double conversationId: 0
        property string title
        visible: false
        z: 10
        width: Math.min(220, proxyLabel.implicitWidth + 20)
        height: 30
        radius: 8
        color: Theme.sidebarSelected
        border.color: Theme.accent
        Drag.active: visible
        Drag.keys: ["inkwell/conversation"]
        Drag.hotSpot.x: 0
        Drag.hotSpot.y: height / 2
        Label {
            id: proxyLabel
            anchors.centerIn: parent
            width: parent.width - 20
            text: pointerProxy.title
            elide: Text.ElideRight
            color: Theme.text
        }
    }

    NameDialog {
        id: newFolder
        title: qsTr("New folder")
        onChosen: (name) => App.sidebar.createFolder(name)
    }
}
