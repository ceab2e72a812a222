// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The draft's history: every generation and save, what each changed against
// the current text, and Restore (which keeps the current text as a version).
Drawer {
    id: root
    edge: Qt.RightEdge
    width: Math.min(parent ? parent.width * 0.6 : 640, 720)
    height: parent ? parent.height : 600
    readonly property DraftsController drafts: App.drafts
    property double selectedId: 0  // the version compared with the text now
    background: Rectangle { color: Theme.window; border.color: Theme.border }

    onOpened: pick(0)
    function pick(row: int) {
        list.currentIndex = row
        selectedId = drafts.versions.idAt(row)
        drafts.compareWith(selectedId)
    }

    contentItem: RowLayout {
        spacing: 0
        ListView {
            id: list
            objectName: "versionList"
            Layout.preferredWidth: 230
            Layout.fillHeight: true
            clip: true
            model: root.drafts.versions
            keyNavigationEnabled: true
            Accessible.name: qsTr("Versions")
            header: Label {
                text: qsTr("History")
                padding: 12
                font.weight: Font.DemiBold
                color: Theme.text
            }
            delegate: ItemDelegate {
                id: versionItem
                required property double versionId
                required property int number
                required property string label
                required property string note
                required property string modelName
                required property string time
                required property int words
                required property int index
                width: ListView.view.width
                highlighted: root.selectedId === versionId
                onClicked: root.pick(index)
                Accessible.name: label + ", " + time
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: qsTr("Version %1").arg(versionItem.number) + "  ·  " + versionItem.label
                              + (versionItem.note.length > 0 ? " — " + versionItem.note : "")
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                    }
                    Label {
                        text: versionItem.time + "  ·  " + qsTr("%n word(s)", "", versionItem.words)
                              + (versionItem.modelName.length > 0 ? "  ·  " + versionItem.modelName : "")
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize - 1
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No versions yet")
                color: Theme.mutedText
            }
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 12
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.selectedId > 0
                          ? qsTr("From this version to now: %1, %2").arg(qsTr("%n line(s) added", "", root.drafts.change.added))
                                                                     .arg(qsTr("%n removed", "", root.drafts.change.removed))
                          : ""
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                PrimaryButton {
                    objectName: "restoreVersion"
                    enabled: root.selectedId > 0 && !root.drafts.busy
                    text: qsTr("Restore")
                    onClicked: { root.drafts.restore(root.selectedId); root.close() }
                }
            }
            ListView {
                objectName: "versionDiff"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.drafts.change
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: line
                    required property int change
                    required property string text
                    width: ListView.view.width
                    implicitHeight: diffLine.implicitHeight + 2
                    // Read as: what the version had (−) and what the text has now (+).
                    color: change === VersionDiffModel.Added ? (Theme.dark ? "#1f3b2a" : "#e6f4ea")
                         : change === VersionDiffModel.Removed ? (Theme.dark ? "#4a2227" : "#fdecec") : "transparent"
                    Label {
                        id: diffLine
                        width: parent.width
                        text: (line.change === VersionDiffModel.Added ? "+ " : line.change === VersionDiffModel.Removed ? "− " : "  ")
                              + line.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.family: "monospace"
                        font.pixelSize: Theme.smallFontSize
                        color: Theme.text
                    }
                }
            }
        }
    }
}
