// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafting/templatelibrary.h"
#include "templateformfiles.h"
#include "templatelistmodel.h"
#include "templatetypes.h"

#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The template library page, the editor and the "fill in" form: App.templates.
class TemplatesController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(Inkwell::TemplateListModel *model READ model CONSTANT)
    // After a delete: the name to offer Undo for ("" when nothing to undo).
    Q_PROPERTY(QString undoName READ undoName NOTIFY undoChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The files chosen in the form for its `file` variables.
    Q_PROPERTY(Inkwell::TemplateFormFiles *files READ files CONSTANT)
public:
    TemplatesController(const QSqlDatabase &db, QObject *parent = nullptr);

    TemplateListModel *model() { return &m_model; }
    TemplateFormFiles *files() { return &m_files; }
    [[nodiscard]] QString undoName() const { return m_removedName; }
    [[nodiscard]] QString message() const { return m_message; }
    void setLanguage(const QString &language);
    // The template with this key, or one that has no name (not found).
    Template find(const QString &key);

    Q_INVOKABLE void reload();
    // An unknown key gives a record with no name.
    Q_INVOKABLE [[nodiscard]] Inkwell::TemplateInfo info(const QString &key);
    // A new template's starting text.
    Q_INVOKABLE [[nodiscard]] QString skeleton() const;
    // The editor, as the user types: where the file's text goes wrong.
    Q_INVOKABLE [[nodiscard]] QList<Inkwell::TemplateSourceProblem> problems(const QString &source) const;
    // Each variable at its default (or «label» when empty).
    Q_INVOKABLE [[nodiscard]] Inkwell::TemplatePreview preview(const QString &source) const;
    // The key saved under, or "" with `message` saying why not.
    Q_INVOKABLE QString save(const QString &source, const QString &key);
    Q_INVOKABLE QString duplicate(const QString &key);
    Q_INVOKABLE void remove(const QString &key);
    Q_INVOKABLE void undoRemove();
    Q_INVOKABLE void dismissUndo();
    // Files chosen in a dialog; `message` reports what happened.
    Q_INVOKABLE void importFiles(const QList<QUrl> &files);
    Q_INVOKABLE bool exportTo(const QString &key, const QUrl &file);
    Q_INVOKABLE QString suggestedFileName(const QString &key);

    // The form: one field per variable; a template that works on a text it
    // is not given gets a "selection" field for it.
    Q_INVOKABLE [[nodiscard]] QList<Inkwell::TemplateFormField> form(const QString &key, bool haveSelection = false);
    // `values`: the form's, by variable name (a file variable's: its path).
    // One problem for every value that does not fit, a file being read or
    // unreadable among them; empty when all do.
    Q_INVOKABLE [[nodiscard]] QList<Inkwell::TemplateFieldProblem> validate(const QString &key,
                                                                            const QVariantMap &values);

Q_SIGNALS:
    void undoChanged();
    void messageChanged();

private:
    void setMessage(const QString &message);

    TemplateLibrary m_library;
    TemplateListModel m_model;
    TemplateFormFiles m_files;
    QString m_removedKey;
    QString m_removedName;
    QString m_removedSource;
    QString m_message;
    QString m_language = QStringLiteral("en");
};

// Form values (QML) as the renderer takes them.
QHash<QString, QString> formValues(const QVariantMap &values);

} // namespace Inkwell
