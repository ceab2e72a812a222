// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Which conversations, which format; then where (SaveAsDialog).
Dialog {
    id: root
    title: qsTr("Export")
    modal: true
    // Wider with larger text, never wider than the window.
    width: Math.min(parent ? parent.width - 40 : 460, Math.max(460, Theme.fontSize * 34))
    parent: Overlay.overlay
    padding: 20
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAccepted: chooseTarget()
    background: Rectangle {
        radius: 12
        color: Theme.window
        border.color: Theme.border
    }

    readonly property var formats: [
        { key: "md", name: qsTr("Markdown (.md)"), filter: qsTr("Markdown (*.md)") },
        { key: "html", name: qsTr("Web page (.html)"), filter: qsTr("Web page (*.html)") },
        { key: "pdf", name: qsTr("PDF (.pdf)"), filter: qsTr("PDF (*.pdf)") },
        { key: "json", name: qsTr("Inkwell JSON, lossless (.json)"), filter: qsTr("Inkwell JSON (*.json)") },
        { key: "txt", name: qsTr("Plain text (.txt)"), filter: qsTr("Plain text (*.txt)") }
    ]
    readonly property string format: formats[formatBox.currentIndex].key
    readonly property bool everything: allConversations.checked
    // Ids ticked under "Some conversations", and their titles.
    property var picked: []
    property var titles: ({})
    readonly property var ids: everything ? [] : chosenConversations.checked ? picked : [App.session.conversationId]
    readonly property bool several: everything || (chosenConversations.checked && picked.length > 1)
    // One file, except several conversations in a text format: a folder of files.
    readonly property bool toFolder: several && format !== "json"

    // A sidebar folder's conversations, ticked, named after the folder.
    property string presetTitle: ""
    function openFor(ids, title) {
        presetTitle = title
        open()
        picked = ids
        chosenConversations.checked = true
    }
    onAboutToShow: picked = App.session.conversationId > 0 ? [App.session.conversationId] : []
    onClosed: presetTitle = ""
    // Bound, so that both follow a change of language (Qt's own texts would not).
    Component.onCompleted: {
        standardButton(Dialog.Ok).text = Qt.binding(() => qsTr("Choose where…"))
        standardButton(Dialog.Cancel).text = Qt.binding(() => qsTr("Cancel"))
    }
    onPickedChanged: standardButton(Dialog.Ok).enabled = !chosenConversations.checked || picked.length > 0

    function setPicked(id, on, title) {
        titles[id] = title
        const rest = picked.filter(x => x !== id)
        picked = on ? rest.concat([id]) : rest
    }
    function suggestedTitle() {
        if (presetTitle.length > 0)
            return presetTitle
        if (several)
            return qsTr("Inkwell conversations")
        if (chosenConversations.checked && picked.length === 1)
            return titles[picked[0]] ?? App.session.title
        return App.session.title
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        RadioButton {
            id: thisConversation
            text: qsTr("This conversation")
            enabled: App.session.conversationId > 0
            checked: App.session.conversationId > 0
        }
        RadioButton {
            id: chosenConversations
            objectName: "someConversations"
            text: qsTr("Some conversations")
            enabled: App.conversations.conversationCount > 1
            onCheckedChanged: root.pickedChanged()
        }
        Frame {
            visible: chosenConversations.checked
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(picker.contentHeight + 2 * padding, 220)
            padding: 2
            ListView {
                id: picker
                anchors.fill: parent
                clip: true
                // Made only while it is shown: a history of thousands would
                // otherwise be laid out behind a closed dialog.
                model: root.visible && chosenConversations.checked ? App.conversations : null
                ScrollBar.vertical: ScrollBar {}
                delegate: CheckDelegate {
                    required property double conversationId
                    required property string title
                    required property string kind
                    // The sidebar's list: its folder rows are not conversations.
                    visible: kind === "conversation"
                    height: visible ? implicitHeight : 0
                    width: ListView.view.width
                    text: title.length > 0 ? title : qsTr("Untitled conversation")
                    checked: root.picked.indexOf(conversationId) >= 0
                    onToggled: root.setPicked(conversationId, checked, title)
                }
            }
        }
        RadioButton {
            id: allConversations
            text: qsTr("All conversations")
            checked: App.session.conversationId <= 0
        }
        Label { text: qsTr("Format"); Layout.topMargin: 8 }
        ComboBox {
            id: formatBox
            Layout.fillWidth: true
            model: root.formats.map(f => f.name)
            Accessible.name: qsTr("Format")
        }
        CheckBox {
            id: allBranches
            Layout.fillWidth: true
            text: qsTr("Include every branch, not only the one shown")
            enabled: root.format !== "json"
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            text: root.format === "json" ? qsTr("Everything, every branch with its settings and timings: Inkwell can import it again.")
                : root.toFolder ? qsTr("One file per conversation, in a folder you choose.")
                : qsTr("Files are written whole or not at all.")
        }
    }

    function chooseTarget() {
        saveAs.ask(App.exchange.suggestedFileName(root.suggestedTitle(), root.format), root.format, root.toFolder)
    }

    function startExport(target) {
        App.exchange.exportConversations(root.ids, root.format, target, allBranches.checked)
    }

    SaveAsDialog {
        id: saveAs
        onChosen: target => root.startExport(target)
    }
}
