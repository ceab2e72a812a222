// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "templates/template.h"

#include <QSqlDatabase>

namespace Inkwell {

// Every template a user can run: their own (stored) and the built-ins.
// Built-ins cannot be changed or deleted; a copy can.
class TemplateLibrary {
public:
    explicit TemplateLibrary(const QSqlDatabase &db);

    // The user's templates by name, then the built-ins.
    Result<QList<Template>> all();
    // By key (a user template's uid or builtin:article), then by name
    // (case-insensitive), then by a built-in's short key ("article").
    Result<Template> find(const QString &nameOrKey);

    // Saves the text of a template file: a new template when `key` is empty,
    // else the user template with that key. A text with problems is refused
    // with the first one (line and column). Returns the key.
    Result<QString> save(const QString &source, const QString &key = {});
    // A user copy of any template, named "… (copy)"; returns its key.
    Result<QString> duplicate(const QString &key);
    Error remove(const QString &key);
    // Undo of remove: the same key and text again.
    Result<QString> restore(const QString &key, const QString &source);

    struct Imported {
        QString key;
        QString name;
        bool replaced = false; // a user template of that name was updated
    };
    // One template file. Its problems are reported as "FILE:LINE:COLUMN: …".
    Result<Imported> importFile(const QString &path);
    Error exportFile(const QString &key, const QString &path);

private:
    Error checkName(const QString &name, const QString &ownKey);
    QSqlDatabase m_db;
};

} // namespace Inkwell
