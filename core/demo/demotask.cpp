#include "demo/demotask.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>

using nlohmann::json;

namespace mcpc::demo {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char *statusName(DemoTask::Status s)
{
    switch (s) {
    case DemoTask::Status::Working: return "working";
    case DemoTask::Status::InputRequired: return "input_required";
    case DemoTask::Status::Completed: return "completed";
    case DemoTask::Status::Failed: return "failed";
    case DemoTask::Status::Cancelled: return "cancelled";
    }
    return "working";
}

} // namespace

DemoTask::DemoTask(QString id, json arguments, json clientCapabilities, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_arguments(std::move(arguments))
    , m_clientCapabilities(std::move(clientCapabilities))
    , m_createdAt(now())
    , m_updatedAt(m_createdAt)
{
}

void DemoTask::touch()
{
    m_updatedAt = now();
}

void DemoTask::setWorking(const QString &message)
{
    if (isTerminal())
        return;
    m_status = m_pending.empty() ? Status::Working : Status::InputRequired;
    m_message = message;
    touch();
}

QString DemoTask::ask(const json &request, const QString &message)
{
    const QString key = QStringLiteral("input-%1").arg(m_nextKey++);
    if (isTerminal())
        return key;
    m_pending[key.toStdString()] = request;
    m_status = Status::InputRequired;
    m_message = message;
    touch();
    return key;
}

void DemoTask::complete(json result)
{
    if (isTerminal())
        return;
    m_status = Status::Completed;
    m_result = std::move(result);
    m_pending = json::object();
    touch();
}

void DemoTask::failWith(int code, const QString &message)
{
    if (isTerminal())
        return;
    m_status = Status::Failed;
    m_error = {{"code", code}, {"message", message.toStdString()}};
    m_message = message;
    m_pending = json::object();
    touch();
}

const json *DemoTask::answer(const QString &key) const
{
    auto it = m_answers.find(key.toStdString());
    return it != m_answers.end() ? &*it : nullptr;
}

void DemoTask::deliver(const json &inputResponses)
{
    if (isTerminal() || !inputResponses.is_object())
        return;
    bool any = false;
    for (auto it = inputResponses.begin(); it != inputResponses.end(); ++it) {
        if (!m_pending.contains(it.key()) || !it->is_object())
            continue; // never issued, already answered or superseded: ignored (SEP-2663)
        m_pending.erase(it.key());
        m_answers[it.key()] = *it;
        any = true;
    }
    if (!any)
        return;
    touch();
    if (m_pending.empty()) {
        m_status = Status::Working;
        Q_EMIT inputArrived();
    }
}

void DemoTask::cancel()
{
    if (isTerminal())
        return;
    m_status = Status::Cancelled;
    m_message = QStringLiteral("Cancelled at the client's request.");
    m_pending = json::object();
    touch();
    Q_EMIT cancelled();
}

json DemoTask::toJson(bool detailed) const
{
    json t{{"taskId", m_id.toStdString()},
           {"status", statusName(m_status)},
           {"createdAt", m_createdAt.toStdString()},
           {"lastUpdatedAt", m_updatedAt.toStdString()},
           {"ttlMs", TtlMs},
           {"pollIntervalMs", PollIntervalMs}};
    if (!m_message.isEmpty())
        t["statusMessage"] = m_message.toStdString();
    if (!detailed)
        return t;
    if (m_status == Status::InputRequired)
        t["inputRequests"] = m_pending;
    else if (m_status == Status::Completed)
        t["result"] = m_result;
    else if (m_status == Status::Failed)
        t["error"] = m_error;
    return t;
}

DemoTask *DemoTasks::create(const json &arguments, const json &clientCapabilities)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end();)
        it = it->isNull() ? m_tasks.erase(it) : std::next(it);
    if (m_tasks.size() >= MaxTasks)
        return nullptr;
    // A random (v4) UUID: task ids are bearer handles and must not be guessable.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *task = new DemoTask(id, arguments, clientCapabilities, this);
    m_tasks.insert(id, task);
    QTimer::singleShot(DemoTask::TtlMs, task, &QObject::deleteLater);
    return task;
}

DemoTask *DemoTasks::find(const QString &id) const
{
    return m_tasks.value(id).data();
}

} // namespace mcpc::demo
