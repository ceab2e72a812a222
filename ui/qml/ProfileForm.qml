// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Inkwell

// A server profile's fields: labels beside them, or above them when the text
// is large for the width (the fields keep a useful width). What to do with
// the fields (save, test, ask before dropping) is the dialog's.
GridLayout {
    id: form
    readonly property bool wide: width >= Theme.fontSize * 30
    columns: wide ? 2 : 1
    columnSpacing: 12
    rowSpacing: 8

    property profileFields editing  // the profile shown (its id)
    // Whether the service chosen in the form (not the one saved) needs a key.
    readonly property bool needsKey: App.profiles.blank(service.currentValue ?? "").needsKey
    property bool keyKnown: false  // whether the keychain was asked about it
    property bool keySaved: false
    readonly property string key: apiKey.text  // typed, to save or test with
    readonly property bool removeKey: clearKey.checked  // the saved key is to go
    signal edited()
    // An edit that changes where or how the server is reached: the last
    // test's outcome no longer says anything about the form.
    signal connectionEdited()
    function reachEdited() {
        form.connectionEdited()
        form.edited()
    }
    // Whether the base URL was typed (a new profile's service then keeps it).
    property bool urlTyped: false

    function load(f) {
        editing = f
        name.text = f.name
        service.currentIndex = Math.max(0, service.indexOfValue(f.preset))
        baseUrl.text = f.baseUrl
        urlTyped = false
        model.chosen = f.model
        model.editText = f.model
        apiVersion.text = f.apiVersion
        headers.text = f.headers
        connectTimeout.value = f.connectTimeout
        idleTimeout.value = f.idleTimeout
        proxyMode.currentIndex = f.proxy === "" ? 0 : f.proxy === "none" ? 1 : 2
        proxyUrl.text = proxyMode.currentIndex === 2 ? f.proxy : ""
        proxyPassword.text = ""
        images.currentIndex = f.images === "yes" ? 1 : f.images === "no" ? 2 : 0
        maxFile.value = f.maxFileMB > 0 ? f.maxFileMB : maxFile.defaultMB
        apiKey.text = ""
        clearKey.checked = false
    }
    function fields(): profileFields {
        // A fresh copy from blank(), not `editing`: in Qt 6.4 a local taken
        // from a value-type property writes back into it when changed.
        const f = App.profiles.blank(service.currentValue)
        f.id = editing.id
        f.name = name.text
        f.baseUrl = baseUrl.text
        f.model = model.editText
        f.apiVersion = apiVersion.text
        f.headers = headers.text
        f.connectTimeout = connectTimeout.value
        f.idleTimeout = idleTimeout.value
        f.proxy = proxyMode.currentIndex === 0 ? "" : proxyMode.currentIndex === 1 ? "none" : proxyUrl.text
        f.proxyPassword = proxyMode.currentIndex === 2 ? proxyPassword.text : ""
        f.images = ["", "yes", "no"][images.currentIndex]
        f.maxFileMB = maxFile.value
        return f
    }
    // The name typed so far (the questions name the profile by it).
    readonly property string typedName: name.text
    function focusName() {
        name.forceActiveFocus()
        name.selectAll()
    }

    Label { text: qsTr("Service") }
    ComboBox {
        id: service
        objectName: "serviceBox"
        Layout.fillWidth: true
        model: App.profiles.services
        textRole: "name"
        valueRole: "presetId"
        Accessible.name: qsTr("Service")
        onActivated: {
            // A new profile takes the service's address and name.
            const p = App.profiles.blank(currentValue)
            if (form.editing.id === 0) {
                if (!form.urlTyped || baseUrl.text.trim().length === 0)
                    baseUrl.text = p.baseUrl
                if (name.text.length === 0 || App.profiles.isServiceName(name.text))
                    name.text = p.name
            }
            form.reachEdited()
        }
    }

    Label { text: qsTr("Name") }
    TextField {
        id: name
        objectName: "profileName"
        Layout.fillWidth: true
        Accessible.name: qsTr("Profile name")
        onTextEdited: form.edited()
    }

    Label { text: qsTr("Base URL") }
    TextField {
        id: baseUrl
        objectName: "baseUrl"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhUrlCharactersOnly
        placeholderText: "http://127.0.0.1:8080"
        Accessible.name: qsTr("Base URL")
        onTextEdited: { form.urlTyped = true; form.reachEdited() }
    }
    Item { width: 1; height: 1; visible: form.wide }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        text: {
            const url = App.profiles.requestUrl(form.fields())
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
        onTextEdited: form.reachEdited()
    }

    Label { text: qsTr("API key") }
    TextField {
        id: apiKey
        objectName: "apiKey"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        placeholderText: form.keySaved ? qsTr("Saved in the keychain; type a new one to replace it")
                         : form.keyKnown ? (form.needsKey ? qsTr("None saved yet; required by this service")
                                                                  : qsTr("None saved; optional for local servers"))
                         : form.editing.id > 0 ? qsTr("Stored in the keychain if one was saved; type to replace")
                         : form.needsKey ? qsTr("Required by this service")
                                                 : qsTr("Optional for local servers")
        Accessible.name: qsTr("API key")
        onTextEdited: form.reachEdited()
    }
    Item { width: 1; height: 1; visible: form.wide && clearKey.visible }
    CheckBox {
        id: clearKey
        objectName: "clearKey"
        visible: form.keySaved
        text: qsTr("Remove the saved key")
        onToggled: form.reachEdited()
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
            // The model the profile names, typed or picked. A new list (fetched,
            // or emptied by a failed test) leaves it as it is: the box would
            // otherwise show the list's first entry, or nothing, and Save store that.
            property string chosen
            onEditTextChanged: if (activeFocus) { chosen = editText; form.edited() }
            onActivated: { chosen = currentText; form.edited() }
            onCountChanged: Qt.callLater(() => { if (editText !== chosen) editText = chosen })
        }
        Button {
            text: qsTr("Fetch list")
            enabled: !App.profiles.testing
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Ask the server for its models")
            onClicked: App.profiles.test(form.fields(), apiKey.text)
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
        onTextChanged: if (activeFocus) form.reachEdited()
        background: Rectangle {
            radius: 6
            color: Theme.window
            border.color: headers.activeFocus ? Theme.accent : Theme.border
        }
    }

    Label { text: qsTr("Images") }
    ComboBox {
        id: images
        objectName: "profileImages"
        implicitContentWidthPolicy: ComboBox.WidestText
        Layout.preferredWidth: implicitWidth + 16
        // Whether the model sees pictures: Inkwell knows some models; a
        // local one only its owner knows.
        model: [qsTr("As Inkwell knows the model"), qsTr("The model sees images"), qsTr("Text only")]
        Accessible.name: qsTr("Images")
        onActivated: form.edited()
    }

    Label { text: qsTr("Largest file") }
    RowLayout {
        SpinBox {
            id: maxFile
            objectName: "profileMaxFile"
            readonly property int defaultMB: 100  // AttachmentLimits::kDefaultMB
            from: 1
            to: 500  // Profile::kMaxFileMB
            stepSize: 10
            editable: true
            Accessible.name: qsTr("Largest file to attach, in MB")
            onValueModified: form.edited()
        }
        Label {
            text: qsTr("MB")
            color: Theme.mutedText
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
            onActivated: form.reachEdited()
        }
        TextField {
            id: proxyUrl
            objectName: "proxyUrl"
            Layout.fillWidth: true
            visible: proxyMode.currentIndex === 2
            placeholderText: "http://user@proxy:3128 · socks5://127.0.0.1:1080"
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Proxy address")
            onTextEdited: form.reachEdited()
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
        onTextEdited: form.reachEdited()
    }

    Label { text: qsTr("Timeouts") }
    // Two groups, each whole, the second on a line of its own when narrow
    // (large text): a group never parts a number from its unit.
    Flow {
        Layout.fillWidth: true
        spacing: 16
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
                onValueModified: form.edited()
            }
            Label {
                text: qsTr("s")
                color: Theme.mutedText
            }
        }
        RowLayout {
            Label {
                text: qsTr("silent for")
                color: Theme.mutedText
            }
            SpinBox {
                id: idleTimeout
                from: 5
                to: 3600
                editable: true
                Accessible.name: qsTr("Inactivity timeout in seconds")
                onValueModified: form.edited()
            }
            Label {
                text: qsTr("s")
                color: Theme.mutedText
            }
        }
    }
}
