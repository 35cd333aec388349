#pragma once

#include <nlohmann/json.hpp>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mcpc::demo {

// One task of the Tasks extension (io.modelcontextprotocol/tasks, SEP-2663) that a demo
// tool runs in the background after tools/call answered with a CreateTaskResult. The
// tool drives it (setWorking, ask, complete, failWith); the RPC layer reads it for
// tasks/get and feeds tasks/update and tasks/cancel into it. Terminal states never change.
class DemoTask : public QObject
{
    Q_OBJECT
public:
    enum class Status { Working, InputRequired, Completed, Failed, Cancelled };

    DemoTask(QString id, nlohmann::json arguments, nlohmann::json clientCapabilities, QObject *parent = nullptr);

    const QString &id() const { return m_id; }
    Status status() const { return m_status; }
    bool isTerminal() const { return m_status == Status::Completed || m_status == Status::Failed || m_status == Status::Cancelled; }
    const nlohmann::json &arguments() const { return m_arguments; }
    const nlohmann::json &clientCapabilities() const { return m_clientCapabilities; }
    const nlohmann::json &gathered() const { return m_gathered; }
    void setGathered(nlohmann::json values) { m_gathered = std::move(values); }

    // Tool side.
    void setWorking(const QString &message);
    // Parks the task on an input request (an elicitation/create, ...) under a fresh key
    // (keys are never reused); returns the key. inputArrived() fires when it is answered.
    QString ask(const nlohmann::json &request, const QString &message);
    void complete(nlohmann::json callToolResult);
    void failWith(int code, const QString &message);
    // The answer for a key (once answered), or nullptr.
    const nlohmann::json *answer(const QString &key) const;

    // RPC side.
    nlohmann::json toJson(bool detailed) const; // CreateTaskResult body / DetailedTask
    void deliver(const nlohmann::json &inputResponses); // unknown or answered keys are ignored
    void cancel();                                      // no-op once terminal

    static constexpr int TtlMs = 10 * 60 * 1000;
    static constexpr int PollIntervalMs = 500;

Q_SIGNALS:
    void inputArrived(); // every outstanding key is answered
    void cancelled();    // stop the work

private:
    void touch();

    QString m_id;
    nlohmann::json m_arguments;
    nlohmann::json m_clientCapabilities;
    nlohmann::json m_gathered = nlohmann::json::object();
    Status m_status = Status::Working;
    QString m_message;
    QString m_createdAt;
    QString m_updatedAt;
    nlohmann::json m_pending = nlohmann::json::object();  // key -> request, unanswered
    nlohmann::json m_answers = nlohmann::json::object();  // key -> response
    int m_nextKey = 1;
    nlohmann::json m_result;
    nlohmann::json m_error;
};

// The server's tasks, by unguessable id. Each expires TtlMs after creation; the store
// holds at most MaxTasks so a client cannot make the demo grow without bound.
class DemoTasks : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static constexpr int MaxTasks = 256;

    DemoTask *create(const nlohmann::json &arguments, const nlohmann::json &clientCapabilities); // nullptr: full
    DemoTask *find(const QString &id) const;

private:
    QHash<QString, QPointer<DemoTask>> m_tasks;
};

} // namespace mcpc::demo
