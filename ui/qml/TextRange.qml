// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Inkwell

// A selection of text across messages, made with the mouse. Its ends are
// points of the conversation, not of items: a row, a block in it (0 for the
// user's text) and a character in the block, so the selection outlives the
// text items the list unloads while it scrolls.
QtObject {
    property int anchorRow: -1
    property int anchorBlock: 0
    property int anchorPos: 0
    property int headRow: -1
    property int headBlock: 0
    property int headPos: 0

    readonly property bool active: anchorRow >= 0
    readonly property bool empty: !active
        || (anchorRow === headRow && anchorBlock === headBlock && anchorPos === headPos)
    readonly property bool forward: anchorRow !== headRow ? anchorRow < headRow
        : anchorBlock !== headBlock ? anchorBlock < headBlock : anchorPos <= headPos
    readonly property int firstRow: forward ? anchorRow : headRow
    readonly property int firstBlock: forward ? anchorBlock : headBlock
    readonly property int firstPos: forward ? anchorPos : headPos
    readonly property int lastRow: forward ? headRow : anchorRow
    readonly property int lastBlock: forward ? headBlock : anchorBlock
    readonly property int lastPos: forward ? headPos : anchorPos

    function start(row, block, pos) {
        anchorRow = row; anchorBlock = block; anchorPos = pos
        moveHead(row, block, pos)
    }
    function moveHead(row, block, pos) {
        headRow = row; headBlock = block; headPos = pos
    }
    function clear() {
        anchorRow = -1
        headRow = -1
    }

    // Whether block `block` of row `row` is inside the selection at all.
    function covers(row, block) {
        if (empty || row < firstRow || row > lastRow)
            return false
        return !(row === firstRow && block < firstBlock) && !(row === lastRow && block > lastBlock)
    }
    // The selected characters of that block, [startIn, endIn), -1 for none;
    // kEnd for "to its end" (the block's text item knows its length).
    readonly property int kEnd: 1e9
    function startIn(row, block) {
        if (!covers(row, block))
            return -1
        return row === firstRow && block === firstBlock ? firstPos : 0
    }
    function endIn(row, block) {
        if (!covers(row, block))
            return -1
        return row === lastRow && block === lastBlock ? lastPos : kEnd
    }
    function copy() {
        return !empty && App.clipboard.copyText(firstRow, firstBlock, firstPos, lastRow, lastBlock, lastPos)
    }
}
