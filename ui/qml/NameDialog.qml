// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Asks for a name (a new folder): Enter accepts, Esc cancels.
Dialog {
    id: root
    property string label
    property alias text: field.text
    signal chosen(string name)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 380, 380)
    modal: true
    onAboutToShow: { field.text = ""; field.forceActiveFocus() }
    onAccepted: if (field.text.trim().length > 0) chosen(field.text.trim())
    // Our own buttons, not standardButtons: those keep the words of the
    // language the dialog was made in (Qt 6.4 does not retranslate them).
    footer: DialogButtonBox {
        Button {
            text: qsTr("OK")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        Label { text: root.label; wrapMode: Text.Wrap; Layout.fillWidth: true; visible: root.label.length > 0 }
        TextField {
            id: field
            Layout.fillWidth: true
            placeholderText: qsTr("Folder name")
            Accessible.name: qsTr("Folder name")
            onAccepted: root.accept()
        }
    }
}
