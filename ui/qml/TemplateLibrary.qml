// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Inkwell

// The template library: search, category filter, and every template as a
// card to use, edit (yours), view (built-in), copy, export or delete.
Item {
    id: root
    signal useRequested(string key)
    signal editRequested(string key)
    readonly property var templates: App.templates
    function focusSearch() { search.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 52
            color: Theme.window
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing * 1.5
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing
                Label {
                    text: qsTr("Templates")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize + 2
                    font.weight: Font.DemiBold
                }
                TextField {
                    id: search
                    objectName: "templateSearch"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 320
                    placeholderText: qsTr("Search templates")
                    onTextChanged: root.templates.model.query = text
                    Accessible.name: qsTr("Search templates")
                    Keys.onDownPressed: grid.forceActiveFocus()
                }
                ComboBox {
                    id: category
                    objectName: "categoryFilter"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: [qsTr("All categories")].concat(root.templates.model.categories)
                    onActivated: root.templates.model.category = currentIndex === 0 ? "" : currentText
                    Accessible.name: qsTr("Category")
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Import…")
                    flat: true
                    onClicked: importDialog.open()
                    Accessible.name: qsTr("Import template files")
                }
                PrimaryButton {
                    objectName: "newTemplateButton"
                    text: qsTr("New template")
                    onClicked: root.editRequested("")
                }
            }
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: root.templates.undoName.length > 0 || root.templates.message.length > 0
            implicitHeight: notice.implicitHeight + 16
            radius: 8
            color: Theme.sidebar
            RowLayout {
                id: notice
                anchors.fill: parent
                anchors.margins: 8
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.text
                    text: root.templates.undoName.length > 0 ? qsTr("Deleted “%1”.").arg(root.templates.undoName)
                                                              : root.templates.message
                }
                Button {
                    objectName: "undoDeleteButton"
                    visible: root.templates.undoName.length > 0
                    text: qsTr("Undo")
                    onClicked: root.templates.undoRemove()
                }
                IconButton {
                    text: "✕"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: { root.templates.dismissUndo(); root.templates.reload() }
                }
            }
        }

        GridView {
            id: grid
            objectName: "templateGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            clip: true
            model: root.templates.model
            readonly property int columns: Math.max(1, Math.floor(width / 300))
            cellWidth: Math.floor(width / columns)
            cellHeight: 150
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Templates")
            Keys.onReturnPressed: if (currentIndex >= 0) root.useRequested(root.templates.model.keyAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) root.useRequested(root.templates.model.keyAt(currentIndex))

            delegate: TemplateCard {
                width: grid.cellWidth - 10
                height: grid.cellHeight - 10
                current: GridView.isCurrentItem && grid.activeFocus
                onUse: root.useRequested(key)
                onEdit: root.editRequested(key)
                onCopy: root.templates.duplicate(key)
                onExportRequested: { exportDialog.key = key; exportDialog.ask(root.templates.suggestedFileName(key), "md", false) }
                onRemove: root.templates.remove(key)
            }

            Label {
                anchors.centerIn: parent
                visible: grid.count === 0
                text: qsTr("No template matches.")
                color: Theme.mutedText
            }
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import templates")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Template files (*.md)"), qsTr("All files (*)")]
        currentFolder: App.exchange ? App.exchange.fileUrl(App.exchange.saveFolder) : ""
        onAccepted: root.templates.importFiles(selectedFiles.length > 0 ? selectedFiles : [selectedFile])
    }
    SaveAsDialog {
        id: exportDialog
        property string key: ""
        title: qsTr("Export template")
        onChosen: target => root.templates.exportTo(key, target)
    }
}
