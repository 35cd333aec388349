#include "demo/demosession.h"

#include "demo/demotool.h"
#include "http/httpstream.h"
#include "http/sseformat.h"

#include <QStringList>

namespace mcpc::demo {

namespace {
const QStringList &levels()
{
    static const QStringList l = {QStringLiteral("debug"),   QStringLiteral("info"),     QStringLiteral("notice"),
                                  QStringLiteral("warning"), QStringLiteral("error"),    QStringLiteral("critical"),
                                  QStringLiteral("alert"),   QStringLiteral("emergency")};
    return l;
}
} // namespace

DemoSession::DemoSession(const QString &id, const QString &protocolVersion, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_version(protocolVersion)
{
    m_lastSeen.start();
}

DemoSession::~DemoSession()
{
    end();
}

QStringList DemoSession::clientCapabilities() const
{
    QStringList names;
    if (m_clientCapabilities.is_object()) {
        for (auto it = m_clientCapabilities.begin(); it != m_clientCapabilities.end(); ++it)
            names << QString::fromStdString(it.key());
    }
    return names;
}

bool DemoSession::setLogLevel(const QString &level)
{
    const qsizetype i = levels().indexOf(level);
    if (i < 0)
        return false;
    m_logLevel = int(i);
    return true;
}

int DemoSession::levelRank(const QString &level)
{
    return int(levels().indexOf(level));
}

bool DemoSession::logAllowed(const QString &level) const
{
    return levels().indexOf(level) >= m_logLevel;
}

QByteArray DemoSession::nextEventId()
{
    return QByteArray::number(++m_eventCounter);
}

bool DemoSession::hasStandaloneStream() const
{
    return m_stream && m_stream->isOpen();
}

void DemoSession::setStandaloneStream(http::HttpStream *stream)
{
    m_stream = stream;
}

bool DemoSession::sendOnStandalone(const nlohmann::json &message)
{
    if (!hasStandaloneStream())
        return false;
    return m_stream->write(http::formatSseEvent(nextEventId(), QByteArray::fromStdString(message.dump()), "message"));
}

void DemoSession::keepAlive()
{
    if (hasStandaloneStream())
        m_stream->write(http::formatSseComment("keepalive"));
}

void DemoSession::track(const nlohmann::json &requestId, DemoToolCall *call)
{
    const QString key = QString::fromStdString(requestId.dump());
    m_calls.insert(key, call);
    connect(call, &DemoToolCall::done, this, [this, key, call] {
        if (m_calls.value(key) == call)
            m_calls.remove(key);
    });
}

bool DemoSession::cancel(const nlohmann::json &requestId)
{
    const QPointer<DemoToolCall> call = m_calls.take(QString::fromStdString(requestId.dump()));
    if (!call)
        return false;
    call->cancel();
    return true;
}

int DemoSession::runningCalls() const
{
    int n = 0;
    for (const QPointer<DemoToolCall> &c : m_calls)
        n += c ? 1 : 0;
    return n;
}

void DemoSession::end()
{
    m_clientRequests.failAll(QStringLiteral("the session ended before the client answered"));
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<DemoToolCall> &c : calls) {
        if (c)
            c->cancel();
    }
    if (m_stream) {
        QPointer<http::HttpStream> s = m_stream;
        m_stream = nullptr;
        s->end();
    }
}

} // namespace mcpc::demo
