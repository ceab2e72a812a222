// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// A draft: Markdown source beside its rendered preview, counts against a
// target, the model's actions, versions and export.
Item {
    id: root
    readonly property var drafts: App.drafts
    property bool applying: false  // the editor is being changed from the model, not typed
    signal searchRequested()  // Ctrl+K, which the text area would take (see Composer)

    function focusEditor() { editor.forceActiveFocus() }
    function selStart() { return editor.selectionEnd > editor.selectionStart ? editor.selectionStart : -1 }
    function selEnd() { return editor.selectionEnd > editor.selectionStart ? editor.selectionEnd : -1 }

    Connections {
        target: root.drafts
        function onTextReset() {
            root.applying = true
            editor.text = root.drafts.text()
            root.applying = false
        }
        function onInserted(position, piece) {
            root.applying = true
            editor.insert(position, piece)
            root.applying = false
        }
        function onVersionSaved(number, added) {
            notice.show(added ? qsTr("Saved as version %1").arg(number)
                              : qsTr("No changes since version %1").arg(number))
        }
    }
    Component.onCompleted: { applying = true; editor.text = drafts.text(); applying = false }

    Shortcut {
        sequence: StandardKey.Save
        enabled: root.visible
        onActivated: root.drafts.saveVersion()
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: root.visible && !root.drafts.busy
        onActivated: actions.rewrite()
    }
    Shortcut {
        sequence: "Ctrl+Shift+Return"
        enabled: root.visible && !root.drafts.busy
        onActivated: root.drafts.continueText("")
    }
    Shortcut {
        sequence: "Ctrl+H"
        enabled: root.visible
        onActivated: versions.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 52
            color: Theme.window
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing
                TextField {
                    id: titleField
                    objectName: "draftTitle"
                    Layout.fillWidth: true
                    text: root.drafts.title
                    font.pixelSize: Theme.fontSize + 2
                    font.weight: Font.DemiBold
                    background: Rectangle { color: titleField.activeFocus ? Theme.sidebar : "transparent"; radius: 6 }
                    onEditingFinished: root.drafts.rename(text)
                    // A long title shows its start, not where a cursor would be.
                    onTextChanged: if (!activeFocus) cursorPosition = 0
                    Accessible.name: qsTr("Draft title")
                }
                Label {
                    objectName: "draftCounts"
                    text: (root.drafts.targetWords > 0 ? qsTr("%1 / %2 words").arg(root.drafts.words).arg(root.drafts.targetWords)
                                                        : qsTr("%n word(s)", "", root.drafts.words))
                          + "  ·  " + qsTr("%n character(s)", "", root.drafts.characters)
                    color: root.drafts.targetWords > 0 && root.drafts.words >= root.drafts.targetWords ? Theme.accent : Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                }
                TextField {
                    objectName: "draftTarget"
                    implicitWidth: 84
                    placeholderText: qsTr("Target")
                    text: root.drafts.targetWords > 0 ? root.drafts.targetWords : ""
                    validator: IntValidator { bottom: 0; top: 1000000 }
                    onEditingFinished: root.drafts.setTargetWords(text.length > 0 ? parseInt(text) : 0)
                    Accessible.name: qsTr("Target length in words")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Target length in words")
                }
                Button {
                    objectName: "versionsButton"
                    text: qsTr("History")
                    flat: true
                    onClicked: versions.open()
                    Accessible.name: qsTr("Versions of this draft")
                }
                IconButton {
                    text: "⤓"
                    font.pixelSize: Theme.titleFontSize
                    onClicked: exportMenu.popup()
                    Accessible.name: qsTr("Export draft")
                    ToolTip.text: qsTr("Export the draft (Markdown, HTML, PDF, text)")
                    Menu {
                        id: exportMenu
                        Repeater {
                            model: root.drafts.exportFormats()
                            MenuItem {
                                required property string modelData
                                text: modelData === "md" ? qsTr("Markdown…") : modelData === "html" ? qsTr("Web page…")
                                    : modelData === "pdf" ? qsTr("PDF…") : qsTr("Plain text…")
                                onTriggered: {
                                    exportDialog.ask(root.drafts.suggestedFileName(modelData), modelData, false)
                                }
                            }
                        }
                    }
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        DraftActions {
            id: actions
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
            editor: root
        }

        // The files the article is written from: sent with every action.
        Rectangle {
            id: sourcesBar
            objectName: "draftSources"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
            implicitHeight: sourcesRow.implicitHeight + 12
            radius: Theme.radius
            color: sourcesDrop.containsDrag ? Theme.selection : "transparent"
            border.color: sourcesDrop.containsDrag ? Theme.accent : Theme.border
            readonly property var allRows: root.drafts.sources.concat(root.drafts.sourceReader.rows)
            RowLayout {
                id: sourcesRow
                anchors.fill: parent
                anchors.margins: 6
                spacing: 8
                Label {
                    text: qsTr("Sources")
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.alignment: Qt.AlignVCenter
                }
                Label {
                    visible: sourcesBar.allRows.length === 0
                    Layout.fillWidth: true
                    text: qsTr("Documents or pictures the model writes from (drop them here)")
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
                AttachmentChips {
                    visible: sourcesBar.allRows.length > 0
                    Layout.fillWidth: true
                    rows: sourcesBar.allRows
                    removable: true
                    onRemoveRequested: index => {
                        const stored = root.drafts.sources.length
                        if (index < stored)
                            root.drafts.removeSource(root.drafts.sources[index].key)
                        else
                            root.drafts.sourceReader.remove(index - stored)
                    }
                    // Stored sources open from the store; one still being
                    // read has nothing to show yet.
                    onOpenRequested: row => {
                        if (!row.reading)
                            sourceViewer.show(row)
                    }
                }
                Button {
                    objectName: "addSources"
                    text: qsTr("Add…")
                    flat: true
                    Layout.alignment: Qt.AlignVCenter
                    onClicked: sourcesDialog.open()
                    Accessible.name: qsTr("Add sources")
                }
            }
            DropArea {
                id: sourcesDrop
                anchors.fill: parent
                keys: ["text/uri-list"]
                onDropped: event => {
                    root.drafts.addSources(event.urls)
                    event.acceptProposedAction()
                }
            }
            FileDialog {
                id: sourcesDialog
                title: qsTr("Add sources")
                currentFolder: StandardPaths.standardLocations(StandardPaths.HomeLocation)[0]
                onAccepted: root.drafts.addSources([selectedFile])
            }
        }
        Label {
            visible: root.drafts.sourceReader.errorText.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: root.drafts.sourceReader.errorText
            color: Theme.errorText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFontSize
        }

        RetryBanner {
            objectName: "draftRetryBanner"
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacing : 0
            Layout.bottomMargin: 0
            text: root.drafts.retryText
            onCancel: root.drafts.stop()
        }
        ErrorBanner {
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacing : 0
            Layout.bottomMargin: 0
            text: root.drafts.errorText
            onDismiss: root.drafts.dismissError()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            ScrollView {
                id: sourceScroll
                SplitView.fillWidth: true
                SplitView.minimumWidth: 280
                TextArea {
                    id: editor
                    objectName: "draftEditor"
                    readOnly: root.drafts.busy || root.drafts.currentId === 0  // no draft: typing would be saved nowhere
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    persistentSelection: true
                    textFormat: TextEdit.PlainText
                    font.family: "monospace"
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                    placeholderText: qsTr("Write here, or let the model start: Outline, or Regenerate from the template.")
                    background: Rectangle { color: Theme.window; border.color: Theme.border; radius: 8 }
                    onTextChanged: if (!root.applying) root.drafts.setText(text)
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_K && (event.modifiers & Qt.ControlModifier)) {
                            event.accepted = true
                            root.searchRequested()
                        }
                    }
                    // The text area takes Escape before the window's shortcut
                    // can: stop the model here too.
                    Keys.onEscapePressed: event => {
                        event.accepted = root.drafts.busy
                        if (root.drafts.busy)
                            root.drafts.stop()
                    }
                    Accessible.name: qsTr("Draft text (Markdown)")
                }
            }
            ScrollView {
                SplitView.preferredWidth: root.width * 0.45
                SplitView.minimumWidth: 240
                contentWidth: availableWidth
                clip: true
                MarkdownView {
                    objectName: "draftPreview"
                    width: parent.width - 24
                    x: 12
                    blocks: root.drafts.preview
                    Accessible.name: qsTr("Preview")
                }
            }
        }
    }

    // What Save version did, for a moment, where it does not cover the text.
    Rectangle {
        id: notice
        objectName: "draftNotice"
        function show(message) {
            label.text = message
            opacity = 1
            hide.restart()
        }
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 2 * Theme.spacing
        z: 10
        width: Math.min(label.implicitWidth + 32, parent.width - 40)
        height: label.implicitHeight + 16
        radius: height / 2
        color: Theme.text
        opacity: 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: 150 } }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: label.text
        Label {
            id: label
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width - 32)
            elide: Text.ElideRight
            color: Theme.window
        }
        Timer {
            id: hide
            interval: 2500
            onTriggered: notice.opacity = 0
        }
    }

    AttachmentViewer {
        id: sourceViewer
        files: root.drafts
    }

    DraftVersions {
        id: versions
    }
    SaveAsDialog {
        id: exportDialog
        title: qsTr("Export draft")
        onChosen: target => {
            if (root.drafts.exportTo(target, format))
                notice.show(qsTr("Exported to %1").arg(App.exchange.localPath(target)))
        }
    }
}
