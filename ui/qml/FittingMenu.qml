// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item: the Basic style's is 200 pixels,
// which cut longer items ("删除文件夹（保…") and every item at large text.
Menu {
    id: root
    // The roles a menu and its items read, bound here: a menu made inside a
    // list's row before a theme switch kept the light ones (Qt 6.4 does not
    // pass the window's new palette on to it).
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.text: Theme.text
    palette.light: Theme.selection
    palette.midlight: Theme.border
    palette.mid: Theme.border
    palette.dark: Theme.accent
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.highlightedText
    width: {
        let widest = 0
        let padding = 0
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (!item || !item.contentItem)
                continue
            widest = Math.max(widest, item.contentItem.implicitWidth + (item.indicator ? item.indicator.width : 0)
                              + (item.arrow ? item.arrow.width : 0))
            padding = Math.max(padding, item.leftPadding + item.rightPadding)
        }
        return Math.max(200, widest + padding + leftPadding + rightPadding)
    }
}
