// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "rowlistmodel.h"
#include "rows.h"

#include <QLocale>
#include <QObject>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// How the window looks and reads: light or dark (or as the system is), the
// text size, and the language, switched while it runs. Kept in the data
// folder with the rest of the window's state.
class Appearance : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by App")
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged) // system light dark
    Q_PROPERTY(int fontSize READ fontSize WRITE setFontSize NOTIFY fontSizeChanged) // pixels
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged) // "" = the system's
    Q_PROPERTY(Inkwell::RowListModel *languages READ languages CONSTANT) // LanguageRow
public:
    static constexpr int kDefaultFontSize = 14;
    static constexpr int kMinFontSize = 11;
    static constexpr int kMaxFontSize = 24;

    explicit Appearance(const QSqlDatabase &db, QObject *parent = nullptr);

    [[nodiscard]] QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    [[nodiscard]] int fontSize() const { return m_fontSize; }
    void setFontSize(int size);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &code);
    [[nodiscard]] GadgetListModel<LanguageRow> *languages() { return &m_languages; }
    // "As the system" in the language of the moment.
    void retranslate();

    Q_INVOKABLE void changeFontSize(int step); // Ctrl+= / Ctrl+-; 0 resets

    // The UI's translators (Qt's own strings, those of Qt Quick's dialogs
    // too, and ours) and the default locale for this language; called at
    // start and on every switch.
    static void applyLanguage(const QLocale &locale);

Q_SIGNALS:
    void themeChanged();
    void fontSizeChanged();
    void languageChanged();
    // A setting the store would not keep (its message names the file and why).
    void failed(const QString &message);

private:
    void keep(const Error &e)
    {
        if (e.isError())
            Q_EMIT failed(e.message);
    }

    QSqlDatabase m_db;
    QString m_theme = QStringLiteral("system");
    int m_fontSize = kDefaultFontSize;
    QString m_language;
    GadgetListModel<LanguageRow> m_languages;
};

} // namespace Inkwell
