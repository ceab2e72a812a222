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
    readonly property var drafts: App.drafts
    property var selected: null
    property var change: ({ lines: [], added: 0, removed: 0 })
    background: Rectangle { color: Theme.window; border.color: Theme.border }

    onOpened: pick(drafts.versions.length > 0 ? drafts.versions[0] : null)
    function pick(version) {
        selected = version
        change = version ? drafts.diff(version.id) : { lines: [], added: 0, removed: 0 }
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
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: root.selected && root.selected.id === modelData.id
                onClicked: { list.currentIndex = index; root.pick(modelData) }
                Accessible.name: modelData.label + ", " + modelData.time
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: qsTr("Version %1").arg(versionItem.modelData.number) + "  ·  " + versionItem.modelData.label
                              + (versionItem.modelData.note.length > 0 ? " — " + versionItem.modelData.note : "")
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                    }
                    Label {
                        text: versionItem.modelData.time + "  ·  " + qsTr("%n word(s)", "", versionItem.modelData.words)
                              + (versionItem.modelData.model.length > 0 ? "  ·  " + versionItem.modelData.model : "")
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
                    text: root.selected ? qsTr("From this version to now: %1 lines added, %2 removed").arg(root.change.added).arg(root.change.removed)
                                        : ""
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                PrimaryButton {
                    objectName: "restoreVersion"
                    enabled: root.selected !== null && !root.drafts.busy
                    text: qsTr("Restore")
                    onClicked: { root.drafts.restore(root.selected.id); root.close() }
                }
            }
            ListView {
                objectName: "versionDiff"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.change.lines
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: diffLine.implicitHeight + 2
                    // Read as: what the version had (−) and what the text has now (+).
                    color: modelData.kind === "added" ? (Theme.dark ? "#1f3b2a" : "#e6f4ea")
                         : modelData.kind === "removed" ? (Theme.dark ? "#4a2227" : "#fdecec") : "transparent"
                    Label {
                        id: diffLine
                        width: parent.width
                        text: (parent.modelData.kind === "added" ? "+ " : parent.modelData.kind === "removed" ? "− " : "  ")
                              + parent.modelData.text
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
