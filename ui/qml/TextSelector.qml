// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Inkwell

// Selecting text with the mouse across the messages of a list: a press on
// text (or beside it) starts a TextRange, a drag moves its end, past the
// top or bottom the list scrolls; a double click takes a word, a third
// click the paragraph, Shift+click extends, the right button offers Copy;
// a click on a link opens it. It lies over the list's viewport; presses on
// buttons, editors and the list's own controls pass through to them.
MouseArea {
    id: root
    required property ListView view
    required property TextRange textRange
    signal pressedText()
    signal scrolled()  // by a drag past the top or bottom

    parent: view
    anchors.fill: parent
    z: 1
    acceptedButtons: Qt.LeftButton | Qt.RightButton
    preventStealing: true
    property bool selecting: false
    property real lastDoubleClick: 0
    property point lastDoubleClickAt

    // A selectable text item of the list: a SelectableText in the range.
    function isRangeText(item) {
        return item.inRange === true
    }
    // Something that takes its own clicks: a control, a mouse area, an editor.
    function takesClicks(item) {
        return item.pressed !== undefined || item.clickable === true
            || (item.selectByMouse !== undefined && !isRangeText(item))
    }
    function hitIn(item, point) {
        return { item: item, row: item.rangeRow, block: item.rangeBlock,
                 pos: item.positionAt(point.x, point.y), link: item.linkAt(point.x, point.y) }
    }
    // The text under a point of the view, or the nearest in that message
    // (beside a paragraph, in a gap); null where there is none, and
    // { takesClicks: true } over a control.
    function textAt(x, y) {
        let row = view.indexAt(x + view.contentX, y + view.contentY)
        if (row < 0)  // between two messages
            row = view.indexAt(x + view.contentX, y + view.contentY - view.spacing)
        const delegate = row >= 0 ? view.itemAtIndex(row) : null
        if (!delegate)
            return null
        let node = delegate
        let point = delegate.mapFromItem(view, x, y)
        while (node) {
            if (takesClicks(node))
                return { takesClicks: true }
            if (isRangeText(node))
                return hitIn(node, point)
            const child = node.childAt(point.x, point.y)
            if (!child)
                break
            point = child.mapFromItem(node, point.x, point.y)
            node = child
        }
        return nearestText(delegate, x, y)
    }
    function nearestText(delegate, x, y) {
        let best = null
        let bestDistance = Infinity
        const visit = node => {
            for (let i = 0; i < node.children.length; ++i) {
                const child = node.children[i]
                if (!child.visible)
                    continue
                if (!isRangeText(child)) {
                    visit(child)
                    continue
                }
                const p = child.mapFromItem(view, x, y)
                const distance = p.y < 0 ? -p.y : Math.max(0, p.y - child.height)
                if (distance < bestDistance) {
                    bestDistance = distance
                    best = { item: child, x: Math.max(0, Math.min(child.width - 1, p.x)),
                             y: Math.max(0, Math.min(child.height - 1, p.y)) }
                }
            }
        }
        visit(delegate)
        if (!best)
            return null
        const hit = hitIn(best.item, Qt.point(best.x, best.y))
        hit.link = ""  // beside a link is not on it
        return hit
    }
    // The moving end follows the pointer; below the last message it takes
    // the end of everything.
    function extendTo(x, y) {
        const inside = Math.max(0, Math.min(height - 1, y))
        const hit = textAt(x, inside)
        if (hit && !hit.takesClicks)
            textRange.moveHead(hit.row, hit.block, hit.pos)
        else if (!hit && inside + view.contentY >= view.originY + view.contentHeight)
            textRange.moveHead(view.count - 1, 1e6, textRange.kEnd)
    }

    onPressed: mouse => {
        const hit = textAt(mouse.x, mouse.y)
        if (hit && !hit.takesClicks && hit.link.length > 0 && mouse.button === Qt.LeftButton) {
            // A text item that does not select by itself ignores presses, so
            // its links are clicked here: opened on release over the same link.
            pressedLink = hit.link
            return
        }
        if (!hit || hit.takesClicks || hit.link.length > 0) {
            if (!hit && mouse.button === Qt.LeftButton)
                textRange.clear()
            mouse.accepted = false
            return
        }
        pressedText()
        if (mouse.button === Qt.RightButton) {
            menu.popup()
            return
        }
        const again = Date.now() - lastDoubleClick < Qt.styleHints.mouseDoubleClickInterval
            && Math.abs(mouse.x - lastDoubleClickAt.x) + Math.abs(mouse.y - lastDoubleClickAt.y) < Qt.styleHints.startDragDistance
        if (again && !(mouse.modifiers & Qt.ShiftModifier)) {
            textRange.start(hit.row, hit.block, 0)  // a third click: the paragraph
            textRange.moveHead(hit.row, hit.block, textRange.kEnd)
            return
        }
        if ((mouse.modifiers & Qt.ShiftModifier) && textRange.active)
            textRange.moveHead(hit.row, hit.block, hit.pos)
        else
            textRange.start(hit.row, hit.block, hit.pos)
        selecting = true
    }
    onPositionChanged: mouse => { if (selecting) extendTo(mouse.x, mouse.y) }
    property string pressedLink
    onReleased: mouse => {
        selecting = false
        const hit = pressedLink.length > 0 ? textAt(mouse.x, mouse.y) : null
        if (hit && !hit.takesClicks && hit.link === pressedLink)
            hit.item.linkActivated(pressedLink)
        pressedLink = ""
    }
    onCanceled: {
        selecting = false
        pressedLink = ""
    }
    onDoubleClicked: mouse => {
        const hit = textAt(mouse.x, mouse.y)
        if (!hit || hit.takesClicks || mouse.button !== Qt.LeftButton)
            return
        selecting = false
        lastDoubleClick = Date.now()
        lastDoubleClickAt = Qt.point(mouse.x, mouse.y)
        hit.item.cursorPosition = hit.pos
        hit.item.selectWord()
        const word = [hit.item.selectionStart, hit.item.selectionEnd]  // start() redraws the item
        textRange.start(hit.row, hit.block, word[0])
        textRange.moveHead(hit.row, hit.block, word[1])
    }

    // Dragging past the top or bottom scrolls, faster the further out.
    Timer {
        interval: 16
        repeat: true
        running: root.selecting && (root.mouseY < 0 || root.mouseY > root.height)
        onTriggered: {
            const out = root.mouseY < 0 ? root.mouseY : root.mouseY - root.height
            const step = Math.max(-60, Math.min(60, out / 2))
            const top = root.view.originY - root.view.topMargin
            const bottom = Math.max(top, root.view.originY + root.view.contentHeight + root.view.bottomMargin - root.view.height)
            root.view.contentY = Math.max(top, Math.min(bottom, root.view.contentY + step))
            root.scrolled()
            root.extendTo(root.mouseX, root.mouseY)
        }
    }

    Menu {
        id: menu
        MenuItem {
            text: qsTr("Copy")
            enabled: !root.textRange.empty
            onTriggered: root.textRange.copy()
        }
    }
}
