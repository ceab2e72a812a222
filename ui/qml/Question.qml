// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A question over the whole window, its answers as buttons on the right:
// unsaved edits, deleting. The answers are the buttons put inside it.
Dialog {
    id: question
    property string heading
    property string detail
    default property alias answers: answers.data
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 40 : 460)
    modal: true
    padding: 20
    focus: true
    background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
    header: Label {
        text: question.heading
        padding: 20
        bottomPadding: 0
        wrapMode: Text.Wrap
        font.pixelSize: Theme.titleFontSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    contentItem: Label {
        text: question.detail
        wrapMode: Text.Wrap
        color: Theme.text
    }
    footer: Control {
        padding: 20
        topPadding: 12
        contentItem: RowLayout {
            id: answers
            spacing: 8
            Item { Layout.fillWidth: true }
        }
    }
}
