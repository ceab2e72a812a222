// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A sent file opened: a picture at full size (fit to the window, wheel or
// the buttons to zoom, drag to move), or a document's text as the model
// was given it; either can be saved where the user chooses.
Dialog {
    id: root
    objectName: "attachmentViewer"
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width - 80 : 800
    height: parent ? parent.height - 80 : 600
    padding: 12
    title: row ? row.name : ""

    property var row: null  // AttachmentRow
    // Where the file's text and bytes come from: the store (App.session), or
    // the composer's files not sent yet (App.session.attachments); both have
    // attachmentText(key) and saveAttachment(key, url).
    property var files: App.session
    property string documentText: ""
    property real zoom: 1
    property bool fit: true

    function show(attachment) {
        row = attachment
        fit = true
        zoom = 1
        // A long document is shown in its first 200,000 characters: laying
        // out megabytes of text would hold the window (Save as has it all).
        const text = attachment.isImage ? "" : root.files.attachmentText(attachment.key)
        documentText = text.length > 200000
            ? text.slice(0, 200000) + "\n\n" + qsTr("[… %1 more characters; Save as has the whole file]").arg(text.length - 200000)
            : text
        open()
    }

    contentItem: ColumnLayout {
        spacing: 8
        Flickable {
            id: flick
            visible: root.row !== null && root.row.isImage
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: Math.max(width, picture.width)
            contentHeight: Math.max(height, picture.height)
            Image {
                id: picture
                anchors.centerIn: parent
                source: root.row && root.row.isImage ? root.row.source : ""
                asynchronous: true
                readonly property real fitScale: implicitWidth > 0
                    ? Math.min(1, flick.width / implicitWidth, flick.height / implicitHeight) : 1
                width: implicitWidth * (root.fit ? fitScale : root.zoom)
                height: implicitHeight * (root.fit ? fitScale : root.zoom)
                smooth: true
            }
            WheelHandler {
                acceptedModifiers: Qt.NoModifier | Qt.ControlModifier
                onWheel: event => {
                    root.zoom = Math.max(0.1, Math.min(8, (root.fit ? picture.fitScale : root.zoom)
                                                       * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15)))
                    root.fit = false
                }
            }
        }
        // A PDF with no text (scanned): nothing to show but why.
        Label {
            objectName: "noDocumentText"
            visible: root.row !== null && !root.row.isImage && root.documentText.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: qsTr("This file has no text layer (a scanned PDF): the server is given the PDF itself and reads its pages as pictures. Save as opens it elsewhere.")
            color: Theme.mutedText
        }
        ScrollView {
            visible: root.row !== null && !root.row.isImage && root.documentText.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth  // wrap at the view's width (no binding loop)
            TextArea {
                objectName: "attachmentText"
                readOnly: true
                selectByMouse: true
                wrapMode: TextArea.Wrap
                text: root.documentText
                color: Theme.text
                font.pixelSize: Theme.fontSize
                background: null
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.preferredWidth: 1  // what is left beside the buttons, elided
                elide: Text.ElideRight
                text: !root.row ? "" : root.row.isImage && picture.implicitWidth > 0
                      ? qsTr("%1 × %2 pixels · %3").arg(picture.implicitWidth).arg(picture.implicitHeight).arg(root.row.sizeText)
                      : root.row.sizeText
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Button {
                visible: root.row !== null && root.row.isImage
                text: qsTr("Fit")
                onClicked: root.fit = true
            }
            Button {
                visible: root.row !== null && root.row.isImage
                text: "100 %"
                onClicked: { root.zoom = 1; root.fit = false }
            }
            Button {
                text: qsTr("Save as…")
                onClicked: {
                    const name = root.row.name
                    saveAs.ask(name, root.row.fileSuffix, false)
                }
            }
            PrimaryButton {
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }

    SaveAsDialog {
        id: saveAs
        onChosen: target => root.files.saveAttachment(root.row.key, target)
    }
}
