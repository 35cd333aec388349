#pragma once

#include "protocol/outcome.h"
#include "util/error.h"

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

namespace mcpc {

class McpClient;

// One JSON-RPC request in flight. Emits finished() exactly once (result or error), then
// deletes itself on the next event-loop turn: read result() inside the slot.
class RpcCall : public QObject
{
    Q_OBJECT
public:
    QString method() const { return m_method; }
    bool isFinished() const { return m_outcome.isFinished(); }
    bool ok() const { return m_outcome.ok(); }
    const nlohmann::json &result() const { return m_outcome.result(); }
    const Error &error() const { return m_outcome.error(); }
    // The JSON-RPC error's `data` member (null when absent or not a JSON-RPC error).
    const nlohmann::json &errorData() const { return m_errorData; }
    // Asks the server to stop (notifications/cancelled) and finishes with Cancelled.
    void cancel(const QString &reason = QString());

Q_SIGNALS:
    // total < 0 when the server did not say.
    void progress(double progress, double total, const QString &message);
    void finished();

private:
    friend class McpClient;
    RpcCall(McpClient *client, QString method);
    void succeed(nlohmann::json result);
    void fail(Error error);
    void finish();

    McpClient *m_client;
    QString m_method;
    QByteArray m_idKey;
    nlohmann::json m_errorData;
    Outcome m_outcome;
};

} // namespace mcpc
