// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// The conversation's parameters: a slider and a field for each one the
// backend takes (from its capability table), its range and default, a reset,
// and a line on what it does; the system prompt; stop sequences as chips.
Drawer {
    id: root
    objectName: "parametersPanel"
    edge: Qt.RightEdge
    // Wider with larger text, so that names, values and buttons keep their room.
    width: Math.min(Math.max(360, Theme.fontSize * 25), parent ? parent.width * 0.9 : 360)
    height: parent ? parent.height : 600
    background: Rectangle {
        color: Theme.window
        Rectangle {
            width: 1
            height: parent.height
            color: Theme.border
        }
    }

    function shown(v, integer) {
        return integer ? Math.round(v).toString() : Number(v).toFixed(2)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Parameters")
                    font.pixelSize: Theme.titleFontSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                IconButton {
                    text: "✕"
                    Accessible.name: qsTr("Close parameters")
                    onClicked: root.close()
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                text: App.parameters.service.length > 0
                      ? qsTr("For this conversation. What %1 does not take is switched off and never sent.").arg(App.parameters.service)
                      : qsTr("For this conversation.")
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                ComboBox {
                    id: preset
                    Layout.fillWidth: true
                    model: App.parameters.presets
                    displayText: qsTr("Preset…")
                    Accessible.name: qsTr("Parameter preset")
                    onActivated: index => App.parameters.applyPreset(index)
                }
                Button {
                    objectName: "presetsButton"
                    text: qsTr("Save…")
                    onClicked: presetsPopup.open()
                    Accessible.name: qsTr("Save or manage your presets")
                }
                Button {
                    text: qsTr("Reset all")
                    onClicked: App.parameters.resetAll()
                }
            }
            PresetsPopup { id: presetsPopup }

            Label {
                Layout.leftMargin: 16
                text: qsTr("System prompt")
                font.weight: Font.DemiBold
                color: Theme.text
            }
            TextArea {
                id: systemPrompt
                objectName: "systemPrompt"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.preferredHeight: Math.max(70, implicitHeight, hint.visible ? hint.implicitHeight + topPadding + bottomPadding : 0)
                wrapMode: TextEdit.Wrap
                text: App.parameters.systemPrompt
                Accessible.name: qsTr("System prompt")
                Accessible.description: hint.text
                // The placeholder, wrapped (the style's own is cut at the first line's end).
                Label {
                    id: hint
                    x: systemPrompt.leftPadding
                    y: systemPrompt.topPadding
                    width: systemPrompt.width - systemPrompt.leftPadding - systemPrompt.rightPadding
                    visible: systemPrompt.length === 0 && !systemPrompt.preeditText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font: systemPrompt.font
                    text: qsTr("How the model should behave, e.g. “Answer briefly, in Chinese.”")
                }
                onTextChanged: if (activeFocus) App.parameters.systemPrompt = text
                background: Rectangle {
                    radius: 6
                    color: Theme.window
                    border.color: systemPrompt.activeFocus ? Theme.accent : Theme.border
                }
            }

            // One row per parameter; a change announces only the rows it
            // changed, so the slider under the mouse stays (and its drag).
            Repeater {
                model: App.parameters.specs
                delegate: ColumnLayout {
                    id: row
                    required property string key
                    required property string label
                    required property string help
                    required property real min
                    required property real max
                    required property real sliderMax
                    required property real step
                    required property bool integer
                    required property bool hasServerDefault
                    required property real serverDefault
                    required property bool supported
                    required property bool set
                    required property real value
                    required property real shownValue
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    spacing: 2
                    enabled: supported
                    opacity: enabled ? 1 : 0.45

                    RowLayout {
                        Layout.fillWidth: true
                        // The name, and under it where the value comes from; both
                        // wrap rather than cut a word in a narrow panel.
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: row.label
                                font.weight: Font.DemiBold
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                objectName: "origin_" + row.key
                                Layout.fillWidth: true
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallFontSize
                                wrapMode: Text.Wrap
                                // Always a line, so that nothing moves when a drag sets the value.
                                text: !row.supported ? qsTr("not used by %1").arg(App.parameters.service)
                                      : row.set ? qsTr("set for this conversation")
                                      : row.hasServerDefault
                                        ? qsTr("server default %1").arg(root.shown(row.serverDefault, row.integer))
                                        : qsTr("server default")
                            }
                        }
                        TextField {
                            objectName: "field_" + row.key
                            Layout.preferredWidth: Math.max(84, Theme.fontSize * 6)
                            horizontalAlignment: Text.AlignRight
                            text: row.set ? root.shown(row.value, row.integer) : ""
                            placeholderText: "—"
                            validator: DoubleValidator { bottom: row.min; top: row.max }
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Accessible.name: row.label
                            // Enter or leaving the field: an empty field resets, a number
                            // in range is set, one out of range is not taken; the field
                            // then shows the value in use and follows the slider again.
                            // (editingFinished would not come for text the validator refuses.)
                            // Text left as shown changes nothing (no rounding, no write).
                            function commit() {
                                const inUse = row.set ? root.shown(row.value, row.integer) : ""
                                if (text !== inUse) {
                                    if (text.length === 0)
                                        App.parameters.reset(row.key)
                                    else if (acceptableInput)
                                        App.parameters.setValue(row.key, Number(text))
                                }
                                text = Qt.binding(() => row.set ? root.shown(row.value, row.integer) : "")
                            }
                            Keys.onReturnPressed: commit()
                            Keys.onEnterPressed: commit()
                            onActiveFocusChanged: if (!activeFocus) commit()
                        }
                        IconButton {
                            text: "↺"
                            enabled: row.set
                            Accessible.name: qsTr("Reset %1").arg(row.label)
                            ToolTip.text: qsTr("Back to the server's default")
                            onClicked: App.parameters.reset(row.key)
                        }
                    }
                    Slider {
                        objectName: "slider_" + row.key
                        Layout.fillWidth: true
                        from: row.min
                        to: row.sliderMax
                        stepSize: row.step
                        snapMode: Slider.SnapAlways
                        value: row.shownValue
                        Accessible.name: row.label
                        Accessible.description: row.help
                        onMoved: App.parameters.setValue(row.key, value)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.supported
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallFontSize
                        text: row.help
                    }
                }
            }

            // Stop sequences as chips.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                enabled: App.parameters.stopSupported
                opacity: enabled ? 1 : 0.45
                spacing: 4
                Label {
                    text: qsTr("Stop sequences")
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: App.parameters.stop
                        delegate: Rectangle {
                            id: stopChip
                            required property string modelData
                            required property int index
                            radius: 12
                            color: Theme.sidebarSelected
                            implicitHeight: 26
                            implicitWidth: chip.implicitWidth + 34
                            Label {
                                id: chip
                                anchors.left: parent.left
                                anchors.leftMargin: 10
                                anchors.verticalCenter: parent.verticalCenter
                                text: stopChip.modelData.replace(/\n/g, "\\n").replace(/\t/g, "\\t")
                                color: Theme.text
                                font.family: "monospace"
                            }
                            Label {
                                anchors.right: parent.right
                                anchors.rightMargin: 8
                                anchors.verticalCenter: parent.verticalCenter
                                text: "×"
                                color: Theme.mutedText
                                TapHandler { onTapped: App.parameters.removeStop(stopChip.index) }
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Remove %1").arg(chip.text)
                            }
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    text: qsTr("At most %1. Type %2 for a line break.").arg(App.parameters.maxStop).arg("\\n")
                }
                TextField {
                    Layout.fillWidth: true
                    enabled: App.parameters.stop.length < App.parameters.maxStop
                    placeholderText: qsTr("Add one, then Enter")
                    Accessible.name: qsTr("Add a stop sequence")
                    onAccepted: { App.parameters.addStop(text); text = "" }
                }
            }

            // Reasoning, where the backend can be asked to think.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 4
                enabled: App.parameters.thinkSupported
                opacity: enabled ? 1 : 0.45
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Reasoning")
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ComboBox {
                    // As wide as its longest choice: "Server default" was cut.
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.fillWidth: true
                    readonly property var values: ["", "on", "off", "low", "medium", "high"]
                    model: [qsTr("Server default"), qsTr("On"), qsTr("Off"), qsTr("Low effort"), qsTr("Medium effort"), qsTr("High effort")]
                    currentIndex: Math.max(0, values.indexOf(App.parameters.think))
                    Accessible.name: qsTr("Reasoning")
                    onActivated: index => App.parameters.think = values[index]
                }
            }

            // Earlier images: each request sends them again, or only names them.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Send earlier images with every message")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Switch {
                    objectName: "resendImages"
                    checked: App.parameters.resendImages
                    onToggled: App.parameters.resendImages = checked
                    Accessible.name: qsTr("Send earlier images with every message")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Off: only the newest message's images go; earlier ones are named in the text, which saves tokens.")
                }
            }
        }
    }
}
