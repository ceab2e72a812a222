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
    height: Math.min(720, parent ? parent.height - 40 : 720)
    parent: Overlay.overlay
    padding: 0
    header: null
    background: Rectangle {
        radius: 12
        color: Theme.window
        border.color: Theme.border
    }

    property profileFields editing: App.profiles.blank("custom")  // the fields being edited
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
        // Another profile (or a new one) starts at the top of the form; the
        // one just saved stays where it was.
        if (f.id === 0 || f.id !== editing.id) {
            const view = formScroll.contentItem as Flickable
            view.contentY = 0
        }
        editing = f
        form.load(f)
        App.profiles.forgetOutcomes()  // a test's or a save's outcome belongs to the profile it was made with
        App.profiles.checkKey(f.id)
        dirty = false
    }
    function save() {
        const id = App.profiles.save(form.fields(), form.key, form.key.length > 0 || form.removeKey)
        if (id > 0)
            edit(App.profiles.fields(id))
        return id
    }
    function addFrom(presetId) {
        edit(App.profiles.blank(presetId))
        form.focusName()
    }

    onAboutToShow: {
        profileList.picking = false
        if (App.profiles.activeId > 0)
            edit(App.profiles.fields(App.profiles.activeId))
        else
            addFrom("custom")
    }

    // Save, discard or stay: what to do with unsaved edits before `then` runs.
    Question {
        id: unsaved
        objectName: "unsavedDialog"
        property var then: null
        function proceed() {
            const action = unsaved.then
            action()
        }
        heading: qsTr("Save the changes to “%1”?").arg(form.typedName.length > 0 ? form.typedName : root.editing.name)
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
                unsaved.proceed()
            }
        }
        PrimaryButton {
            objectName: "unsavedSave"
            text: qsTr("Save")
            onClicked: {
                unsaved.close()
                if (root.save() > 0)
                    unsaved.proceed()
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
                id: formScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    anchors.margins: 20

                    ProfileForm {
                        id: form
                        Layout.fillWidth: true
                        Layout.margins: 20
                        editing: root.editing
                        keyKnown: root.keyKnown
                        keySaved: root.keySaved
                        onEdited: {
                            root.dirty = true
                            App.profiles.clearError()
                        }
                        onConnectionEdited: App.profiles.forgetOutcomes()
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
                                                            : App.profiles.test(form.fields(), form.key)
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
                        color: App.server.keysSessionOnly ? Theme.warning : Theme.mutedText
                        text: App.server.keysSessionOnly
                              ? qsTr("No system keychain answered: keys are kept in memory for this session only.")
                              : qsTr("Keys are kept in the system keychain, never in Inkwell's files.")
                    }
                    Item { Layout.preferredHeight: 12 } // the last line clear of the edge
                }
            }
            // Why a save failed, beside the button that failed: never scrolled
            // out of sight below a long form (large text).
            Label {
                objectName: "saveError"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 8
                visible: App.profiles.errorText.length > 0
                wrapMode: Text.Wrap
                color: Theme.errorText
                text: App.profiles.errorText
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
