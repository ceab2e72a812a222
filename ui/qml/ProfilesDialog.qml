// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// Settings → Servers: every stored profile on the left, the chosen one's
// editor on the right. Keys go to the system keychain; Test connection lists
// the server's models (to pick one) or shows the exact error.
Dialog {
    id: root
    title: qsTr("Servers")
    modal: true
    width: Math.min(900, parent ? parent.width - 40 : 900)
    height: Math.min(660, parent ? parent.height - 40 : 660)
    parent: Overlay.overlay
    padding: 0
    header: null
    background: Rectangle {
        radius: 12
        color: Theme.window
        border.color: Theme.border
    }

    property var editing: App.profiles.blank("custom")  // the fields being edited
    property bool dirty: false
    // Whether the keychain holds a key for the profile shown (asked when it is shown).
    readonly property bool keyKnown: editing.id > 0 && App.profiles.keyProfileId === editing.id
    readonly property bool keySaved: keyKnown && App.profiles.hasStoredKey
    // Edits are never dropped silently: with unsaved changes, moving to
    // another profile, adding one or closing asks first.
    closePolicy: dirty ? Popup.NoAutoClose : Popup.CloseOnEscape | Popup.CloseOnPressOutside
    function whenSaved(action) {
        if (!dirty) {
            action()
            return
        }
        unsaved.then = action
        unsaved.open()
    }

    function edit(f) {
        editing = f
        name.text = f.name
        service.currentIndex = Math.max(0, service.indexOfValue(f.preset))
        baseUrl.text = f.baseUrl
        model.editText = f.model
        apiVersion.text = f.apiVersion
        headers.text = f.headers
        connectTimeout.value = f.connectTimeout
        idleTimeout.value = f.idleTimeout
        proxyMode.currentIndex = f.proxy === "" ? 0 : f.proxy === "none" ? 1 : 2
        proxyUrl.text = proxyMode.currentIndex === 2 ? f.proxy : ""
        proxyPassword.text = ""
        apiKey.text = ""
        clearKey.checked = false
        App.profiles.clearTest()  // a test's outcome belongs to the profile it was made with
        App.profiles.checkKey(f.id)
        dirty = false
    }
    function current() {
        return {
            id: editing.id, name: name.text, preset: service.currentValue, baseUrl: baseUrl.text,
            model: model.editText, apiVersion: apiVersion.text, headers: headers.text,
            connectTimeout: connectTimeout.value, idleTimeout: idleTimeout.value,
            proxy: proxyMode.currentIndex === 0 ? "" : proxyMode.currentIndex === 1 ? "none" : proxyUrl.text,
            proxyPassword: proxyMode.currentIndex === 2 ? proxyPassword.text : ""
        }
    }
    function save() {
        const id = App.profiles.save(current(), apiKey.text, apiKey.text.length > 0 || clearKey.checked)
        if (id > 0)
            edit(App.profiles.fields(id))
        return id
    }
    function addFrom(presetId) {
        edit(App.profiles.blank(presetId))
        name.forceActiveFocus()
        name.selectAll()
    }

    // The services, named in the language of the moment (read at each opening).
    property var presets: App.profiles.presets
    onAboutToShow: {
        presets = App.profiles.presets
        profileList.picking = false
        if (App.profiles.activeId > 0)
            edit(App.profiles.fields(App.profiles.activeId))
        else
            addFrom("custom")
    }

    // A question, its answers as buttons on the right (unsaved edits, deleting).
    component Question: Dialog {
        id: question
        property string heading
        property string detail
        default property alias answers: answers.data
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(460, parent ? parent.width - 40 : 460)
        modal: true
        padding: 20
        focus: true
        background: Rectangle { radius: 12; color: Theme.window; border.color: Theme.border }
        header: Label {
            text: question.heading
            padding: 20
            bottomPadding: 0
            wrapMode: Text.Wrap
            font.pixelSize: Theme.titleFontSize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        contentItem: Label {
            text: question.detail
            wrapMode: Text.Wrap
            color: Theme.text
        }
        footer: Control {
            padding: 20
            topPadding: 12
            contentItem: RowLayout {
                id: answers
                spacing: 8
                Item { Layout.fillWidth: true }
            }
        }
    }

    // Save, discard or stay: what to do with unsaved edits before `then` runs.
    Question {
        id: unsaved
        objectName: "unsavedDialog"
        property var then: null
        heading: qsTr("Save the changes to “%1”?").arg(name.text.length > 0 ? name.text : root.editing.name)
        detail: qsTr("The profile has changes that are not saved yet.")
        Button {
            objectName: "unsavedCancel"
            text: qsTr("Cancel")
            onClicked: unsaved.close()
        }
        Button {
            objectName: "unsavedDiscard"
            text: qsTr("Discard")
            onClicked: {
                unsaved.close()
                root.dirty = false
                unsaved.then()
            }
        }
        PrimaryButton {
            objectName: "unsavedSave"
            text: qsTr("Save")
            onClicked: {
                unsaved.close()
                if (root.save() > 0)
                    unsaved.then()
            }
        }
    }

    // Deleting a server (and its key in the keychain) is asked once.
    Question {
        id: removal
        objectName: "deleteDialog"
        heading: qsTr("Delete “%1”?").arg(root.editing.name)
        detail: qsTr("Its key is removed from the keychain. Conversations made with it are kept.")
        Button {
            text: qsTr("Cancel")
            onClicked: removal.close()
        }
        Button {
            objectName: "confirmDelete"
            text: qsTr("Delete")
            onClicked: {
                removal.close()
                App.profiles.remove(root.editing.id)
                root.edit(App.profiles.activeId > 0 ? App.profiles.fields(App.profiles.activeId)
                                                    : App.profiles.blank("custom"))
            }
        }
    }

    // With unsaved edits, Escape asks first (without them, it closes), wherever the focus is.
    Shortcut {
        sequence: "Escape"
        enabled: root.opened && root.dirty && !unsaved.visible && !removal.visible && !profileList.picking
        onActivated: root.whenSaved(() => root.close())
    }

    contentItem: RowLayout {
        spacing: 0

        // The list of profiles.
        ProfileList {
            id: profileList
            Layout.fillHeight: true
            Layout.preferredWidth: 250
            editingId: root.editing.id
            onChosen: id => { if (id !== root.editing.id) root.whenSaved(() => root.edit(App.profiles.fields(id))) }
            onAddRequested: presetId => root.whenSaved(() => root.addFrom(presetId))
        }

        // The editor, and its actions always in view below it.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    anchors.margins: 20

                    // Labels beside their fields, or above them when the text is
                    // large for the width (the fields keep a useful width).
                    GridLayout {
                        id: form
                        readonly property bool wide: width >= Theme.fontSize * 30
                        Layout.fillWidth: true
                        Layout.margins: 20
                        columns: wide ? 2 : 1
                        columnSpacing: 12
                        rowSpacing: 8

                        Label { text: qsTr("Service") }
                        ComboBox {
                            id: service
                            objectName: "serviceBox"
                            Layout.fillWidth: true
                            model: root.presets
                            textRole: "name"
                            valueRole: "id"
                            Accessible.name: qsTr("Service")
                            onActivated: {
                                // A new profile takes the service's address and name.
                                const p = root.presets[currentIndex]
                                if (root.editing.id === 0) {
                                    baseUrl.text = p.baseUrl
                                    if (name.text.length === 0 || root.presets.some(x => x.name === name.text))
                                        name.text = p.name
                                }
                                root.dirty = true
                            }
                        }

                        Label { text: qsTr("Name") }
                        TextField {
                            id: name
                            objectName: "profileName"
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Profile name")
                            onTextEdited: root.dirty = true
                        }

                        Label { text: qsTr("Base URL") }
                        TextField {
                            id: baseUrl
                            objectName: "baseUrl"
                            Layout.fillWidth: true
                            inputMethodHints: Qt.ImhUrlCharactersOnly
                            placeholderText: "http://127.0.0.1:8080"
                            Accessible.name: qsTr("Base URL")
                            onTextEdited: root.dirty = true
                        }
                        Item { width: 1; height: 1; visible: form.wide }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallFontSize
                            text: {
                                const url = App.profiles.requestUrl(root.current())
                                return url.length > 0
                                    ? qsTr("Requests go to %1. A bare host gets the API's usual path; any other path is used as typed.").arg(url)
                                    : qsTr("A bare host gets the API's usual path (/v1, /api for Ollama); any other path is used as typed.")
                            }
                        }

                        Label {
                            text: qsTr("API version")
                            visible: service.currentValue === "azure"
                        }
                        TextField {
                            id: apiVersion
                            Layout.fillWidth: true
                            visible: service.currentValue === "azure"
                            Accessible.name: qsTr("API version")
                            onTextEdited: root.dirty = true
                        }

                        Label { text: qsTr("API key") }
                        TextField {
                            id: apiKey
                            objectName: "apiKey"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: root.keySaved ? qsTr("Saved in the keychain; type a new one to replace it")
                                             : root.keyKnown ? (root.editing.needsKey ? qsTr("None saved yet; required by this service")
                                                                                      : qsTr("None saved; optional for local servers"))
                                             : root.editing.id > 0 ? qsTr("Stored in the keychain if one was saved; type to replace")
                                             : root.editing.needsKey ? qsTr("Required by this service")
                                                                     : qsTr("Optional for local servers")
                            Accessible.name: qsTr("API key")
                            onTextEdited: root.dirty = true
                        }
                        Item { width: 1; height: 1; visible: form.wide && clearKey.visible }
                        CheckBox {
                            id: clearKey
                            objectName: "clearKey"
                            visible: root.keySaved
                            text: qsTr("Remove the saved key")
                            onToggled: root.dirty = true
                        }

                        Label { text: qsTr("Model") }
                        RowLayout {
                            Layout.fillWidth: true
                            ComboBox {
                                id: model
                                objectName: "modelBox"
                                Layout.fillWidth: true
                                editable: true
                                model: App.profiles.testModels
                                Accessible.name: qsTr("Default model")
                                onEditTextChanged: if (activeFocus) root.dirty = true
                            }
                            Button {
                                text: qsTr("Fetch list")
                                enabled: !App.profiles.testing
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Ask the server for its models")
                                onClicked: App.profiles.test(root.current(), apiKey.text)
                            }
                        }

                        Label {
                            text: qsTr("Extra headers")
                            Layout.alignment: Qt.AlignTop
                        }
                        TextArea {
                            id: headers
                            Layout.fillWidth: true
                            Layout.preferredHeight: 60
                            placeholderText: qsTr("One per line, e.g. HTTP-Referer: https://example.com (not for keys)")
                            wrapMode: TextEdit.NoWrap
                            Accessible.name: qsTr("Extra headers")
                            onTextChanged: if (activeFocus) root.dirty = true
                            background: Rectangle {
                                radius: 6
                                color: Theme.window
                                border.color: headers.activeFocus ? Theme.accent : Theme.border
                            }
                        }

                        Label { text: qsTr("Proxy") }
                    RowLayout {
                        Layout.fillWidth: true
                        ComboBox {
                            id: proxyMode
                            objectName: "proxyMode"
                            implicitContentWidthPolicy: ComboBox.WidestText
                            Layout.preferredWidth: implicitWidth + 16  // the text's own padding is not counted
                            model: [qsTr("System settings"), qsTr("No proxy"), qsTr("This proxy:")]
                            Accessible.name: qsTr("Proxy")
                            onActivated: root.dirty = true
                        }
                        TextField {
                            id: proxyUrl
                            objectName: "proxyUrl"
                            Layout.fillWidth: true
                            visible: proxyMode.currentIndex === 2
                            placeholderText: "http://user@proxy:3128 · socks5://127.0.0.1:1080"
                            inputMethodHints: Qt.ImhUrlCharactersOnly
                            Accessible.name: qsTr("Proxy address")
                            onTextEdited: root.dirty = true
                        }
                    }
                    Item { width: 1; height: 1; visible: form.wide && proxyMode.currentIndex === 2 }
                    TextField {
                        id: proxyPassword
                        Layout.fillWidth: true
                        visible: proxyMode.currentIndex === 2
                        echoMode: TextInput.Password
                        placeholderText: qsTr("Proxy password, if it asks for one (kept in the keychain)")
                        Accessible.name: qsTr("Proxy password")
                        onTextEdited: root.dirty = true
                    }

                    Label { text: qsTr("Timeouts") }
                        // Two groups that go on a second line when narrow.
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            RowLayout {
                                Label {
                                    text: qsTr("connect")
                                    color: Theme.mutedText
                                }
                                SpinBox {
                                    id: connectTimeout
                                    from: 1
                                    to: 600
                                    editable: true
                                    Accessible.name: qsTr("Connect timeout in seconds")
                                    onValueModified: root.dirty = true
                                }
                            }
                            RowLayout {
                                Label {
                                    text: qsTr("s; silent for")
                                    color: Theme.mutedText
                                }
                                SpinBox {
                                    id: idleTimeout
                                    from: 5
                                    to: 3600
                                    editable: true
                                    Accessible.name: qsTr("Inactivity timeout in seconds")
                                    onValueModified: root.dirty = true
                                }
                                Label {
                                    text: qsTr("s")
                                    color: Theme.mutedText
                                }
                            }
                        }
                    }

                    // Test connection and its outcome.
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        spacing: 10
                        Button {
                            objectName: "testButton"
                            text: App.profiles.testing ? qsTr("Cancel test") : qsTr("Test connection")
                            onClicked: App.profiles.testing ? App.profiles.cancelTest()
                                                            : App.profiles.test(root.current(), apiKey.text)
                        }
                        BusyIndicator {
                            running: App.profiles.testing
                            visible: running
                            Layout.preferredWidth: 22
                            Layout.preferredHeight: 22
                        }
                        Label {
                            objectName: "testResult"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: App.profiles.testMessage
                            color: App.profiles.testing ? Theme.mutedText : App.profiles.testOk ? "#1a7f37" : Theme.errorText
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallFontSize
                        color: App.keysSessionOnly ? Theme.warning : Theme.mutedText
                        text: App.keysSessionOnly
                              ? qsTr("No system keychain answered: keys are kept in memory for this session only.")
                              : qsTr("Keys are kept in the system keychain, never in Inkwell's files.")
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 20
                        Layout.rightMargin: 20
                        visible: App.profiles.errorText.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.errorText
                        text: App.profiles.errorText
                    }

                }
            }
            // The actions, from the right; on a second line when they do not fit.
            Flow {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.topMargin: 8
                spacing: 8
                layoutDirection: Qt.RightToLeft
                PrimaryButton {
                    objectName: "saveButton"
                    text: root.editing.id > 0 ? qsTr("Save") : qsTr("Add profile")
                    enabled: root.dirty || root.editing.id === 0
                    onClicked: root.save()
                }
                Button {
                    objectName: "closeButton"
                    text: qsTr("Close")
                    onClicked: root.whenSaved(() => root.close())
                }
                Button {
                    objectName: "useButton"
                    text: qsTr("Use for chats")
                    visible: root.editing.id > 0 && root.editing.id !== App.profiles.activeId
                    onClicked: {
                        if (root.dirty && root.save() <= 0)
                            return
                        App.profiles.activate(root.editing.id)
                    }
                }
                Button {
                    text: qsTr("Duplicate")
                    visible: root.editing.id > 0
                    onClicked: root.whenSaved(() => {
                        const id = App.profiles.duplicate(root.editing.id)
                        if (id > 0)
                            root.edit(App.profiles.fields(id))
                    })
                }
                Button {
                    objectName: "deleteButton"
                    text: qsTr("Delete")
                    visible: root.editing.id > 0
                    onClicked: removal.open()
                }
            }
        }
    }
}
