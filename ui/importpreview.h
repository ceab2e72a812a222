// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// What an import would take, from a dry run (App.exchange.previewReady):
// the import dialog's numbers, with named members qmllint can check.
class ImportPreview {
    Q_GADGET
    QML_VALUE_TYPE(importPreview)
    Q_PROPERTY(QString file MEMBER file)
    Q_PROPERTY(bool failed MEMBER failed)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString format MEMBER format)
    Q_PROPERTY(QStringList files MEMBER files)
    Q_PROPERTY(int conversations MEMBER conversations)
    Q_PROPERTY(int messages MEMBER messages)
    Q_PROPERTY(int repaired MEMBER repaired)
    Q_PROPERTY(int skippedConversations MEMBER skippedConversations)
    Q_PROPERTY(int alreadyHere MEMBER alreadyHere)
    Q_PROPERTY(int skippedMessages MEMBER skippedMessages)
    Q_PROPERTY(int hiddenMessages MEMBER hiddenMessages)
    Q_PROPERTY(QStringList notes MEMBER notes)
public:
    friend bool operator==(const ImportPreview &, const ImportPreview &) = default;

    QString file; // what was chosen, one path a line
    bool failed = false; // nothing could be read: `error` says why, the counts are 0
    QString error;
    // The rest as ImportReport has them.
    QString format;
    QStringList files;
    int conversations = 0;
    int messages = 0;
    int repaired = 0;
    int skippedConversations = 0;
    int alreadyHere = 0;
    int skippedMessages = 0;
    int hiddenMessages = 0;
    QStringList notes;
};

} // namespace Inkwell
