// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// One template in the library.
ItemDelegate {
    id: root
    required property string key
    required property string name
    required property string description
    required property string category
    required property string language
    required property bool builtin
    required property string output
    required property string problem
    property bool current: false
    signal use()
    signal edit()
    signal copy()
    signal exportRequested()
    signal remove()

    padding: 14
    Accessible.name: name
    Accessible.description: description
    onClicked: root.use()
    background: Rectangle {
        radius: Theme.radius
        color: root.hovered ? Theme.sidebarHover : Theme.sidebar
        border.width: root.current || root.visualFocus ? 2 : 1
        border.color: root.current || root.visualFocus ? Theme.accent : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.name
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            IconButton {
                text: "⋯"
                Accessible.name: qsTr("Template actions")
                onClicked: menu.popup()
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.problem.length > 0 ? root.problem : root.description
            color: root.problem.length > 0 ? Theme.errorText : Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: 3
            textFormat: Text.PlainText
        }
        RowLayout {
            spacing: 6
            Repeater {
                model: {
                    const tags = [root.category, root.builtin ? qsTr("built-in") : qsTr("yours"),
                                  root.output === "draft" ? qsTr("draft") : qsTr("chat")]
                    return tags.filter(x => x.length > 0)
                }
                delegate: Rectangle {
                    required property string modelData
                    radius: 9
                    implicitHeight: 18
                    implicitWidth: chip.implicitWidth + 14
                    color: Theme.window
                    border.color: Theme.border
                    Label {
                        id: chip
                        anchors.centerIn: parent
                        text: parent.modelData
                        font.pixelSize: Theme.smallFontSize - 1
                        color: Theme.mutedText
                    }
                }
            }
        }
    }

    Menu {
        id: menu
        MenuItem { text: qsTr("Use…"); onTriggered: root.use() }
        MenuItem { text: root.builtin ? qsTr("View") : qsTr("Edit…"); onTriggered: root.edit() }
        MenuItem { text: qsTr("Duplicate"); onTriggered: root.copy() }
        MenuItem { text: qsTr("Export…"); onTriggered: root.exportRequested() }
        MenuItem { text: qsTr("Delete"); enabled: !root.builtin; onTriggered: root.remove() }
    }
}
