// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A request failed before any answer text and goes again after a wait: say
// why and for how long, and let the user stop waiting.
Rectangle {
    id: root
    objectName: "retryBanner"
    property string text: App.session.retryText
    signal cancel()
    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.sidebar
    border.color: Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        BusyIndicator {
            running: root.visible
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            textFormat: Text.PlainText
            text: root.text
        }
        Button {
            text: qsTr("Cancel")
            onClicked: root.cancel()
        }
    }
}
