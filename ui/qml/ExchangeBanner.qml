// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Progress of an export or import with Cancel, then what came of it.
Rectangle {
    id: root
    readonly property ExchangeController exchange: App.exchange
    visible: exchange !== null && (exchange.busy || exchange.status.length > 0)
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: exchange && exchange.failed ? Theme.errorBackground : Theme.sidebar
    Accessible.role: Accessible.StatusBar
    Accessible.name: status.text

    // What came of an export or import belongs to the conversation where it
    // ended: opening another one (or a new chat) puts it away. Progress stays
    // in view wherever the user goes.
    property double madeIn: 0
    Connections {
        target: root.exchange
        function onStatusChanged() {
            if (root.exchange.status.length > 0)
                root.madeIn = App.session.conversationId
        }
    }
    Connections {
        target: App.session
        function onConversationChanged() {
            if (root.exchange && !root.exchange.busy && root.exchange.status.length > 0
                    && App.session.conversationId !== root.madeIn)
                root.exchange.clearStatus()
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ProgressBar {
            visible: root.exchange && root.exchange.busy
            Layout.preferredWidth: 160
            from: 0
            to: 1
            value: root.exchange ? root.exchange.progress : 0
            indeterminate: root.exchange && root.exchange.busy && root.exchange.progress <= 0
        }
        Label {
            id: status
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: root.exchange && root.exchange.failed ? Theme.errorText : Theme.text
            text: !root.exchange ? "" : root.exchange.busy && root.exchange.status.length === 0 ? qsTr("Working…") : root.exchange.status
        }
        Button {
            visible: root.exchange && root.exchange.cancellable
            text: qsTr("Cancel")
            onClicked: root.exchange.cancel()
        }
        IconButton {
            visible: root.exchange && !root.exchange.busy
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.exchange.clearStatus()
        }
    }
}
