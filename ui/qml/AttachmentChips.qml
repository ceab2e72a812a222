// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Files as chips: a thumbnail (images) or a page glyph (documents), the
// name and the size. A click opens them (AttachmentViewer); in the
// composer and a draft's sources they can be removed too.
Flow {
    id: root
    property var rows: []  // [AttachmentRow]
    property bool removable: false
    // A click opens the file (AttachmentViewer), where someone listens.
    property bool openable: true
    // The server reads PDFs sent whole: a PDF chip offers to send it so.
    property bool offerWhole: false
    readonly property int chipHeight: Math.round(Theme.fontSize * 3.6)
    // The chips side by side on one row: what a right-aligned list of them
    // takes before it wraps.
    readonly property real rowWidth: {
        let w = 0
        for (let i = 0; i < chipRepeater.count; ++i) {
            const chip = chipRepeater.itemAt(i) as Rectangle
            if (chip)
                w += chip.implicitWidth + (i > 0 ? spacing : 0)
        }
        return w
    }
    signal removeRequested(int index)
    signal wholeRequested(int index, bool whole)
    signal openRequested(var row)
    spacing: 6

    Repeater {
        id: chipRepeater
        model: root.rows
        delegate: Rectangle {
            id: chip
            required property var modelData
            required property int index
            objectName: "attachmentChip"
            implicitWidth: chipRow.implicitWidth + 12
            width: Math.min(implicitWidth, Math.max(root.width, 120))
            height: root.chipHeight
            radius: Theme.radius - 2
            color: open.containsMouse ? Theme.sidebarSelected : Theme.sidebarHover
            border.color: Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: modelData.name + ", " + (modelData.reading ? qsTr("reading…") : modelData.sizeText)

            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered
            ToolTip.delay: 600
            ToolTip.text: chip.modelData.name
            RowLayout {
                id: chipRow
                anchors.fill: parent
                anchors.margins: 4
                anchors.rightMargin: 8
                spacing: 8

                Rectangle {
                    Layout.preferredWidth: root.chipHeight - 8
                    Layout.preferredHeight: root.chipHeight - 8
                    radius: 4
                    color: Theme.window
                    clip: true
                    Image {
                        anchors.fill: parent
                        visible: chip.modelData.isImage
                        source: chip.modelData.isImage ? chip.modelData.source : ""
                        // Fixed, not the item's size (0 at first): one decode, small.
                        sourceSize.width: root.chipHeight * 2
                        sourceSize.height: root.chipHeight * 2
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                    }
                    BusyIndicator {
                        anchors.fill: parent
                        visible: chip.modelData.reading
                        running: visible
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: !chip.modelData.isImage && !chip.modelData.reading
                        text: "📄"
                        font.pixelSize: Theme.fontSize + 6
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Layout.maximumWidth: Theme.fontSize * 14
                    Label {
                        Layout.fillWidth: true
                        text: chip.modelData.name
                        elide: Text.ElideMiddle
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                    }
                    RowLayout {
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            text: chip.modelData.reading ? qsTr("Reading…") : chip.modelData.sizeText
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallFontSize - 1
                            elide: Text.ElideRight
                        }
                        // How a PDF goes: its text, or the file itself
                        // (a click switches, where the server reads PDFs).
                        Label {
                            id: howSent
                            objectName: "pdfHowSent"
                            readonly property bool switchable: root.removable && root.offerWhole
                                                               && !chip.modelData.scanned
                            visible: chip.modelData.isPdf && !chip.modelData.reading
                                     && (chip.modelData.whole || switchable)
                            text: chip.modelData.whole ? qsTr("whole PDF") : qsTr("as text")
                            color: switchable ? Theme.link : Theme.mutedText
                            font.pixelSize: Theme.smallFontSize - 1
                            font.underline: switchable && howSentArea.containsMouse
                            Accessible.role: switchable ? Accessible.Button : Accessible.StaticText
                            Accessible.name: chip.modelData.whole ? qsTr("Sent as the whole PDF; send its text instead")
                                                                  : qsTr("Sent as text; send the whole PDF instead")
                            ToolTip.visible: howSentArea.containsMouse
                            ToolTip.delay: 400
                            ToolTip.text: chip.modelData.scanned
                                          ? qsTr("A scanned PDF has no text: it goes as the file itself.")
                                          : !switchable
                                            ? qsTr("The PDF itself goes: the server reads its pages, pictures and layout too.")
                                          : chip.modelData.whole
                                            ? qsTr("The server reads the PDF itself, pictures and layout too. Click to send only its text (fewer tokens).")
                                            : qsTr("Only the PDF's text goes. Click to send the file itself: the server reads its pictures and layout too.")
                            MouseArea {
                                id: howSentArea
                                anchors.fill: parent
                                anchors.margins: -4
                                hoverEnabled: true
                                enabled: howSent.visible
                                cursorShape: howSent.switchable ? Qt.PointingHandCursor : Qt.ArrowCursor
                                onClicked: if (howSent.switchable)
                                               root.wholeRequested(chip.index, !chip.modelData.whole)
                            }
                        }
                    }
                }
                IconButton {
                    visible: root.removable
                    objectName: "removeAttachment"
                    text: "×"
                    implicitWidth: 24
                    implicitHeight: 24
                    onClicked: root.removeRequested(chip.index)
                    Accessible.name: qsTr("Remove %1").arg(chip.modelData.name)
                    ToolTip.text: qsTr("Remove")
                }
            }
            // Last of the chip's children (childAt takes the last one at a
            // point): the message list's text selection sees a control here
            // and lets the click through. Under the chip's own buttons
            // (remove, how a PDF goes) where it has them.
            MouseArea {
                id: open
                objectName: "openAttachment"
                anchors.fill: parent
                z: root.removable ? -1 : 0
                enabled: root.openable && !chip.modelData.reading
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: root.openRequested(chip.modelData)
            }
        }
    }
}
