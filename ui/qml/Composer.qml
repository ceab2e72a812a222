// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

Rectangle {
    id: root
    implicitHeight: Math.min(row.implicitHeight + 16, 260) + files.extraHeight
    radius: Theme.radius + 4
    color: Theme.window
    border.color: input.activeFocus ? Theme.accent : Theme.border
    border.width: input.activeFocus ? 2 : 1

    // Ctrl+K, Ctrl+N, Ctrl+R: a focused text area can take these before the
    // window's shortcuts see them (Ctrl+K is "delete to the end of the line";
    // on X11 the others were seen to stop here too), so it hands them on.
    signal windowShortcut(int key)

    function focusInput() { input.forceActiveFocus() }
    signal messagesRequested()

    // Unsent text belongs to its conversation: kept as it is typed, put back
    // when the conversation is shown again (also after a restart).
    property double ownerId: 0
    property bool sending: false
    Timer {
        id: keep
        interval: 400
        onTriggered: App.session.keepUnsent(root.ownerId, input.text)
    }
    Connections {
        target: App.session
        function onConversationChanged() {
            // A rename (the title the model gave) is not a switch: the text
            // and the cursor stay as the user left them.
            if (root.sending || App.session.conversationId === root.ownerId)
                return
            if (keep.running) {
                keep.stop()
                App.session.keepUnsent(root.ownerId, input.text)
            }
            root.load()
        }
    }
    function load() {
        ownerId = App.session.conversationId
        input.text = App.session.unsentText(ownerId)
        keep.stop()
        input.cursorPosition = input.length
    }
    Component.onCompleted: load()
    // Quitting within the keep timer's wait must not lose the last keystrokes.
    Component.onDestruction: {
        if (keep.running)
            App.session.keepUnsent(root.ownerId, input.text)
    }

    function submit() {
        // The text is cleared only once it was really handed over.
        const owner = ownerId
        // Kept first: a send refused (a picture for a model that reads text
        // only) leaves it in the composer, and it must follow a switch.
        keep.stop()
        App.session.keepUnsent(owner, input.text)
        sending = true
        const sent = App.session.send(input.text)
        sending = false
        if (sent) {
            input.clear()
            keep.stop()
            App.session.keepUnsent(owner, "")
            ownerId = App.session.conversationId
        }
    }

    // The files going with the message, and why one could not go.
    ColumnLayout {
        id: files
        readonly property real extraHeight: visible ? implicitHeight + 8 : 0
        visible: App.session.attachments.count > 0 || App.session.attachments.errorText.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        spacing: 6
        // Many files scroll within three rows of chips, under the text.
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(chips.implicitHeight, chips.chipHeight * 3 + 12)
            visible: App.session.attachments.count > 0
            contentWidth: availableWidth
            AttachmentChips {
                id: chips
                objectName: "composerAttachments"
                width: parent.width
                rows: App.session.attachments.rows
                removable: true
                onRemoveRequested: index => App.session.attachments.remove(index)
                offerWhole: App.session.attachments.wholePdf
                onWholeRequested: (index, whole) => App.session.attachments.setWhole(index, whole)
                onOpenRequested: row => composerViewer.show(row)
            }
        }
        // Said while the files are attached, not only when Send refuses them.
        Label {
            objectName: "attachmentWarning"
            visible: App.session.attachments.warningText.length > 0 && App.session.attachments.count > 0
            Layout.fillWidth: true
            text: "⚠ " + App.session.attachments.warningText
            color: Theme.warning
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallFontSize
        }
        RowLayout {
            visible: App.session.attachments.errorText.length > 0
            Layout.fillWidth: true
            Label {
                objectName: "attachmentError"
                Layout.fillWidth: true
                text: App.session.attachments.errorText
                color: Theme.errorText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallFontSize
            }
            IconButton {
                text: "×"
                implicitWidth: 24
                implicitHeight: 24
                onClicked: App.session.attachments.dismissError()
                Accessible.name: qsTr("Dismiss")
            }
        }
    }

    // The files not sent yet, opened from their chips.
    AttachmentViewer {
        id: composerViewer
        files: App.session.attachments
    }

    FileDialog {
        id: attachDialog
        title: qsTr("Attach files")
        fileMode: FileDialog.OpenFiles
        // Home, not the folder the app was started from.
        currentFolder: StandardPaths.standardLocations(StandardPaths.HomeLocation)[0]
        nameFilters: [qsTr("Images and documents (%1)").arg("*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.docx *.odt *.txt *.md *.csv *.html *.htm *.json *.xml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java"),
                      qsTr("All files (*)")]
        onAccepted: {
            App.session.attachments.addUrls(selectedFiles)
            input.forceActiveFocus()
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        anchors.topMargin: 8 + files.extraHeight
        spacing: 8

        IconButton {
            objectName: "attachButton"
            Layout.alignment: Qt.AlignBottom
            text: "📎"
            font.pixelSize: Theme.fontSize + 2
            onClicked: attachDialog.open()
            Accessible.name: qsTr("Attach files")
            ToolTip.text: qsTr("Attach images or documents (or drop them here, or paste an image)")
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 40
            TextArea {
                id: input
                objectName: "composerInput"
                placeholderText: App.session.answeringElsewhere
                                 ? qsTr("An answer is still coming in another conversation (Stop ends it); send when it is done.")
                                 : qsTr("Message Inkwell…  (Enter to send, Shift+Enter for a new line)")
                wrapMode: TextArea.Wrap
                color: Theme.text
                background: null
                font.pixelSize: Theme.fontSize
                Accessible.name: qsTr("Message")
                onTextChanged: keep.restart()
                // The text area takes Escape before window shortcuts see it.
                Keys.onEscapePressed: (event) => { event.accepted = App.session.busy; App.session.stop() }
                Keys.onPressed: (event) => {
                    // A copied picture (a screenshot) becomes an attachment;
                    // text pastes as text.
                    if (event.matches(StandardKey.Paste) && App.session.attachments.pasteImage()) {
                        event.accepted = true
                        return
                    }
                    const plainCtrl = event.modifiers === Qt.ControlModifier
                    if ((plainCtrl && [Qt.Key_K, Qt.Key_N, Qt.Key_R, Qt.Key_PageUp, Qt.Key_PageDown].includes(event.key))
                            || (event.modifiers === (Qt.ControlModifier | Qt.ShiftModifier) && event.key === Qt.Key_C)) {
                        event.accepted = true
                        root.windowShortcut(event.key)
                        return
                    }
                    if (event.key === Qt.Key_Backtab) {  // Shift+Tab: up to the messages
                        event.accepted = true
                        root.messagesRequested()
                        return
                    }
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && !(event.modifiers & Qt.ShiftModifier)
                            && !input.inputMethodComposing) {
                        event.accepted = true
                        if (!App.session.busy)
                            root.submit()
                    }
                }
            }
        }

        PrimaryButton {
            Layout.alignment: Qt.AlignBottom
            text: App.session.busy ? qsTr("Stop") : qsTr("Send")
            quiet: App.session.busy
            enabled: App.session.busy || input.text.trim().length > 0
                     || (App.session.attachments.count > 0 && !App.session.attachments.reading)
            onClicked: App.session.busy ? App.session.stop() : root.submit()
            Accessible.name: App.session.busy ? qsTr("Stop generating (Esc)") : qsTr("Send message (Enter)")
        }
    }

    // Files dropped here are attached (on top of the text area, which would
    // paste their paths).
    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: event => {
            App.session.attachments.addUrls(event.urls)
            event.acceptProposedAction()
            input.forceActiveFocus()
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        radius: root.radius
        color: Theme.selection
        opacity: 0.85
        border.color: Theme.accent
        border.width: 2
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop to attach")
            color: Theme.text
            font.pixelSize: Theme.fontSize + 2
        }
    }
}
