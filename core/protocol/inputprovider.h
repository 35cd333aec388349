#pragma once

#include "protocol/elicitationschema.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace mcpc {

// One elicitation/create (form mode) that a server put into an input_required result.
struct ElicitationRequest
{
    QString key;          // the server's id for it in inputRequests
    QString serverName;   // who is asking, for the prompt's title
    QString message;      // untrusted text from the server
    nlohmann::json requestedSchema;
    ElicitationForm form; // requestedSchema, already checked
};

// An elicitation/create's params (form mode) checked and turned into a question: a URL
// mode request is Unavailable (not supported yet), an unknown mode or a form MCP Connect
// cannot show is a Protocol error. The same for an input_required round (2026-07-28) and
// a server-to-client request (2025-11-25).
Result<ElicitationRequest> elicitationRequestFrom(const QString &key, const nlohmann::json &params, const QString &serverName);

// What the person chose. Content only with Accept, and only the form's own keys.
struct ElicitationAnswer
{
    enum class Action { Accept, Decline, Cancel };
    Action action = Action::Cancel;
    nlohmann::json content = nlohmann::json::object();

    static ElicitationAnswer accept(nlohmann::json content) { return {Action::Accept, std::move(content)}; }
    static ElicitationAnswer decline() { return {Action::Decline, nlohmann::json::object()}; }
    static ElicitationAnswer cancel() { return {Action::Cancel, nlohmann::json::object()}; }
    nlohmann::json toJson() const; // an ElicitResult
};

struct RootEntry   // a roots/list entry: a file:// URI the server may work in
{
    QString uri;
    QString name;
};

// Where answers to a server's input requests come from: a person at a terminal, a form
// dialog, or the fixed answer a script gave on the command line. Injected into
// InputRequiredLoop, so the engine never talks to a person itself.
class InputProvider
{
public:
    using ElicitationCallback = std::function<void(Result<ElicitationAnswer>)>;
    virtual ~InputProvider() = default;

    // Ask for one elicitation; call `done` exactly once, now or later. An error ends the
    // whole request with that error (e.g. "nobody can answer"). When `operation` is
    // destroyed before the answer, drop the question (close the dialog); a late `done`
    // is harmless.
    virtual void elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done) = 0;
    // The roots the user configured (roots/list). None unless configured.
    virtual QList<RootEntry> roots() const { return {}; }
};

// A fixed answer for every elicitation (the CLI's --accept-input / --decline-input), or
// none at all: then every elicitation ends the request with an InputNeeded error that
// quotes the server's message and says how to answer from a script.
class FixedInputProvider : public InputProvider
{
public:
    static FixedInputProvider accepting(nlohmann::json content);
    static FixedInputProvider declining();
    static FixedInputProvider refusing(QString hint);

    void elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done) override;
    QList<RootEntry> roots() const override { return m_roots; }
    void setRoots(QList<RootEntry> roots) { m_roots = std::move(roots); }

private:
    enum class Mode { Accept, Decline, Refuse };
    Mode m_mode = Mode::Refuse;
    nlohmann::json m_content;
    QString m_hint;
    QList<RootEntry> m_roots;
};

} // namespace mcpc
