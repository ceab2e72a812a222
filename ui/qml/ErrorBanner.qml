// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

Rectangle {
    id: root
    property alias text: message.text
    property bool canRetry: false
    signal retry()
    signal dismiss()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.errorBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Label {
            id: message
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.errorText
            textFormat: Text.PlainText
        }
        Button {
            visible: root.canRetry
            text: qsTr("Retry")
            onClicked: root.retry()
        }
        IconButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.dismiss()
        }
    }
}
