// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Inkwell

// A small glyph button that shows its shape only when hovered or focused.
ToolButton {
    id: control
    implicitWidth: 32
    implicitHeight: 32
    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 6
        color: control.down ? Theme.sidebarSelected : control.hovered ? Theme.sidebarHover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    ToolTip.visible: hovered && ToolTip.text.length > 0
    ToolTip.delay: 500
}
