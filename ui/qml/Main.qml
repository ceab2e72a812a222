// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

ApplicationWindow {
    id: window
    width: 1200
    height: 780
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: App.session.conversationId > 0 ? qsTr("%1 — Inkwell").arg(App.session.title) : qsTr("Inkwell")
    color: Theme.window
    font.pixelSize: Theme.fontSize
    // Every role the Basic style reads is set, in both themes: a role left
    // out keeps Qt's light default (white rows in a dark list, white text
    // on a near-white highlight).
    palette.window: Theme.window
    palette.base: Theme.window
    palette.alternateBase: Theme.sidebar
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.buttonText: Theme.text
    palette.button: Theme.sidebarHover
    palette.dark: Theme.accent
    palette.brightText: Theme.accentText
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.highlightedText
    palette.light: Theme.selection
    palette.midlight: Theme.border
    palette.mid: Theme.border
    palette.shadow: "#000000"
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.sidebar
    palette.toolTipText: Theme.text
    palette.link: Theme.accent
    // Disabled controls look it (the roles above apply to every state).
    palette.disabled.text: Theme.disabledText
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.brightText: Theme.disabledText
    palette.disabled.highlightedText: Theme.disabledText
    palette.disabled.dark: Theme.border

    // What the right-hand side shows.
    property string page: "chat"  // chat | templates | draft

    function showChat() { page = "chat"; sidebar.tab = 0; composer.focusInput() }
    function showDraft(id) {
        if (App.drafts.currentId !== id)
            App.drafts.open(id)
        page = "draft"
        sidebar.tab = 1
        draftEditor.focusEditor()
    }
    // The draft page with no draft (the last one deleted) shows the library:
    // an editor there would take text that is saved nowhere. Checked once the
    // change is over (deleting closes, then opens the next draft).
    Connections {
        target: App.drafts
        function onCurrentChanged() { Qt.callLater(window.leaveAnEmptyDraftPage) }
    }
    function leaveAnEmptyDraftPage() {
        if (page === "draft" && App.drafts.currentId === 0)
            page = "templates"
    }

    Shortcut {
        id: newChat
        sequence: StandardKey.New
        onActivated: { App.session.newConversation(); window.showChat() }
    }
    Shortcut {
        sequence: "Escape"
        enabled: App.session.busy || App.drafts.busy
        onActivated: App.drafts.busy && window.page === "draft" ? App.drafts.stop() : App.session.stop()
    }
    Shortcut {
        sequence: "Ctrl+Shift+T"
        onActivated: window.page = "templates"
    }
    Shortcut {
        sequence: "Ctrl+K"
        onActivated: search.open()
    }
    Shortcut {
        sequences: ["F1", "Ctrl+/"]
        onActivated: shortcutSheet.open()
    }
    Shortcut {
        id: regenerate
        sequence: "Ctrl+R"
        enabled: window.page === "chat" && !App.session.busy && App.session.messages.count > 0
        onActivated: if (enabled) App.session.regenerate()
    }
    onPageChanged: if (page === "templates") library.focusSearch()
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settings.open()
    }
    Shortcut {
        objectName: "quitShortcut"
        sequence: "Ctrl+Q"
        onActivated: window.close()  // as the window's close button: the same way out
    }
    Shortcut {
        sequences: [StandardKey.ZoomIn, "Ctrl+="]
        onActivated: App.appearance.changeFontSize(1)
    }
    Shortcut {
        sequence: StandardKey.ZoomOut
        onActivated: App.appearance.changeFontSize(-1)
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: App.appearance.changeFontSize(0)
    }
    Shortcut {
        sequence: "Ctrl+PgUp"
        onActivated: { App.sidebar.openNeighbour(-1); window.showChat() }
    }
    Shortcut {
        sequence: "Ctrl+PgDown"
        onActivated: { App.sidebar.openNeighbour(1); window.showChat() }
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: window.page === "chat"
        onActivated: App.clipboard.copyLastAnswer()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            Layout.fillHeight: true
            // Wider with larger text (270 at the default 14, at most 40 %
            // more), so that its tabs and buttons keep their words and the
            // conversation keeps most of the window.
            Layout.preferredWidth: Math.round(270 * Math.min(1.4, Math.max(1, Theme.fontSize / 14)))
            onSettingsRequested: settings.open()
            onConversationChosen: window.showChat()
            onImportRequested: importDialog.open()
            onDraftChosen: id => window.showDraft(id)
            onLibraryRequested: window.page = "templates"
            onExportRequested: (ids, title) => exportDialog.openFor(ids, title)
        }

        Rectangle {
            Layout.fillHeight: true
            width: 1
            color: Theme.border
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.page === "templates" ? 1 : window.page === "draft" ? 2 : 0

            ColumnLayout {
                spacing: 0

                ChatHeader {
                    Layout.fillWidth: true
                    onSettingsRequested: settings.open()
                    onExportRequested: exportDialog.open()
                    onParametersRequested: parameters.open()
                }

                ExchangeBanner {
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentWidth
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: visible ? Theme.spacing : 0
                }

                RetryBanner {
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentWidth
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: visible ? Theme.spacing : 0
                    onCancel: App.session.stop()
                }

                ErrorBanner {
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentWidth
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: visible ? Theme.spacing : 0
                    text: App.startupError.length > 0 ? App.startupError : App.session.errorText
                    canRetry: App.session.canRetry && App.startupError.length === 0
                    onRetry: App.session.retry()
                    onDismiss: App.session.dismissError()
                }

                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    MessageView {
                        id: messageView
                        anchors.fill: parent
                        visible: App.session.messages.count > 0
                        onLeaveRequested: composer.focusInput()
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        visible: App.session.messages.count === 0
                        onSettingsRequested: settings.open()
                    }
                }

                Composer {
                    id: composer
                    onMessagesRequested: if (messageView.visible) messageView.forceActiveFocus()
                    onWindowShortcut: key => key === Qt.Key_K ? search.open()
                                           : key === Qt.Key_N ? newChat.activated()
                                           : key === Qt.Key_PageUp ? App.sidebar.openNeighbour(-1)
                                           : key === Qt.Key_PageDown ? App.sidebar.openNeighbour(1)
                                           : key === Qt.Key_C ? App.clipboard.copyLastAnswer() : regenerate.activated()
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentWidth + 2 * Theme.spacing
                    Layout.alignment: Qt.AlignHCenter
                    // Clear of the edges when the window is narrow (large text).
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing
                    Layout.bottomMargin: Theme.spacing
                }
            }

            TemplateLibrary {
                id: library
                objectName: "templateLibrary"
                onUseRequested: key => templateForm.openFor(key)
                onEditRequested: key => templateEditor.openFor(key)
            }

            DraftEditor {
                id: draftEditor
                objectName: "draftEditorPage"
                onSearchRequested: search.open()
            }
        }
    }

    ShortcutsDialog {
        id: shortcutSheet
        objectName: "shortcutsDialog"
    }
    SearchDialog {
        id: search
        objectName: "searchDialog"
        onMessageChosen: (conversationId, messageId) => { window.showChat(); App.session.openMessage(conversationId, messageId) }
        onDraftChosen: id => window.showDraft(id)
    }
    TemplateForm {
        id: templateForm
        objectName: "templateForm"
        onDraftStarted: id => window.showDraft(id)
        onConversationStarted: window.showChat()
    }
    TemplateEditor {
        id: templateEditor
        objectName: "templateEditor"
    }

    ProfilesDialog {
        id: settings
        objectName: "profilesDialog"
        anchors.centerIn: parent
        onClosed: composer.focusInput()
    }

    ParametersPanel {
        id: parameters
    }

    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        anchors.centerIn: parent
    }
    ImportDialog {
        id: importDialog
    }

    Component.onCompleted: composer.focusInput()
}
