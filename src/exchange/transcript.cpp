// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript.h"

#include "exchange/exchangetr.h"

#include <QCoreApplication>
#include <QSet>

namespace Inkwell {

namespace {

struct Walker {
    QHash<qint64, QList<const Message *>> children;
    QSet<qint64> onCurrent;
    QList<TranscriptItem> out;

    // Down from start, preferring the current branch, else the newest child;
    // the siblings passed on the way are visited afterwards, in order.
    void path(const Message *start)
    {
        struct Fork {
            const Message *parent;
            const Message *taken;
            QList<const Message *> siblings;
        };
        QList<Fork> forks;
        for (const Message *at = start; at;) {
            out << TranscriptItem {at};
            const QList<const Message *> next = children.value(at->id);
            if (next.isEmpty())
                break;
            const Message *chosen = next.constLast();
            for (const Message *c : next)
                if (onCurrent.contains(c->id))
                    chosen = c;
            if (next.size() > 1)
                forks.append({at, chosen, next});
            at = chosen;
        }
        for (const Fork &fork : std::as_const(forks)) {
            for (int i = 0; i < fork.siblings.size(); ++i) {
                if (fork.siblings[i] == fork.taken)
                    continue;
                out << TranscriptItem {nullptr, i + 1, int(fork.siblings.size()), fork.parent};
                path(fork.siblings[i]);
            }
        }
    }
};

} // namespace

QList<TranscriptItem> transcript(const Snapshot &snapshot, bool allBranches)
{
    const QList<const Message *> current = snapshot.currentBranch();
    if (!allBranches) {
        QList<TranscriptItem> out;
        for (const Message *m : current)
            out << TranscriptItem {m};
        return out;
    }
    Walker w;
    w.children = snapshot.childrenByParent();
    for (const Message *m : current)
        w.onCurrent.insert(m->id);
    const QList<const Message *> roots = w.children.value(0);
    const Message *firstRoot = current.isEmpty() ? roots.value(0) : current.constFirst();
    if (firstRoot)
        w.path(firstRoot);
    // Other roots (a first message edited into a new branch) come last.
    for (int i = 0; i < roots.size(); ++i) {
        if (roots[i] == firstRoot)
            continue;
        w.out << TranscriptItem {nullptr, i + 1, int(roots.size()), nullptr};
        w.path(roots[i]);
    }
    return w.out;
}

QString roleLabel(const Message &m)
{
    if (m.role == Chat::Role::User)
        return Exchange::tr("User");
    if (m.role == Chat::Role::System)
        return Exchange::tr("System");
    if (m.role == Chat::Role::Tool)
        return Exchange::tr("Tool");
    const QString model = m.modelReported.isEmpty() ? m.modelRequested : m.modelReported;
    return model.isEmpty() ? Exchange::tr("Assistant") : Exchange::tr("Assistant") + u" · " + model;
}

QString statusNote(const Message &m)
{
    if (m.status == Chat::Status::Stopped)
        return Exchange::tr("stopped");
    if (m.status == Chat::Status::Interrupted)
        return Exchange::tr("interrupted");
    if (m.status == Chat::Status::Error)
        return m.error.isEmpty() ? Exchange::tr("error") : Exchange::tr("error") + u": " + m.error;
    return {};
}

QString branchHeading(const TranscriptItem &item)
{
    QString heading = Exchange::tr("Branch %1 of %2").arg(item.branch).arg(item.branches);
    if (item.after)
        heading += u" · " + Exchange::tr("after “%1”").arg(excerpt(item.after->content));
    return heading;
}

QString messageHeading(const Message &m)
{
    const QString note = statusNote(m);
    return note.isEmpty() ? roleLabel(m) : roleLabel(m) + u" (" + note + u')';
}

QString excerpt(const QString &text, int length)
{
    QString s = text.simplified();
    return s.size() <= length ? s : s.left(length - 1) + u'…';
}

} // namespace Inkwell
