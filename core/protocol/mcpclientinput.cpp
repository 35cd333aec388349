// McpClient, input for a 2025-era server: its elicitation/create requests (form mode),
// answered through the same InputProvider that answers 2026-07-28 input_required rounds
// (a terminal, --accept-input / --decline-input, the app's form dialog).
#include "protocol/mcpclient.h"

#include "protocol/inputprovider.h"
#include "util/logging.h"

using nlohmann::json;

namespace mcpc {

void McpClient::answerElicitation(const jsonrpc::Message &m)
{
    const json id = m.id;
    auto request = elicitationRequestFrom(QString::fromStdString(m.method), m.params.is_object() ? m.params : json(),
                                          m_server.displayName());
    if (!request) {
        Q_EMIT inputFailed(request.error());
        sendRaw(jsonrpc::makeError(id, request.error().kind == ErrorKind::Protocol ? jsonrpc::InvalidParams : jsonrpc::InternalError,
                                   request.error().message.toStdString()),
                SendResponse);
        return;
    }
    // The question lives as long as this object: closing the client drops it.
    auto *operation = new QObject(this);
    QPointer<McpClient> self(this);
    qCDebug(lcSession) << "the server asks for input (elicitation/create)";
    m_options.inputProvider->elicit(*request, operation, [self, operation, id](Result<ElicitationAnswer> answer) {
        if (!self || self->m_state == State::Closed || self->m_state == State::Closing)
            return;
        operation->deleteLater();
        if (!answer) {
            Q_EMIT self->inputFailed(answer.error());
            self->sendRaw(jsonrpc::makeError(id, jsonrpc::InternalError, answer.error().message.toStdString()), SendResponse);
            return;
        }
        self->sendRaw(jsonrpc::makeResult(id, answer->toJson()), SendResponse);
    });
}

} // namespace mcpc
