// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrary.h"

#include "store/templaterepository.h"
#include "templates/builtintemplates.h"
#include "templates/draftingtr.h"
#include "templates/templatefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Inkwell {

namespace {

Template fromStored(const StoredTemplate &s)
{
    TemplateFile::Parsed parsed = TemplateFile::parse(s.source);
    Template t = parsed.value;
    if (!parsed.ok()) {
        // Still listed, so it can be opened and mended; never lost.
        t.problem = parsed.problems.first().describe();
        t.name = s.name;
    }
    t.key = s.uid;
    t.source = s.source;
    return t;
}

Error usage(const QString &message)
{
    return Error::make(Error::Kind::Usage, message);
}

} // namespace

TemplateLibrary::TemplateLibrary(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Template>> TemplateLibrary::all()
{
    auto stored = TemplateRepository(m_db).list();
    if (!stored.ok())
        return Result<QList<Template>>::fail(stored.error);
    QList<Template> out;
    for (const StoredTemplate &s : std::as_const(stored.value))
        out << fromStored(s);
    out << BuiltinTemplates::all();
    return {out, {}};
}

Result<Template> TemplateLibrary::find(const QString &nameOrKey)
{
    if (const Template *b = BuiltinTemplates::find(nameOrKey); b && nameOrKey.startsWith(BuiltinTemplates::kPrefix))
        return {*b, {}};
    TemplateRepository repo(m_db);
    auto byUid = repo.get(nameOrKey);
    if (!byUid.ok())
        return Result<Template>::fail(byUid.error);
    if (byUid.value.id)
        return {fromStored(byUid.value), {}};
    auto byName = repo.findByName(nameOrKey);
    if (!byName.ok())
        return Result<Template>::fail(byName.error);
    if (byName.value.id)
        return {fromStored(byName.value), {}};
    for (const Template &t : BuiltinTemplates::all())
        if (t.name.compare(nameOrKey, Qt::CaseInsensitive) == 0)
            return {t, {}};
    if (const Template *b = BuiltinTemplates::find(nameOrKey))
        return {*b, {}};
    return Result<Template>::fail(
        usage(Drafting::tr("There is no template “%1”; “inkwell-cli template list” shows them.").arg(nameOrKey)));
}

Error TemplateLibrary::checkName(const QString &name, const QString &ownKey)
{
    for (const Template &b : BuiltinTemplates::all())
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return usage(Drafting::tr("“%1” is the name of a built-in template; choose another name.").arg(name));
    auto other = TemplateRepository(m_db).findByName(name);
    if (!other.ok())
        return other.error;
    if (other.value.id && other.value.uid != ownKey)
        return usage(Drafting::tr("A template named “%1” exists already.").arg(name));
    return {};
}

Result<QString> TemplateLibrary::save(const QString &source, const QString &key)
{
    if (key.startsWith(BuiltinTemplates::kPrefix))
        return Result<QString>::fail(
            usage(Drafting::tr("Built-in templates cannot be changed; duplicate it and change the copy.")));
    const TemplateFile::Parsed parsed = TemplateFile::parse(source);
    if (!parsed.ok())
        return Result<QString>::fail(usage(parsed.problems.first().describe()));
    if (const Error e = checkName(parsed.value.name, key); e.isError())
        return Result<QString>::fail(e);
    TemplateRepository repo(m_db);
    if (key.isEmpty())
        return repo.insert({}, parsed.value.name, source);
    if (const Error e = repo.update(key, parsed.value.name, source); e.isError())
        return Result<QString>::fail(e);
    return {key, {}};
}

Result<QString> TemplateLibrary::duplicate(const QString &key)
{
    auto original = find(key);
    if (!original.ok())
        return Result<QString>::fail(original.error);
    Template copy = original.value;
    if (!copy.problem.isEmpty())
        return Result<QString>::fail(
            usage(Drafting::tr("“%1” has a problem to mend first: %2").arg(copy.name, copy.problem)));
    copy.basedOn = original.value.builtin ? original.value.key : original.value.basedOn;
    const QString base = Drafting::tr("%1 (copy)").arg(original.value.name);
    copy.name = base;
    for (int i = 2; checkName(copy.name, {}).isError(); ++i)
        copy.name = Drafting::tr("%1 (copy %2)").arg(original.value.name).arg(i);
    return save(TemplateFile::write(copy));
}

Error TemplateLibrary::remove(const QString &key)
{
    if (key.startsWith(BuiltinTemplates::kPrefix))
        return usage(Drafting::tr("Built-in templates cannot be deleted."));
    return TemplateRepository(m_db).remove(key);
}

Result<QString> TemplateLibrary::restore(const QString &key, const QString &source)
{
    const TemplateFile::Parsed parsed = TemplateFile::parse(source);
    return TemplateRepository(m_db).insert(key, parsed.ok() ? parsed.value.name : key, source);
}

Result<TemplateLibrary::Imported> TemplateLibrary::importFile(const QString &path)
{
    using R = Result<Imported>;
    QFile f(path);
    if (f.size() > TemplateFile::kMaxBytes)
        return R::fail(
            Error::make(Error::Kind::Format, Drafting::tr("%1: larger than 1 MB; not a template").arg(path)));
    if (!f.open(QIODevice::ReadOnly))
        return R::fail(
            Error::make(Error::Kind::Format, Drafting::tr("%1: cannot read it (%2)").arg(path, f.errorString())));
    const QByteArray bytes = f.readAll();
    const QString source = QString::fromUtf8(bytes);
    if (source.toUtf8() != bytes)
        return R::fail(Error::make(Error::Kind::Format, Drafting::tr("%1: not UTF-8 text").arg(path)));
    const TemplateFile::Parsed parsed = TemplateFile::parse(source);
    if (!parsed.ok()) {
        const TemplateProblem &p = parsed.problems.first();
        return R::fail(
            Error::make(Error::Kind::Format,
                        QStringLiteral("%1:%2:%3: %4").arg(path).arg(p.at.line).arg(p.at.column).arg(p.message)));
    }
    auto existing = TemplateRepository(m_db).findByName(parsed.value.name);
    if (!existing.ok())
        return R::fail(existing.error);
    auto saved = save(source, existing.value.uid);
    if (!saved.ok())
        return R::fail(Error::make(saved.error.kind, Drafting::tr("%1: %2").arg(path, saved.error.message)));
    return {{saved.value, parsed.value.name, existing.value.id != 0}, {}};
}

Error TemplateLibrary::exportFile(const QString &key, const QString &path)
{
    auto t = find(key);
    if (!t.ok())
        return t.error;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, Drafting::tr("Cannot write %1: %2").arg(path, out.errorString()));
    // The stored text as written (comments and layout kept), else the canonical form.
    const QString text = t.value.source.isEmpty() ? TemplateFile::write(t.value) : t.value.source;
    out.write(text.toUtf8());
    if (!out.commit())
        return Error::make(Error::Kind::Storage, Drafting::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace Inkwell
