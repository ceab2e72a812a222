// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Inkwell

// Read-only text. In the message list it shows its part of the list's
// selection across messages (textRange), which the list makes with the
// mouse; elsewhere it selects by itself.
TextEdit {
    id: root
    property TextRange textRange: null
    property int rangeRow: -1
    property int rangeBlock: 0
    readonly property bool inRange: textRange !== null  // what TextSelector looks for

    readOnly: true
    selectByMouse: textRange === null
    selectionColor: Theme.accent
    selectedTextColor: "white"

    // An I-beam over text, a hand over a link (a TextEdit that does not
    // select by itself would show an arrow).
    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }

    readonly property int rangeStart: textRange ? textRange.startIn(rangeRow, rangeBlock) : -1
    readonly property int rangeEnd: textRange ? textRange.endIn(rangeRow, rangeBlock) : -1
    onRangeStartChanged: showRange()
    onRangeEndChanged: showRange()
    // A streaming block keeps its part. (Selecting emits textChanged too.)
    onTextChanged: if (rangeStart >= 0) showRange()
    Component.onCompleted: showRange()
    property bool showing: false
    function showRange() {
        if (textRange === null || showing)
            return
        showing = true
        const start = Math.min(rangeStart, length)
        const end = Math.min(rangeEnd, length)
        if (start >= 0 && end > start)
            select(start, end)
        else if (selectionStart !== selectionEnd)
            deselect()
        showing = false
    }
}
