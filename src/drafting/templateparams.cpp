// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparams.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace Inkwell {

GenerationParams templateParams(const Template &t, const QString &renderedSystemPrompt)
{
    nlohmann::json merged = GenerationParams::preset(t.preset).toJson();
    const nlohmann::json own = nlohmann::json::parse(t.parameters.toStdString(), nullptr, false);
    if (own.is_object())
        merged.update(own);
    GenerationParams p = GenerationParams::fromJson(merged);
    p.systemPrompt = renderedSystemPrompt;
    return p;
}

int templateTargetWords(const Template &t, const QHash<QString, QString> &values)
{
    static const QStringList names
        = {QStringLiteral("length"), QStringLiteral("words"), QStringLiteral("word_count"), QStringLiteral("chars")};
    static const QRegularExpression number(QStringLiteral(R"(\d+)"));
    for (const QString &name : names) {
        for (const TemplateVariable &v : t.variables) {
            if (v.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            // "800", "about 800 words", "short (300 words)": its first number.
            const QString typed = values.value(v.name).trimmed();
            const QString value = typed.isEmpty() ? v.defaultValue : typed;
            const QRegularExpressionMatch m = number.match(value);
            const int words = m.hasMatch() ? m.captured().left(7).toInt() : 0;
            if (words > 0)
                return words;
        }
    }
    return 0;
}

} // namespace Inkwell
