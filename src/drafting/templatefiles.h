// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentfile.h"
#include "templates/templaterenderer.h"

#include <QHash>

#include <functional>
#include <optional>

namespace Inkwell {

// The files a template's `file` variables name, read as a message's
// attachments are (readAttachment with the server's limits): a picture
// prepared, a document with its text.
//
// They go with the request as attachments, never inlined: {{name}} becomes
// the file's name (TemplateRenderer), and the provider gives a document's
// text once, as the block withDocumentText makes (or the PDF whole where the
// server reads PDFs). A draft keeps them as its sources, so every later
// action (continue, rewrite…) is written from them too and the Sources bar
// shows them; inlined at {{name}} the text would be in the draft's brief as
// well and sent twice with every action.
struct TemplateFiles {
    QList<Attachment> files; // in the order the variables are declared
    QList<TemplateRenderer::Problem> problems; // readAttachment's sentence, by variable
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// A file already read (the window reads each as it is chosen), or nullopt
// to read it here.
using ReadyTemplateFile = std::function<std::optional<Attachment>(const QString &variable, const QString &path)>;

// `values` as the renderer takes them (a file variable's value is its path);
// variables left empty are skipped (the renderer says when one is required).
TemplateFiles readTemplateFiles(const Template &t, const QHash<QString, QString> &values,
                                const AttachmentLimits &limits, const ReadyTemplateFile &ready = {});

} // namespace Inkwell
