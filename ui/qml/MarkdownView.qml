// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Inkwell

// An answer as a column of blocks; see BlockListModel for why.
Column {
    id: root
    property alias blocks: repeater.model
    // The list this answer scrolls in. Blocks well outside it are hidden, so
    // that a frame's cost does not grow with the length of the answer: the
    // renderer visits every visible item's nodes on every frame.
    property Flickable viewport
    spacing: 10

    // The viewport's top in this column's coordinates, rounded down to a
    // quarter screen: the blocks' bindings below then run when it crosses one,
    // not on every pixel of a scroll (the margins cover the rounding).
    readonly property real viewTop: {
        if (!viewport)
            return 0
        viewport.contentY; viewport.contentHeight; root.height  // what moves it
        const step = Math.max(1, viewHeight / 4)
        return Math.floor(root.mapFromItem(viewport, 0, 0).y / step) * step
    }
    readonly property real viewHeight: viewport ? viewport.height : 1e9

    Repeater {
        id: repeater
        delegate: Item {
            id: block
            required property string kind
            required property string html
            required property string code
            required property string language
            required property string highlighted

            width: root.width
            implicitHeight: loader.item ? loader.item.implicitHeight : 0

            Loader {
                id: loader
                width: parent.width
                // A screen of margin each way: scrolling shows them already drawn.
                visible: block.y + block.height >= root.viewTop - root.viewHeight
                         && block.y <= root.viewTop + 2 * root.viewHeight
                sourceComponent: block.kind === "code" ? codeComponent
                               : block.kind === "rule" ? ruleComponent
                               : block.kind === "quote" ? quoteComponent : textComponent
            }
            Component {
                id: textComponent
                TextBlock { html: block.html }
            }
            Component {
                id: codeComponent
                CodeBlock { code: block.code; language: block.language; highlighted: block.highlighted }
            }
            Component {
                id: ruleComponent
                Item {
                    implicitHeight: 9
                    Rectangle { anchors.centerIn: parent; width: parent.width; height: 1; color: Theme.border }
                }
            }
            Component {
                id: quoteComponent
                Item {
                    implicitHeight: quoteText.implicitHeight
                    Rectangle { width: 3; height: parent.height; radius: 1.5; color: Theme.border }
                    TextBlock {
                        id: quoteText
                        x: 14
                        width: parent.width - 14
                        html: block.html
                        baseColor: Theme.mutedText
                    }
                }
            }
        }
    }
}
