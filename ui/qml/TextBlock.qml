// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Inkwell

// One rendered Markdown block (paragraph, heading, list, table): selectable,
// links open in the browser only when clicked.
SelectableText {
    id: root
    property string html
    property color baseColor: Theme.text

    wrapMode: TextEdit.Wrap
    textFormat: TextEdit.RichText
    color: baseColor
    font.pixelSize: Theme.fontSize
    // Inline code gets a tinted background and links the theme's colour
    // (Qt's rich text takes neither from the palette); the renderer is
    // theme-agnostic.
    text: html.replace(/<code>/g, "<code style=\"background-color:" + Theme.codeBackground + "\">")
              .replace(/<a href=/g, "<a style=\"color:" + Theme.link + "\" href=")
    onLinkActivated: (link) => Qt.openUrlExternally(link)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.getText(0, root.length)
}
