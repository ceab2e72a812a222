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
        color: control.enabled ? Theme.mutedText : Theme.disabledText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 6
        color: control.down ? Theme.sidebarSelected : control.hovered ? Theme.sidebarHover : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
    // A press puts the tip away until the pointer leaves: it would cover what
    // the button opened (the Aa popup).
    property bool tipDismissed: false
    onPressed: tipDismissed = true
    onHoveredChanged: if (!hovered) tipDismissed = false
    ToolTip.visible: hovered && !tipDismissed && ToolTip.text.length > 0
    ToolTip.delay: 500
}
