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
    // not on every pixel of a scroll (the margins cover the rounding). A turn
    // of the event loop late, as loading a block moves the list.
    property real viewTop  // 0 until the Binding below sets it
    Binding on viewTop {
        delayed: true
        restoreMode: Binding.RestoreNone
        value: {
            if (!root.viewport)
                return 0
            root.viewport.contentY; root.viewport.contentHeight  // what moves it
            const step = Math.max(1, root.viewHeight / 4)
            return Math.floor(root.mapFromItem(root.viewport, 0, 0).y / step) * step
        }
    }
    readonly property real viewHeight: viewport ? viewport.height : 1e9

    // Blocks from this one on are made between frames, a slice at a time,
    // rather than all at once inside one frame: an answer that streams sets
    // it (to 0) once. Not bound to the stream's state: flipping the loaders of
    // a long answer's 800 blocks when it ended cost the frame 2–4 ms.
    property int asyncFrom: 1e9
    // In the message list: its selection across messages, and this answer's row.
    property TextRange textRange: null
    property int row: -1

    Repeater {
        id: repeater
        delegate: Item {
            id: block
            required property string kind
            required property string html
            required property string code
            required property string language
            required property string highlighted
            required property string title
            required property int index

            // Blocks well off screen are unloaded and keep the height they had
            // (or a guess from their length, before they were ever shown), so
            // that they cost neither nodes to draw nor objects to collect.
            // `near` reads where the column placed the block and its height a
            // turn of the event loop late: loading a block changes both.
            property real placedY
            Binding on placedY {
                value: block.y
                delayed: true
                restoreMode: Binding.RestoreNone
            }
            readonly property bool near: block.placedY + block.keptHeight >= root.viewTop - root.viewHeight
                                         && block.placedY <= root.viewTop + 2 * root.viewHeight
            readonly property real guessedHeight: {
                // Before the column has its width, the view's: a guess made
                // for a zero width was many times too tall.
                const width = root.width > 0 ? root.width : root.viewport ? root.viewport.width * 0.8 : 600
                const perLine = Math.max(20, width / (Theme.fontSize * 0.6))
                const length = block.kind === "code" ? block.code.length : block.html.length * 0.7
                return Math.ceil(length / perLine + 1) * Theme.fontSize * 1.5
            }
            readonly property real shownHeight: loader.item ? (loader.item as Item).implicitHeight : 0
            // The height it had when last shown; 0 until it has been. (A
            // Binding whose value read its own target left a block that was
            // never shown at 0 high, not at its guess: every block of a new
            // delegate then sat at the column's top.)
            property real lastShownHeight
            Binding on lastShownHeight {
                // Not `when: loader.item`: a change of `when` is applied at once.
                value: loader.item ? block.shownHeight : block.lastShownHeight
                delayed: true
                restoreMode: Binding.RestoreNone
            }
            readonly property real keptHeight: lastShownHeight > 0 ? lastShownHeight : guessedHeight

            width: root.width
            implicitHeight: loader.item ? shownHeight : keptHeight

            Loader {
                id: loader
                width: parent.width
                // Not before the column has its width: text laid out at width
                // 0 wraps after every character, thousands of pixels tall, and
                // a message that grows by that much pushes the ones below it
                // out of the list.
                active: block.near && root.width > 0
                asynchronous: block.index >= root.asyncFrom
                sourceComponent: block.kind === "code" ? codeComponent
                               : block.kind === "rule" ? ruleComponent
                               : block.kind === "quote" ? quoteComponent : textComponent
            }
            // A block removed while its item is still being made between
            // frames (a new chat opened as an answer ends) stops that first:
            // otherwise its context went before the loader did, and the
            // incubation ended in "Object or context destroyed" warnings.
            Component.onDestruction: loader.active = false
            Component {
                id: textComponent
                TextBlock { html: block.html; textRange: root.textRange; rangeRow: root.row; rangeBlock: block.index }
            }
            Component {
                id: codeComponent
                CodeBlock {
                    code: block.code; language: block.language; highlighted: block.highlighted; title: block.title
                    textRange: root.textRange; rangeRow: root.row; rangeBlock: block.index
                }
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
                        textRange: root.textRange
                        rangeRow: root.row
                        rangeBlock: block.index
                    }
                }
            }
        }
    }
}
