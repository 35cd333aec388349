#include "protocol/inputrouter.h"

#include "protocol/mcpclient.h"
#include "util/logging.h"

namespace mcpc {

void InputRouter::attach(InputProvider *provider, QObject *operation)
{
    m_targets.removeIf([](const Target &t) { return !t.operation; });
    if (provider && provider != this && operation)
        m_targets.append({provider, operation});
}

InputProvider *InputRouter::target() const
{
    for (auto it = m_targets.crbegin(); it != m_targets.crend(); ++it)
        if (it->operation)
            return it->provider;
    return nullptr;
}

bool InputRouter::hasTarget() const
{
    return target() != nullptr;
}

void InputRouter::elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done)
{
    InputProvider *to = target();
    if (!to) {
        ++m_declined;
        qCInfo(lcSession) << "declined an elicitation/create: no tool run is waiting for input on this connection";
        done(ElicitationAnswer::decline());
        return;
    }
    to->elicit(request, operation, std::move(done));
}

QList<RootEntry> InputRouter::roots() const
{
    InputProvider *to = target();
    return to ? to->roots() : QList<RootEntry>();
}

InputRouter *InputRouter::of(const McpClient *client)
{
    return client ? dynamic_cast<InputRouter *>(client->inputProvider()) : nullptr;
}

} // namespace mcpc
