#include "profiles/profileexporter.h"

#include "profiles/secretscrubber.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc {

namespace {

std::string s(const QString &q) { return q.toStdString(); }

json portableJson(const ServerProfile &p)
{
    json o = {{"name", s(p.name)}, {"transport", s(transportName(p.transport))}, {"auth", s(authModeName(p.auth))}};
    if (p.transport == TransportKind::Stdio) {
        o["command"] = s(p.command);
        json args = json::array();
        for (const QString &a : p.args)
            args.push_back(s(a));
        o["args"] = args;
    } else {
        o["url"] = s(p.url.toString(QUrl::FullyEncoded));
    }
    json headers = json::array();
    for (const QString &h : p.headerNames) // names only: the values are in the keychain
        headers.push_back(s(h));
    o["headers"] = headers;
    if (!p.userDataTool.isEmpty())
        o["userDataTool"] = s(p.userDataTool);
    if (p.allowInsecureHttp)
        o["allowInsecureHttp"] = true;
    return o;
}

} // namespace

ProfileExport ProfileExporter::exportProfiles(const QList<ServerProfile> &profiles)
{
    ProfileExport out;
    json list = json::array();
    for (const ServerProfile &p : profiles) {
        QStringList removed;
        list.push_back(portableJson(SecretScrubber::scrub(p, &removed)));
        for (const QString &r : removed)
            out.removed << QStringLiteral("%1: %2").arg(p.name, r);
    }
    out.count = int(list.size());
    const json doc = {{"format", kProfileFileFormat},
                      {"schemaVersion", kProfileSchemaVersion},
                      {"exportedAt", s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
                      {"profiles", list}};
    out.json = QByteArray::fromStdString(doc.dump(2)) + '\n';
    return out;
}

} // namespace mcpc
