// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a template file. Parsing (front matter and
// body), checking, writing back and rendering with the defaults never crash,
// and a file that parses cleanly reads back the same after writing.
#include "templates/templatefile.h"
#include "templates/templaterenderer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Inkwell;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    TemplateSyntax::parse(text);
    const TemplateFile::Parsed parsed = TemplateFile::parse(text);
    if (!parsed.ok())
        return 0;
    const QString written = TemplateFile::write(parsed.value);
    const TemplateFile::Parsed again = TemplateFile::parse(written);
    if (!again.ok() || again.value.body != parsed.value.body || again.value.name != parsed.value.name.trimmed()
        || again.value.variables.size() != parsed.value.variables.size())
        std::abort();
    TemplateRenderer::render(parsed.value, {});
    return 0;
}
