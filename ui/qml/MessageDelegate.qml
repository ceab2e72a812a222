// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Item {
    id: root
    required property double messageId
    required property int role  // Chat.User, Chat.Assistant, …
    // The text itself is only read for the user's rows (an answer shows
    // its blocks); see MessageListModel::HasContentRole.
    required property string content
    required property bool hasContent
    required property bool replayable
    required property bool hasReasoning
    required property int status  // Chat.Streaming, Chat.Complete, …
    required property string error
    required property string details
    required property var blocks
    required property int siblingIndex
    required property int siblingCount
    required property var attachments  // [AttachmentRow]: the files a user message was sent with
    signal compareRequested(double messageId)
    signal attachmentOpened(var attachment)
    property bool showReasoning: false
    property bool isLast: false
    property bool editing: false

    readonly property bool isUser: role === Chat.User
    property bool cursor: false  // the message list's keyboard cursor is here
    property bool selected: false  // among the messages selected to copy
    // The list's selection of text across messages, and this message's row.
    property TextRange textRange: null
    property int row: -1

    Accessible.role: Accessible.ListItem
    // What a screen reader says on the cursor; an answer's text is read from
    // the model (the row does not carry it while it streams).
    Accessible.name: {
        root.status; root.hasContent
        const text = root.isUser ? root.content : App.session.messages.contentAt(App.session.messages.rowOf(root.messageId))
        return (root.isUser ? qsTr("You") : qsTr("Assistant")) + ": " + text.slice(0, 500)
    }
    Accessible.focused: cursor
    Accessible.selected: selected

    Rectangle {
        visible: root.selected
        anchors.fill: parent
        anchors.leftMargin: column.x - 14
        anchors.rightMargin: column.x - 14
        radius: Theme.radius
        color: Theme.accent
        opacity: 0.08
    }
    Rectangle {
        // The cursor: a bar in the margin, clear of the text.
        visible: root.cursor
        x: column.x - 10
        width: 3
        height: root.height
        radius: 1.5
        color: Theme.accent
    }

    // The editor exists only while it is open: most messages are never
    // edited, and every delegate made on opening or scrolling costs time.
    // The message's files while it is edited: × takes one out of the new wording.
    property var editFiles: []  // [AttachmentRow]
    function startEditing() {
        editFiles = root.attachments.slice()
        editing = true
        const editor = editorLoader.editor
        editor.text = root.content
        editor.forceActiveFocus()
        editor.cursorPosition = editor.length
    }
    // Done editing: the keyboard goes back to the list, not to a hidden editor.
    function stopEditing() {
        const hadKeyboard = editorLoader.item !== null && editorLoader.editor.activeFocus
        editing = false
        if (hadKeyboard)
            root.ListView.view.forceActiveFocus()
    }
    // A successful edit remakes the list, and this delegate with it: the
    // editor closes first, and opens again with the text if it was refused.
    function resend() {
        const text = editorLoader.editor.text
        stopEditing()
        const files = root.editFiles.slice()
        if (!App.session.editMessage(root.messageId, text, files.map(f => f.key))) {
            startEditing()
            editorLoader.editor.text = text
            root.editFiles = files
        }
    }
    readonly property bool streaming: status === Chat.Streaming
    // See MarkdownView.asyncFrom: set when an answer streams, never unset.
    onStreamingChanged: if (streaming) answer.asyncFrom = 0
    // Laid out now, not at the next polish: the list reads a new message's
    // height as soon as it is made. Made at its bare minimum and grown a
    // frame later, a long answer pushed the messages below it out of the
    // list, which remade them small again: a loop on every frame, idle or not.
    Component.onCompleted: {
        answer.ensurePolished()
        column.ensurePolished()
        if (streaming)
            answer.asyncFrom = 0
    }
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        width: Math.min(root.width - 4 * Theme.spacing, Theme.contentWidth)
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 6

        Label {
            text: root.isUser ? qsTr("You") : root.role === Chat.Tool ? qsTr("Tool")
                : root.role === Chat.System ? qsTr("System") : qsTr("Assistant")
            font.pixelSize: Theme.smallFontSize
            font.weight: Font.DemiBold
            color: Theme.mutedText
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
        }

        // The model's reasoning, kept apart from the answer and folded by default.
        ColumnLayout {
            visible: !root.isUser && root.hasReasoning
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: (root.showReasoning ? "▾ " : "▸ ") + (root.streaming && !root.hasContent
                      ? qsTr("Thinking…") : qsTr("Thought process"))
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                readonly property bool clickable: true  // see TextSelector
                Accessible.role: Accessible.Button
                Accessible.name: root.showReasoning ? qsTr("Hide thought process") : qsTr("Show thought process")
                TapHandler { onTapped: root.showReasoning = !root.showReasoning }
                HoverHandler { cursorShape: Qt.PointingHandCursor }
            }
            // Made when first unfolded (nothing is parsed while folded), then
            // streamed in pieces like the answer; muted beside it, behind a rule.
            Item {
                visible: root.showReasoning
                Layout.fillWidth: true
                implicitHeight: thoughts.height
                Rectangle {
                    x: 4
                    width: 2
                    height: parent.height
                    color: Theme.mutedText
                    opacity: 0.5
                }
                MarkdownView {
                    id: thoughts
                    x: 16
                    width: parent.width - x
                    opacity: 0.75
                    viewport: root.ListView.view
                    asyncFrom: 0
                    blocks: root.showReasoning ? App.session.messages.reasoningBlocks(root.row) : null
                }
            }
        }

        // Edit and resend: a new branch from here; the original stays.
        Loader {
            id: editorLoader
            // Set by the editor when made (null again once it is destroyed).
            property TextArea editor: null
            active: root.editing
            visible: active
            Layout.fillWidth: true
            sourceComponent: ColumnLayout {
                spacing: 6
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(editor.implicitHeight + 4, 240)
                    TextArea {
                        id: editor
                        objectName: "messageEditor"
                        Component.onCompleted: editorLoader.editor = editor
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        color: Theme.text
                        background: Rectangle { radius: Theme.radius; color: Theme.userBubble; border.color: Theme.accent }
                        Accessible.name: qsTr("Edit your message")
                        Keys.onEscapePressed: root.stopEditing()
                        Keys.onPressed: event => {
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                    && !(event.modifiers & Qt.ShiftModifier) && !inputMethodComposing) {
                                event.accepted = true
                                root.resend()
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button { text: qsTr("Cancel"); flat: true; onClicked: root.stopEditing() }
                    PrimaryButton {
                        objectName: "resendButton"
                        text: qsTr("Send")
                        enabled: editor.text.trim().length > 0 && !App.session.busy
                        onClicked: root.resend()
                    }
                }
            }
        }

        AttachmentChips {
            objectName: "messageAttachments"
            visible: root.attachments.length > 0
            // The user's files sit on the right, as the bubble does, while
            // they fit on one row; more wrap in reading order, from the left.
            Layout.fillWidth: !root.isUser
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: root.isUser ? Math.ceil(rowWidth) + 1 : -1
            Layout.maximumWidth: parent.width
            rows: root.editing ? root.editFiles : root.attachments
            removable: root.editing
            onRemoveRequested: index => {
                root.editFiles = root.editFiles.filter((f, i) => i !== index)
                // The × went with its chip: the keys go back to the text.
                if (editorLoader.editor)
                    editorLoader.editor.forceActiveFocus()
            }
            onOpenRequested: attachment => root.attachmentOpened(attachment)
        }

        Rectangle {
            id: bubble
            // A failed answer with no text shows only its status line.
            visible: !root.editing && (root.hasContent || root.streaming || (root.isUser && root.content.length > 0))
            Layout.alignment: root.isUser ? Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: root.isUser ? Math.min(body.implicitWidth + 28, column.width * 0.85) : column.width
            implicitHeight: root.isUser ? body.implicitHeight + 20 : Math.max(answer.implicitHeight, 20) + 4
            radius: Theme.radius
            color: root.isUser ? Theme.userBubble : "transparent"

            // The user's words stay literal; answers render as Markdown blocks.
            SelectableText {
                id: body
                visible: root.isUser
                x: 14
                y: 10
                width: bubble.width - 28
                textRange: root.isUser ? root.textRange : null
                rangeRow: root.row
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSize
                textFormat: TextEdit.PlainText
                // Bound only for the user's rows: an answer's text streams into
                // its blocks, and a hidden item must not re-lay it out per frame.
                text: root.isUser ? root.content : ""
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            MarkdownView {
                id: answer
                visible: !root.isUser
                y: 2
                width: bubble.width
                viewport: root.ListView.view
                textRange: root.textRange
                row: root.row
                blocks: root.isUser ? null : root.blocks
            }
            Label {
                visible: !root.isUser && root.streaming && !root.hasContent
                text: "…"
                color: Theme.mutedText
            }
        }

        // Under the user's message: its versions and Edit.
        RowLayout {
            visible: root.isUser && !root.editing
            Layout.alignment: Qt.AlignRight
            spacing: 4
            Loader {
                active: root.siblingCount > 1
                visible: active
                sourceComponent: BranchSwitcher { messageId: root.messageId; index: root.siblingIndex; count: root.siblingCount }
            }
            Button {
                objectName: "editButton"
                text: qsTr("Edit")
                flat: true
                enabled: !App.session.busy
                font.pixelSize: Theme.smallFontSize
                Accessible.name: qsTr("Edit and resend this message")
                onClicked: root.startEditing()
            }
        }

        RowLayout {
            visible: !root.isUser && (root.status !== Chat.Complete || root.details.length > 0 || root.siblingCount > 1)
            spacing: 8
            Loader {
                active: root.siblingCount > 1
                visible: active
                sourceComponent: BranchSwitcher {
                    messageId: root.messageId; index: root.siblingIndex; count: root.siblingCount
                    comparable: true
                    onCompareRequested: root.compareRequested(root.messageId)
                }
            }
            Rectangle {
                // A quiet pulse while the answer streams.
                visible: root.streaming
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: Theme.accent
                SequentialAnimation on opacity {
                    running: root.streaming
                    loops: Animation.Infinite
                    NumberAnimation { from: 1; to: 0.25; duration: 600 }
                    NumberAnimation { from: 0.25; to: 1; duration: 600 }
                }
            }
            Label {
                visible: root.status !== Chat.Complete && root.status !== Chat.Streaming
                text: root.status === Chat.Stopped ? qsTr("Stopped")
                    : root.status === Chat.Interrupted ? qsTr("Interrupted")
                    : qsTr("Error")
                color: root.status === Chat.Error ? Theme.errorText : Theme.warning
                font.pixelSize: Theme.smallFontSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: root.status === Chat.Complete || root.streaming ? root.details : root.error
                color: root.status === Chat.Error ? Theme.errorText : Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Button {
                id: copyAnswerButton
                objectName: "copyAnswerButton"
                visible: !root.streaming && root.hasContent
                text: copiedAnswer.running ? qsTr("Copied") : qsTr("Copy")
                flat: true
                font.pixelSize: Theme.smallFontSize
                Accessible.name: qsTr("Copy the answer")
                // Made when asked for: a menu per answer would be made on every scroll.
                onClicked: (copyMenu.createObject(copyAnswerButton) as Menu).popup()
                Component {
                    id: copyMenu
                    Menu {
                        onClosed: destroy()
                        MenuItem {
                            objectName: "copyMarkdown"
                            text: qsTr("As Markdown")
                            onTriggered: if (App.clipboard.copyAnswer(root.messageId, false)) copiedAnswer.restart()
                        }
                        MenuItem {
                            objectName: "copyPlainText"
                            text: qsTr("As plain text")
                            onTriggered: if (App.clipboard.copyAnswer(root.messageId, true)) copiedAnswer.restart()
                        }
                    }
                }
                Timer {
                    id: copiedAnswer
                    interval: 1500
                }
            }
            // The exact request, to reproduce the answer from a shell.
            Button {
                objectName: "curlButton"
                visible: !root.streaming && root.replayable
                text: copied.running ? qsTr("Copied") : qsTr("Copy as curl")
                flat: true
                font.pixelSize: Theme.smallFontSize
                Accessible.name: qsTr("Copy the request as a curl command (the key is left out)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The request that made this answer, as a curl command; the key reads $INKWELL_API_KEY")
                onClicked: if (App.clipboard.copyRequestAsCurl(root.messageId)) copied.restart()
                Timer {
                    id: copied
                    interval: 1500
                }
            }
            // Another answer beside this one (Ctrl+R); this one stays a branch.
            Button {
                objectName: "regenerateButton"
                visible: root.isLast && !root.streaming && !App.session.busy
                // A click must not leave the keyboard to the list when the
                // button goes (it would show the list's cursor).
                focusPolicy: Qt.TabFocus
                text: qsTr("Regenerate")
                flat: true
                font.pixelSize: Theme.smallFontSize
                Accessible.name: qsTr("Write another answer (Ctrl+R)")
                onClicked: App.session.regenerate()
            }
            // Cut short (dropped, stopped, or the token limit): carry on from here.
            Button {
                objectName: "continueButton"
                visible: root.isLast && App.session.canContinue
                focusPolicy: Qt.TabFocus  // as Regenerate's
                text: qsTr("Continue")
                flat: true
                font.pixelSize: Theme.smallFontSize
                font.weight: Font.DemiBold
                palette.buttonText: Theme.accent
                Accessible.name: qsTr("Continue this answer")
                onClicked: App.session.continueAnswer()
            }
        }
    }
}
