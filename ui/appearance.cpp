// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "store/appstate.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Inkwell {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kFontSize = QStringLiteral("appearance/font_size");
const QString kLanguage = QStringLiteral("appearance/language");
} // namespace

Appearance::Appearance(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    retranslate();
    if (!m_db.isOpen())
        return;
    AppState state(m_db);
    if (const QString theme = state.value(kTheme); theme == u"light" || theme == u"dark")
        m_theme = theme;
    if (const int size = state.value(kFontSize).toInt(); size >= kMinFontSize && size <= kMaxFontSize)
        m_fontSize = size;
    m_language = state.value(kLanguage);
}

void Appearance::setTheme(const QString &theme)
{
    const QString t = theme == u"light" || theme == u"dark" ? theme : QStringLiteral("system");
    if (t == m_theme)
        return;
    m_theme = t;
    keep(AppState(m_db).setValue(kTheme, t == u"system" ? QString() : t));
    Q_EMIT themeChanged();
}

void Appearance::setFontSize(int size)
{
    size = qBound(kMinFontSize, size, kMaxFontSize);
    if (size == m_fontSize)
        return;
    m_fontSize = size;
    keep(AppState(m_db).setValue(kFontSize, size == kDefaultFontSize ? QString() : QString::number(size)));
    Q_EMIT fontSizeChanged();
}

void Appearance::changeFontSize(int step)
{
    setFontSize(step == 0 ? kDefaultFontSize : m_fontSize + step);
}

void Appearance::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    keep(AppState(m_db).setValue(kLanguage, code));
    applyLanguage(code.isEmpty() ? QLocale::system() : QLocale(code));
    Q_EMIT languageChanged();
}

void Appearance::retranslate()
{
    // Each in its own language, as language menus show them.
    m_languages.setRows({{QString(), tr("As the system")},
                         {QStringLiteral("en"), QStringLiteral("English")},
                         {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}});
}

void Appearance::applyLanguage(const QLocale &locale)
{
    // Qt's catalogues: widgets and platform texts (the dialogs' buttons), then
    // Qt Quick's; ours last, so that it is asked first.
    static const QStringList qtCatalogues = {QStringLiteral("qtbase"), QStringLiteral("qtdeclarative")};
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &old : installed)
        QCoreApplication::removeTranslator(old.get());
    installed.clear();
    // Dates and numbers in the UI, and {{language}} in templates, follow it.
    QLocale::setDefault(locale);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : qtCatalogues) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, catalogue, QStringLiteral("_"), qtDir) && QCoreApplication::installTranslator(qt.get()))
            installed.push_back(std::move(qt));
    }
    auto appStrings = std::make_unique<QTranslator>();
    // English is the fallback: its .qm holds the plural forms ("2 models").
    if ((appStrings->load(locale, QStringLiteral("inkwell"), QStringLiteral("_"), QStringLiteral(":/i18n"))
         || appStrings->load(QStringLiteral(":/i18n/inkwell_en")))
        && QCoreApplication::installTranslator(appStrings.get()))
        installed.push_back(std::move(appStrings));
}

// Qt Quick's own file dialog (QtQuick.Dialogs, the non-native one) asks for
// these, but Qt 6.4's catalogues do not have them: ours carry them.
[[maybe_unused]] static const char *const kQtQuickDialogStrings[] = {
    QT_TRANSLATE_NOOP("FileDialog", "File name"),
    QT_TRANSLATE_NOOP("FileDialog", "Filter"),
};

} // namespace Inkwell
