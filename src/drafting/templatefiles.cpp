// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefiles.h"

#include <algorithm>

namespace Inkwell {

TemplateFiles readTemplateFiles(const Template &t, const QHash<QString, QString> &values,
                                const AttachmentLimits &limits, const ReadyTemplateFile &ready)
{
    TemplateFiles out;
    for (const TemplateVariable &v : t.variables) {
        if (v.type != TemplateVariable::Type::File)
            continue;
        const QString path = values.contains(v.name) ? values.value(v.name) : v.defaultValue;
        if (path.trimmed().isEmpty())
            continue;
        std::optional<Attachment> file = ready ? ready(v.name, path) : std::nullopt;
        if (!file) {
            auto read = readAttachment(path, limits);
            if (!read.ok()) {
                out.problems.append({v.name, read.error.message});
                continue;
            }
            file = std::move(read.value);
        }
        // The same file chosen for two variables goes once.
        const bool twice = std::any_of(out.files.cbegin(), out.files.cend(),
                                       [&](const Attachment &a) { return a.sha256 == file->sha256; });
        if (!twice)
            out.files << *file;
    }
    return out;
}

} // namespace Inkwell
