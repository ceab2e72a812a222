// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "parameterlistmodel.h"
#include "providers/generationparams.h"
#include "providers/profile.h"

#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

namespace Inkwell {

// The parameter panel: the conversation's sampling parameters and system
// prompt. Each control comes from the capability table of the profile in
// use, with its range, the server's default and whether that backend takes
// it at all (a control it does not take is shown disabled, never sent).
class ParametersController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.parameters")
    // One row per parameter (stop sequences apart), refreshed on `changed`.
    Q_PROPERTY(Inkwell::ParameterListModel *specs READ specs CONSTANT)
    Q_PROPERTY(QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY changed)
    Q_PROPERTY(QStringList stop READ stop NOTIFY changed)
    Q_PROPERTY(int maxStop READ maxStop NOTIFY changed)
    Q_PROPERTY(bool stopSupported READ stopSupported NOTIFY changed)
    Q_PROPERTY(QString think READ think WRITE setThink NOTIFY changed)
    Q_PROPERTY(bool thinkSupported READ thinkSupported NOTIFY changed)
    Q_PROPERTY(bool resendImages READ resendImages WRITE setResendImages NOTIFY changed)
    Q_PROPERTY(QString service READ service NOTIFY changed)
    // The built-in presets, then the user's.
    Q_PROPERTY(QStringList presets READ presets NOTIFY presetsChanged)
    Q_PROPERTY(QStringList userPresets READ userPresets NOTIFY presetsChanged)
    // What a new chat starts with: a preset (built in or the user's), or ""
    // for the server's defaults. Never the settings of the chat shown before.
    Q_PROPERTY(QString newChatPreset READ newChatPreset WRITE setNewChatPreset NOTIFY presetsChanged)
    // The same as an index into `presets` (built-ins, then the user's); -1
    // for the server's defaults.
    Q_PROPERTY(int newChatIndex READ newChatIndex WRITE setNewChatIndex NOTIFY presetsChanged)
public:
    explicit ParametersController(QObject *parent = nullptr);

    ParameterListModel *specs() { return &m_specs; }
    [[nodiscard]] QString systemPrompt() const { return m_params.systemPrompt; }
    [[nodiscard]] QStringList stop() const { return m_params.stop; }
    [[nodiscard]] int maxStop() const;
    [[nodiscard]] bool stopSupported() const;
    [[nodiscard]] QString think() const { return m_params.think; }
    [[nodiscard]] bool thinkSupported() const;
    [[nodiscard]] QString service() const;
    [[nodiscard]] QStringList presets() const;
    [[nodiscard]] QStringList userPresets() const { return m_userPresets.keys(); }
    // User presets are kept in the database (app_state), not per conversation.
    void setDatabase(const QSqlDatabase &db);

    void setSystemPrompt(const QString &text);
    [[nodiscard]] bool resendImages() const { return m_params.resendImages; }
    void setResendImages(bool on);
    void setThink(const QString &mode);
    Q_INVOKABLE void setValue(const QString &key, double value);
    Q_INVOKABLE void reset(const QString &key);
    Q_INVOKABLE void resetAll();
    Q_INVOKABLE void addStop(const QString &sequence);
    Q_INVOKABLE void removeStop(int index);
    // Precise, Balanced, Creative: temperature and top_p, where supported;
    // past those, a user preset: every setting it saved, system prompt too.
    Q_INVOKABLE void applyPreset(int index);
    // The settings as they are, under this name (replacing one of that name).
    Q_INVOKABLE bool savePreset(const QString &name);
    Q_INVOKABLE bool renamePreset(const QString &from, const QString &to);
    Q_INVOKABLE void deletePreset(const QString &name);

    [[nodiscard]] QString newChatPreset() const;
    void setNewChatPreset(const QString &name); // a user preset's name, or "builtin:precise" …
    [[nodiscard]] int newChatIndex() const;
    void setNewChatIndex(int index);
    // A new chat's settings: the preset chosen for new chats (only what this
    // backend takes), else the server's defaults.
    [[nodiscard]] GenerationParams newChatParams() const;

    // What the next request uses; for storage with the conversation.
    [[nodiscard]] const GenerationParams &params() const { return m_params; }
    void setParams(const GenerationParams &params);
    void setProfile(const Profile &profile);

Q_SIGNALS:
    void presetsChanged();
    void changed();
    // The user changed something (to be stored with the conversation).
    void edited();
    // A setting the store would not keep (its message names the file and why).
    void failed(const QString &message);

private:
    void keep(const Error &e)
    {
        if (e.isError())
            Q_EMIT failed(e.message);
    }
    void touch();

    void storePresets();

    GenerationParams m_params;
    Profile m_profile;
    QSqlDatabase m_db;
    QMap<QString, QString> m_userPresets; // name → GenerationParams JSON
    QString m_newChatPreset;
    // The rows as the profile and the parameters make them now.
    [[nodiscard]] QList<ParameterListModel::Row> specRows() const;
    ParameterListModel m_specs;
};

} // namespace Inkwell
