#include "compat/catalogbuilder.h"

#include "oauth/oauthtypes.h"

namespace mcpc::compat {

using nlohmann::json;
using namespace Qt::StringLiterals;

bool hasMcpAppUi(const json &rawTool)
{
    const auto meta = rawTool.find("_meta");
    if (meta == rawTool.end() || !meta->is_object())
        return false;
    if (const auto ui = meta->find("ui"); ui != meta->end() && ui->is_object())
        if (const auto uri = ui->find("resourceUri"); uri != ui->end() && uri->is_string())
            return true;
    const auto flat = meta->find("ui/resourceUri");
    return flat != meta->end() && flat->is_string();
}

ServerCatalog buildCatalog(const QString &serverName, const ServerInfo &info, ProtocolEra era,
                           const QString &transportDescription, const QList<Tool> &tools,
                           const oauth::SignInRecord *signIn)
{
    ServerCatalog c;
    c.serverName = serverName;
    for (const Tool &t : tools)
        c.tools.append({t.name, t.description, t.inputSchema, hasMcpAppUi(t.raw)});
    // Unknown capabilities (a cached modern era skipped server/discover): assume nothing.
    c.resources = info.capabilitiesKnown && info.hasCapability("resources");
    c.prompts = info.capabilitiesKnown && info.hasCapability("prompts");
    c.instructions = info.instructions;

    if (signIn && !signIn->isEmpty()) {
        c.oauth = true;
        // What worked for us is what we know the server accepts.
        switch (signIn->client.kind) {
        case oauth::RegistrationKind::Dynamic: c.registration = {u"dcr"_s}; break;
        case oauth::RegistrationKind::MetadataDocument: c.registration = {u"cimd"_s}; break;
        case oauth::RegistrationKind::PreRegistered: c.registration = {u"preRegistered"_s}; break;
        }
    }

    if (era == ProtocolEra::Modern) {
        c.eras = {u"modern"_s};
        for (const QString &v : info.supportedVersions)
            if (v < u"2026-07-28"_s && !c.eras.contains(u"legacy"_s))
                c.eras.append(u"legacy"_s);
    } else if (era == ProtocolEra::Legacy) {
        c.eras = {u"legacy"_s};
    }

    if (transportDescription.startsWith(u"stdio"))
        c.transports = {u"stdio"_s};
    else if (transportDescription.contains(u"SSE"))
        c.transports = {u"sse"_s};
    else if (!transportDescription.isEmpty())
        c.transports = {u"streamable-http"_s};
    return c;
}

} // namespace mcpc::compat
