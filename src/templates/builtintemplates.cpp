// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtintemplates.h"

#include "templates/templatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace Inkwell {

const QList<Template> &BuiltinTemplates::all()
{
    static const QList<Template> templates = [] {
        initTemplateResources();
        QList<Template> out;
        const QDir dir(QStringLiteral(":/inkwell/templates"));
        for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            TemplateFile::Parsed parsed = TemplateFile::parse(text);
            // A broken built-in is a build defect; tst_templates fails on it.
            if (!parsed.ok())
                continue;
            parsed.value.builtin = true;
            parsed.value.source = text;
            parsed.value.key = kPrefix + info.completeBaseName();
            out.append(parsed.value);
        }
        return out;
    }();
    return templates;
}

const Template *BuiltinTemplates::find(const QString &key)
{
    const QString full = key.startsWith(kPrefix) ? key : kPrefix + key;
    for (const Template &t : all())
        if (t.key == full)
            return &t;
    return nullptr;
}

} // namespace Inkwell
