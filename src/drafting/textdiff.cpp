// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace Inkwell {

namespace {

std::vector<std::string> split(const QString &text)
{
    std::vector<std::string> out;
    if (text.isEmpty())
        return out;
    for (const QString &line : text.split(u'\n'))
        out.push_back(line.toStdString());
    return out;
}

} // namespace

TextDiff::Result TextDiff::lines(const QString &from, const QString &to)
{
    const std::vector<std::string> a = split(from), b = split(to);
    dtl::Diff<std::string> diff(a, b);
    // Past this size dtl trades exactness for bounded memory.
    if (a.size() + b.size() > 20000)
        diff.onHuge();
    diff.compose();
    Result out;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        Line l;
        l.text = QString::fromStdString(line);
        switch (info.type) {
        case dtl::SES_ADD:
            l.kind = Line::Kind::Added;
            ++out.added;
            break;
        case dtl::SES_DELETE:
            l.kind = Line::Kind::Removed;
            ++out.removed;
            break;
        default:
            break;
        }
        out.lines.append(l);
    }
    return out;
}

} // namespace Inkwell
