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
    modal: true
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAboutToShow: { field.text = ""; field.forceActiveFocus() }
    onAccepted: if (field.text.trim().length > 0) chosen(field.text.trim())

    ColumnLayout {
        width: 320
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
