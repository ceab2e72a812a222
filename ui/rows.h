// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/profile.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The rows of the small lists QML shows (GadgetListModel<Row>), and the
// profile editor's fields.
namespace Inkwell {

// A file in the composer or under a sent message: a thumbnail or a card.
struct AttachmentRow {
    Q_GADGET
    Q_PROPERTY(QString key MEMBER key) // the sha256, or "pending/N" while it is read
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString sizeText MEMBER sizeText) // "2.4 MB"; "5 pages · 2.4 MB"
    Q_PROPERTY(bool isImage MEMBER isImage)
    Q_PROPERTY(bool reading MEMBER reading) // still being read and prepared
    Q_PROPERTY(QString source MEMBER source) // image://attachments/… for thumbnails
    Q_PROPERTY(QString fileSuffix MEMBER fileSuffix) // what "Save as" names it: jpg for a prepared photo
    Q_PROPERTY(bool isPdf MEMBER isPdf)
    Q_PROPERTY(bool whole MEMBER whole) // a PDF sent as itself, not as its text
    Q_PROPERTY(bool scanned MEMBER scanned) // a PDF with no text: only whole
public:
    QString key;
    QString name;
    QString sizeText;
    bool isImage = false;
    bool reading = false;
    QString source;
    QString fileSuffix;
    bool isPdf = false;
    bool whole = false;
    bool scanned = false;
    bool operator==(const AttachmentRow &) const = default;
};

// A folder, for the menus that move a conversation.
struct FolderRow {
    Q_GADGET
    Q_PROPERTY(qint64 folderId MEMBER folderId)
    Q_PROPERTY(QString name MEMBER name)
public:
    qint64 folderId = 0;
    QString name;
    bool operator==(const FolderRow &) const = default;
};

// A language the window can be shown in, named in itself.
struct LanguageRow {
    Q_GADGET
    Q_PROPERTY(QString code MEMBER code) // "" = the system's
    Q_PROPERTY(QString name MEMBER name)
public:
    QString code;
    QString name;
    bool operator==(const LanguageRow &) const = default;
};

// A stored profile as the list of profiles shows it.
struct ProfileRow {
    Q_GADGET
    Q_PROPERTY(qint64 profileId MEMBER profileId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString service MEMBER service)
    Q_PROPERTY(QString baseUrl MEMBER baseUrl)
    Q_PROPERTY(QString modelName MEMBER modelName)
    Q_PROPERTY(bool active MEMBER active)
public:
    qint64 profileId = 0;
    QString name;
    QString service; // the preset's name, in the language of the moment
    QString baseUrl;
    QString modelName;
    bool active = false;
    bool operator==(const ProfileRow &) const = default;
};

// A service a new profile may start from (a preset).
struct ServiceRow {
    Q_GADGET
    Q_PROPERTY(QString presetId MEMBER presetId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString baseUrl MEMBER baseUrl)
    Q_PROPERTY(bool needsKey MEMBER needsKey)
    Q_PROPERTY(bool local MEMBER local)
public:
    QString presetId;
    QString name;
    QString baseUrl;
    bool needsKey = false;
    bool local = false;
    bool operator==(const ServiceRow &) const = default;
};

// A server found on this machine by ProfilesController::detectLocal().
struct DetectedServer {
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString baseUrl MEMBER baseUrl)
    Q_PROPERTY(int modelCount READ modelCount)
public:
    QString presetId;
    QString name;
    QString baseUrl;
    QStringList models;
    [[nodiscard]] int modelCount() const { return int(models.size()); }
    bool operator==(const DetectedServer &) const = default;
};

// What the profile editor edits. QML gets one from blank() or fields(),
// sets what the user typed on a copy and hands it to save(), test() or
// requestUrl().
struct ProfileFields {
    Q_GADGET
    QML_VALUE_TYPE(profileFields)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString preset MEMBER preset)
    Q_PROPERTY(QString api MEMBER api)
    Q_PROPERTY(QString baseUrl MEMBER baseUrl)
    Q_PROPERTY(QString model MEMBER model)
    Q_PROPERTY(QString headers MEMBER headers) // "Name: value" lines
    Q_PROPERTY(QString apiVersion MEMBER apiVersion)
    Q_PROPERTY(QString proxy MEMBER proxy) // "" the system's, "none", or a URL
    Q_PROPERTY(QString proxyPassword MEMBER proxyPassword) // typed only; stored in the keychain
    Q_PROPERTY(QString images MEMBER images) // "" as Inkwell knows the model, "yes", "no"
    Q_PROPERTY(int maxFileMB MEMBER maxFileMB) // the largest file to attach; 0: Inkwell's default
    Q_PROPERTY(int connectTimeout MEMBER connectTimeout) // seconds
    Q_PROPERTY(int idleTimeout MEMBER idleTimeout) // seconds
    Q_PROPERTY(bool needsKey MEMBER needsKey)
public:
    qint64 id = 0;
    QString name;
    QString preset;
    QString api;
    QString baseUrl;
    QString model;
    QString headers;
    QString apiVersion;
    QString proxy;
    QString proxyPassword;
    QString images;
    int maxFileMB = 0;
    int connectTimeout = Profile::kDefaultConnectTimeoutMs / 1000;
    int idleTimeout = Profile::kDefaultIdleTimeoutMs / 1000;
    bool needsKey = false;
};

} // namespace Inkwell
