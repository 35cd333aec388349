#include "protocol/inputrequests.h"

#include "protocol/types.h"

#include <algorithm>

using nlohmann::json;

namespace mcpc {

namespace {

Error protocolError(const QString &message)
{
    return Error::make(ErrorKind::Protocol, message);
}

} // namespace

Result<CollectedInputs> collectInputRequests(const json &requests, const InputProvider *provider,
                                             const QString &serverName, int maxRequests)
{
    CollectedInputs out;
    if (!requests.is_object())
        return std::unexpected(protocolError(QStringLiteral("The server's inputRequests is not an object.")));
    if (requests.size() > size_t(std::max(0, maxRequests)))
        return std::unexpected(protocolError(QStringLiteral("The server asked for %1 inputs at once; MCP Connect answers at most %2.")
                                                 .arg(requests.size()).arg(maxRequests)));
    // Check every request before asking anything: a person should not fill in a form
    // for a round that then fails on the next entry.
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const json &r = it.value();
        const std::string method = r.is_object() && r.contains("method") && r["method"].is_string() ? r["method"].get<std::string>() : std::string();
        const json params = r.is_object() ? r.value("params", json::object()) : json();
        if (method.empty() || !params.is_object())
            return std::unexpected(protocolError(QStringLiteral("The server's input request '%1' has no method or no params object.").arg(key)));
        if (method == "elicitation/create") {
            auto q = elicitationRequestFrom(key, params, serverName);
            if (!q)
                return std::unexpected(q.error());
            out.questions.append(std::move(*q));
        } else if (method == "roots/list") {
            json roots = json::array();
            if (provider)
                for (const RootEntry &root : provider->roots()) {
                    json e{{"uri", root.uri.toStdString()}};
                    if (!root.name.isEmpty())
                        e["name"] = root.name.toStdString();
                    roots.push_back(std::move(e));
                }
            out.responses[it.key()] = json{{"roots", roots}};
        } else if (method == "sampling/createMessage") {
            return std::unexpected(Error::make(ErrorKind::Unavailable,
                QStringLiteral("The server asked MCP Connect to run a language model (sampling/createMessage). MCP Connect has no model, so it cannot answer."),
                0, QStringLiteral("Use this tool from an AI client that supports sampling.")));
        } else {
            return std::unexpected(protocolError(QStringLiteral("The server's input request '%1' uses %2, which is not an input request MCP knows.")
                                                     .arg(key, QString::fromStdString(method))));
        }
    }
    return out;
}

} // namespace mcpc
