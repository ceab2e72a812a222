// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterscontroller.h"

#include "providers/capabilities.h"
#include "providers/presets.h"
#include "store/appstate.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Inkwell {

namespace {
struct Text {
    const char *label;
    const char *help;
};

// Labels and one line on what each parameter does.
Text textFor(Param p)
{
    switch (p) {
    case Param::Temperature:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Temperature"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "Randomness: low is focused and repeatable, high is varied and surprising.")};
    case Param::TopP:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Top P"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "Sample only from the likeliest tokens whose probabilities add up to this.")};
    case Param::TopK:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Top K"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Sample only from this many likeliest tokens.")};
    case Param::MinP:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Min P"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "Drop tokens less likely than this fraction of the likeliest one.")};
    case Param::MaxTokens:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Max tokens"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController", "The longest answer, in tokens.")};
    case Param::N:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Answers"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "How many answers to write at once; they become sibling branches.")};
    case Param::Stop:
        return {
            QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Stop sequences"),
            QT_TRANSLATE_NOOP("Inkwell::ParametersController", "The answer ends where one of these would be written.")};
    case Param::Seed:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Seed"),
                QT_TRANSLATE_NOOP(
                    "Inkwell::ParametersController",
                    "The same seed with the same settings gives the same answer, where the server supports it.")};
    case Param::PresencePenalty:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Presence penalty"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "Above 0 pushes toward new topics; below 0 allows returning to them.")};
    case Param::FrequencyPenalty:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Frequency penalty"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Above 0 discourages repeating the same words.")};
    case Param::RepeatPenalty:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Repeat penalty"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "Above 1 discourages repeating recent tokens; 1 is off.")};
    case Param::ContextLength:
        return {QT_TRANSLATE_NOOP("Inkwell::ParametersController", "Context length"),
                QT_TRANSLATE_NOOP("Inkwell::ParametersController",
                                  "How many tokens of the conversation the model keeps in view.")};
    }
    return {"", ""};
}

// A slider's step: whole numbers, or a hundredth of a small range.
double stepFor(const ParamSpec &s)
{
    return s.integer ? 1.0 : (s.max - s.min) <= 2.0 ? 0.01 : 0.05;
}

void setParam(GenerationParams &g, Param p, std::optional<double> v)
{
    auto asInt = [&]() -> std::optional<int> { return v ? std::optional<int>(int(*v)) : std::nullopt; };
    switch (p) {
    case Param::Temperature:
        g.temperature = v;
        break;
    case Param::TopP:
        g.topP = v;
        break;
    case Param::TopK:
        g.topK = asInt();
        break;
    case Param::MinP:
        g.minP = v;
        break;
    case Param::MaxTokens:
        g.maxTokens = asInt();
        break;
    case Param::N:
        g.n = asInt();
        break;
    case Param::Stop:
        if (!v)
            g.stop.clear();
        break;
    case Param::Seed:
        g.seed = v ? std::optional<qint64>(qint64(*v)) : std::nullopt;
        break;
    case Param::PresencePenalty:
        g.presencePenalty = v;
        break;
    case Param::FrequencyPenalty:
        g.frequencyPenalty = v;
        break;
    case Param::RepeatPenalty:
        g.repeatPenalty = v;
        break;
    case Param::ContextLength:
        g.contextLength = asInt();
        break;
    }
}
} // namespace

ParametersController::ParametersController(QObject *parent)
    : QObject(parent)
{
    connect(this, &ParametersController::changed, this, [this] { m_specs.setRows(specRows()); });
    m_specs.setRows(specRows());
}

QList<ParameterListModel::Row> ParametersController::specRows() const
{
    const Capabilities caps = capabilitiesFor(m_profile, GenerationRequest::Mode::Chat);
    QList<ParameterListModel::Row> out;
    for (Param p : allParams()) {
        if (p == Param::Stop)
            continue; // chips of their own
        const ParamSpec *s = caps.spec(p);
        // Unsupported ones keep OpenAI-like bounds so the disabled control still reads sensibly.
        const double min = s ? s->min : 0;
        const double max
            = s ? s->max : (p == Param::Seed || p == Param::MaxTokens || p == Param::ContextLength ? 1e6 : 2);
        const auto value = paramValue(m_params, p);
        const Text t = textFor(p);
        ParameterListModel::Row row;
        row.key = paramKey(p);
        row.label = tr(t.label);
        row.help = tr(t.help);
        row.min = min;
        row.max = max;
        // Sliders for open-ended counts stop at a useful length; the field takes more.
        row.sliderMax = p == Param::MaxTokens ? qMin(max, 32768.0)
            : p == Param::ContextLength       ? qMin(max, 131072.0)
            : p == Param::Seed                ? qMin(max, 100000.0)
            : p == Param::N                   ? qMin(max, 8.0) // n answers: a few at a time (each a request's worth)
                                              : max;
        row.step = s ? stepFor(*s) : 0.01;
        row.integer = s ? s->integer : true;
        row.hasServerDefault = s && s->serverDefault;
        row.serverDefault = row.hasServerDefault ? *s->serverDefault : 0;
        row.supported = s != nullptr;
        row.set = value.has_value();
        row.value = value.value_or(0);
        out << row;
    }
    return out;
}

int ParametersController::maxStop() const
{
    return capabilitiesFor(m_profile, GenerationRequest::Mode::Chat).maxStop;
}

bool ParametersController::stopSupported() const
{
    return capabilitiesFor(m_profile, GenerationRequest::Mode::Chat).supports(Param::Stop);
}

bool ParametersController::thinkSupported() const
{
    return capabilitiesFor(m_profile, GenerationRequest::Mode::Chat).reasoning;
}

QString ParametersController::service() const
{
    if (m_profile.baseUrl.isEmpty())
        return {};
    // Brands as they are; "OpenAI-compatible" and "llama.cpp server" as the
    // Servers page translates them.
    const QByteArray name = Preset::of(m_profile).name.toUtf8();
    return QCoreApplication::translate("Inkwell::ProfilesController", name.constData());
}

QStringList ParametersController::presets() const
{
    return QStringList {tr("Precise"), tr("Balanced"), tr("Creative")} + m_userPresets.keys();
}

void ParametersController::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_userPresets.clear();
    const nlohmann::json stored = nlohmann::json::parse(
        AppState(m_db).value(QStringLiteral("parameter_presets")).toStdString(), nullptr, false);
    if (stored.is_object())
        for (const auto &[name, params] : stored.items())
            m_userPresets.insert(QString::fromStdString(name), QString::fromStdString(params.dump()));
    m_newChatPreset = AppState(m_db).value(QStringLiteral("parameter_presets/new_chat"));
    Q_EMIT presetsChanged();
}

namespace {
// A built-in preset is kept by its id, so that the choice survives a change
// of language; a user's by its name.
const QString kBuiltin = QStringLiteral("builtin:");
} // namespace

QString ParametersController::newChatPreset() const
{
    if (m_newChatPreset.startsWith(kBuiltin))
        return GenerationParams::presetNames().contains(m_newChatPreset.mid(kBuiltin.size())) ? m_newChatPreset
                                                                                              : QString();
    return m_userPresets.contains(m_newChatPreset) ? m_newChatPreset : QString();
}

void ParametersController::setNewChatPreset(const QString &name)
{
    const QString chosen = name.startsWith(kBuiltin)
        ? (GenerationParams::presetNames().contains(name.mid(kBuiltin.size())) ? name : QString())
        : m_userPresets.contains(name) ? name
                                       : QString();
    if (chosen == newChatPreset())
        return;
    m_newChatPreset = chosen;
    if (m_db.isValid())
        keep(AppState(m_db).setValue(QStringLiteral("parameter_presets/new_chat"), chosen));
    Q_EMIT presetsChanged();
}

int ParametersController::newChatIndex() const
{
    const QString name = newChatPreset();
    if (name.startsWith(kBuiltin))
        return int(GenerationParams::presetNames().indexOf(name.mid(kBuiltin.size())));
    const qsizetype user = m_userPresets.keys().indexOf(name);
    return user < 0 ? -1 : int(GenerationParams::presetNames().size() + user);
}

void ParametersController::setNewChatIndex(int index)
{
    const QStringList builtins = GenerationParams::presetNames();
    if (index >= 0 && index < builtins.size())
        setNewChatPreset(kBuiltin + builtins.at(index));
    else if (index >= builtins.size() && index < builtins.size() + m_userPresets.size())
        setNewChatPreset(m_userPresets.keys().at(index - builtins.size()));
    else
        setNewChatPreset({});
}

GenerationParams ParametersController::newChatParams() const
{
    const QString name = newChatPreset();
    if (name.isEmpty())
        return {};
    const Capabilities caps = capabilitiesFor(m_profile, GenerationRequest::Mode::Chat);
    if (name.startsWith(kBuiltin)) {
        // Temperature and top_p, where this backend takes them (as applyPreset).
        const GenerationParams preset = GenerationParams::preset(name.mid(kBuiltin.size()));
        GenerationParams out;
        if (const ParamSpec *t = caps.spec(Param::Temperature))
            out.temperature = qBound(t->min, *preset.temperature, t->max);
        out.topP = caps.supports(Param::TopP) ? preset.topP : std::nullopt;
        return out;
    }
    const GenerationParams saved = GenerationParams::fromJsonString(m_userPresets.value(name));
    GenerationParams out = caps.filtered(saved);
    out.systemPrompt = saved.systemPrompt;
    return out;
}

void ParametersController::storePresets()
{
    nlohmann::json out = nlohmann::json::object();
    for (auto it = m_userPresets.cbegin(); it != m_userPresets.cend(); ++it)
        out[it.key().toStdString()] = nlohmann::json::parse(it.value().toStdString(), nullptr, false);
    if (m_db.isValid())
        keep(AppState(m_db).setValue(QStringLiteral("parameter_presets"),
                                     m_userPresets.isEmpty() ? QString() : QString::fromStdString(out.dump())));
    Q_EMIT presetsChanged();
}

bool ParametersController::savePreset(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || presets().mid(0, 3).contains(n, Qt::CaseInsensitive))
        return false;
    m_userPresets.insert(n, m_params.toJsonString());
    storePresets();
    return true;
}

bool ParametersController::renamePreset(const QString &from, const QString &to)
{
    const QString n = to.trimmed();
    if (!m_userPresets.contains(from) || n.isEmpty() || n == from || presets().contains(n, Qt::CaseInsensitive))
        return false;
    m_userPresets.insert(n, m_userPresets.take(from));
    if (m_newChatPreset == from) {
        m_newChatPreset = n;
        if (m_db.isValid())
            keep(AppState(m_db).setValue(QStringLiteral("parameter_presets/new_chat"), n));
    }
    storePresets();
    return true;
}

void ParametersController::deletePreset(const QString &name)
{
    if (m_userPresets.remove(name))
        storePresets();
}

void ParametersController::touch()
{
    Q_EMIT changed();
    Q_EMIT edited();
}

void ParametersController::setSystemPrompt(const QString &text)
{
    if (m_params.systemPrompt == text)
        return;
    m_params.systemPrompt = text;
    touch();
}

void ParametersController::setResendImages(bool on)
{
    if (m_params.resendImages == on)
        return;
    m_params.resendImages = on;
    touch();
}

void ParametersController::setThink(const QString &mode)
{
    if (m_params.think == mode)
        return;
    m_params.think = mode;
    touch();
}

void ParametersController::setValue(const QString &key, double value)
{
    for (Param p : allParams()) {
        if (paramKey(p) != key)
            continue;
        // Kept: spec() points into it (a temporary here was read after it was freed).
        const Capabilities caps = capabilitiesFor(m_profile, GenerationRequest::Mode::Chat);
        if (const ParamSpec *s = caps.spec(p))
            value = qBound(s->min, s->integer ? std::round(value) : value, s->max);
        setParam(m_params, p, value);
        touch();
        return;
    }
}

void ParametersController::reset(const QString &key)
{
    for (Param p : allParams()) {
        if (paramKey(p) == key) {
            setParam(m_params, p, std::nullopt);
            touch();
            return;
        }
    }
}

void ParametersController::resetAll()
{
    const QString system = m_params.systemPrompt;
    m_params = {};
    m_params.systemPrompt = system;
    touch();
}

void ParametersController::addStop(const QString &sequence)
{
    // Typed escapes: "\n" in the field means a newline.
    QString s = sequence;
    s.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\t"), QStringLiteral("\t"));
    if (s.isEmpty() || m_params.stop.contains(s) || m_params.stop.size() >= maxStop())
        return;
    m_params.stop << s;
    touch();
}

void ParametersController::removeStop(int index)
{
    if (index < 0 || index >= m_params.stop.size())
        return;
    m_params.stop.removeAt(index);
    touch();
}

void ParametersController::applyPreset(int index)
{
    const qsizetype builtins = GenerationParams::presetNames().size();
    if (index >= builtins && index < builtins + m_userPresets.size()) {
        // Only what this backend takes; the rest stays out of the request.
        const GenerationParams saved
            = GenerationParams::fromJsonString(m_userPresets.value(m_userPresets.keys().at(index - builtins)));
        m_params = capabilitiesFor(m_profile, GenerationRequest::Mode::Chat).filtered(saved);
        m_params.systemPrompt = saved.systemPrompt;
        touch();
        return;
    }
    if (index < 0 || index >= builtins)
        return;
    const GenerationParams preset = GenerationParams::preset(GenerationParams::presetNames().at(index));
    const Capabilities caps = capabilitiesFor(m_profile, GenerationRequest::Mode::Chat);
    if (const ParamSpec *s = caps.spec(Param::Temperature))
        m_params.temperature = qBound(s->min, *preset.temperature, s->max);
    m_params.topP = caps.supports(Param::TopP) ? preset.topP : std::nullopt;
    touch();
}

void ParametersController::setParams(const GenerationParams &params)
{
    m_params = params;
    Q_EMIT changed();
}

void ParametersController::setProfile(const Profile &profile)
{
    m_profile = profile;
    Q_EMIT changed();
}

} // namespace Inkwell
