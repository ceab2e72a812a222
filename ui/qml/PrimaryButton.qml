// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Inkwell

// The one accent-coloured action of an area (New chat, Send, Add a server).
Button {
    id: control
    property bool quiet: false  // a secondary look, e.g. Stop while streaming
    implicitHeight: 38
    leftPadding: 16
    rightPadding: 16
    font.weight: Font.DemiBold
    contentItem: Label {
        text: control.text
        font: control.font
        // Disabled, it leaves the accent: a dimmed blue still reads as "press me" on dark.
        color: !control.enabled ? Theme.disabledText : control.quiet ? Theme.text : Theme.accentText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: !control.enabled ? Theme.sidebarHover
             : control.quiet ? (control.down ? Theme.border : Theme.sidebarSelected)
                             : (control.down ? Qt.darker(Theme.accent, 1.2)
                                             : control.hovered ? Qt.lighter(Theme.accent, 1.1) : Theme.accent)
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
