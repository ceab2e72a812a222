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

Appearance::Appearance(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
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
    AppState(m_db).setValue(kTheme, t == u"system" ? QString() : t);
    Q_EMIT themeChanged();
}

void Appearance::setFontSize(int size)
{
    size = qBound(kMinFontSize, size, kMaxFontSize);
    if (size == m_fontSize)
        return;
    m_fontSize = size;
    AppState(m_db).setValue(kFontSize, size == kDefaultFontSize ? QString() : QString::number(size));
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
    AppState(m_db).setValue(kLanguage, code);
    applyLanguage(code.isEmpty() ? QLocale::system() : QLocale(code));
    Q_EMIT languageChanged();
}

QVariantList Appearance::languages() const
{
    // Each in its own language, as language menus show them.
    return {QVariantMap{{QStringLiteral("code"), QString()}, {QStringLiteral("name"), tr("As the system")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("en")}, {QStringLiteral("name"), QStringLiteral("English")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("zh_CN")}, {QStringLiteral("name"), QStringLiteral("简体中文")}}};
}

void Appearance::applyLanguage(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> qtStrings;
    static std::unique_ptr<QTranslator> appStrings;
    for (auto *old : {qtStrings.get(), appStrings.get()})
        if (old)
            QCoreApplication::removeTranslator(old);
    // Dates and numbers in the UI, and {{language}} in templates, follow it.
    QLocale::setDefault(locale);
    qtStrings = std::make_unique<QTranslator>();
    if (qtStrings->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtStrings.get());
    appStrings = std::make_unique<QTranslator>();
    // English is the fallback: its .qm holds the plural forms ("2 models").
    if (appStrings->load(locale, QStringLiteral("inkwell"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appStrings->load(QStringLiteral(":/i18n/inkwell_en")))
        QCoreApplication::installTranslator(appStrings.get());
}

} // namespace Inkwell
