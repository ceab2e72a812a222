// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// ‹ 2 / 3 › under a message that has siblings (an edit, a regenerated or
// n-th answer): shows the branch through the previous or next one.
RowLayout {
    id: root
    required property double messageId
    required property int index   // 1-based
    required property int count
    // Answers can be compared side by side; edits of a question cannot.
    property bool comparable: false
    signal compareRequested()
    visible: count > 1
    spacing: 0

    IconButton {
        objectName: "previousBranch"
        text: "‹"
        implicitWidth: 24
        implicitHeight: 24
        enabled: root.index > 1 && !App.session.busy
        Accessible.name: qsTr("Previous version")
        onClicked: App.session.switchBranch(root.messageId, -1)
    }
    Label {
        text: qsTr("%1 / %2").arg(root.index).arg(root.count)
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        Accessible.name: qsTr("Version %1 of %2").arg(root.index).arg(root.count)
    }
    IconButton {
        objectName: "nextBranch"
        text: "›"
        implicitWidth: 24
        implicitHeight: 24
        enabled: root.index < root.count && !App.session.busy
        Accessible.name: qsTr("Next version")
        onClicked: App.session.switchBranch(root.messageId, 1)
    }
    IconButton {
        objectName: "compareButton"
        visible: root.comparable
        text: qsTr("Compare")
        implicitHeight: 24
        implicitWidth: contentItem.implicitWidth + 12
        font.pixelSize: Theme.smallFontSize
        Accessible.name: qsTr("Compare the answers side by side")
        onClicked: root.compareRequested()
    }
}
