// SPDX-License-Identifier: GPL-3.0-or-later
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
    title: App.currentConversationId > 0 ? qsTr("%1 — Inkwell").arg(App.currentTitle) : qsTr("Inkwell")
    color: Theme.window
    font.pixelSize: Theme.fontSize
    palette.window: Theme.window
    palette.base: Theme.window
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.buttonText: Theme.text
    palette.button: Theme.sidebarHover
    palette.dark: Theme.accent
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.mid: Theme.border

    Shortcut {
        sequence: StandardKey.New
        onActivated: { App.newConversation(); composer.focusInput() }
    }
    Shortcut {
        sequence: "Escape"
        enabled: App.busy
        onActivated: App.stop()
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settings.open()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            Layout.preferredWidth: 270
            onSettingsRequested: settings.open()
            onConversationChosen: composer.focusInput()
            onImportRequested: importDialog.open()
        }

        Rectangle {
            Layout.fillHeight: true
            width: 1
            color: Theme.border
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
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
            }

            ErrorBanner {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.contentWidth
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: visible ? Theme.spacing : 0
                text: App.startupError.length > 0 ? App.startupError : App.errorText
                canRetry: App.canRetry && App.startupError.length === 0
                onRetry: App.retry()
                onDismiss: App.dismissError()
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                MessageView {
                    id: messageView
                    anchors.fill: parent
                    visible: App.messages.count > 0
                }
                EmptyState {
                    anchors.centerIn: parent
                    visible: App.messages.count === 0
                    onSettingsRequested: settings.open()
                }
            }

            Composer {
                id: composer
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.contentWidth + 2 * Theme.spacing
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.spacing
            }
        }
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
