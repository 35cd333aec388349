#include "demo/democlients.h"

#include "http/httprequest.h"
#include "http/urlquery.h"
#include "profiles/serverprofile.h"
#include "util/boundedjson.h"

#include <QRandomGenerator>
#include <QUrl>

using nlohmann::json;

namespace mcpc::demo {

namespace {
constexpr int kMaxClients = 1000;       // the oldest registration goes beyond this
constexpr int kMaxRedirectUris = 10;
constexpr int kMaxNameLength = 100;

DemoOAuthError metadataError(const QString &why)
{
    return {QStringLiteral("invalid_client_metadata"), why};
}

DemoOAuthError invalidClient(const QString &why)
{
    return {QStringLiteral("invalid_client"), why};
}

// Hashes have a fixed length; comparing every byte keeps timing independent of the secret.
bool sameHash(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString randomId(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QStringList> stringArray(const json &o, const char *key, const QStringList &fallback)
{
    if (!o.contains(key))
        return fallback;
    const json &v = o.at(key);
    if (!v.is_array())
        return std::nullopt;
    QStringList out;
    for (const json &e : v) {
        if (!e.is_string())
            return std::nullopt;
        out << QString::fromStdString(e.get<std::string>());
    }
    return out;
}

json toJson(const QStringList &list)
{
    json a = json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}
} // namespace

bool DemoClient::allowsRedirectUri(const QString &uri) const
{
    if (redirectUris.contains(uri))
        return true;
    const QUrl given(uri, QUrl::StrictMode);
    if (!given.isValid() || given.scheme() != u"http" || !isLoopbackHost(given.host()))
        return false;
    for (const QString &r : redirectUris) {
        const QUrl reg(r, QUrl::StrictMode);
        if (reg.scheme() == u"http" && isLoopbackHost(reg.host()) && reg.host() == given.host()
            && reg.path() == given.path() && reg.query() == given.query() && !given.hasFragment())
            return true;
    }
    return false;
}

bool DemoClients::isAcceptableRedirectUri(const QString &uri, QString *why)
{
    const QUrl u(uri, QUrl::StrictMode);
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!u.isValid() || u.isRelative())
        return no(QStringLiteral("'%1' is not an absolute URI").arg(uri));
    if (u.hasFragment())
        return no(QStringLiteral("'%1' has a fragment").arg(uri));
    const QString scheme = u.scheme().toLower();
    static const QStringList forbidden = {QStringLiteral("javascript"), QStringLiteral("data"), QStringLiteral("file"),
                                          QStringLiteral("vbscript"), QStringLiteral("about"), QStringLiteral("blob"),
                                          QStringLiteral("ftp"), QStringLiteral("ws"), QStringLiteral("wss")};
    if (forbidden.contains(scheme))
        return no(QStringLiteral("the '%1:' scheme is not allowed").arg(scheme));
    if (scheme == u"http" && !isLoopbackHost(u.host()))
        return no(QStringLiteral("'%1' uses plain http to another machine (https, or http to 127.0.0.1 only)").arg(uri));
    if ((scheme == u"http" || scheme == u"https") && u.host().isEmpty())
        return no(QStringLiteral("'%1' has no host").arg(uri));
    return true;
}

QString DemoClients::newClientId()
{
    return QStringLiteral("demo-client-%1-%2").arg(m_next++).arg(randomId(9));
}

DemoOAuthResult<json> DemoClients::registerClient(const json &metadata, qint64 nowSec)
{
    if (!metadata.is_object())
        return std::unexpected(metadataError(QStringLiteral("The registration request must be a JSON object.")));
    DemoClient c;
    const auto uris = stringArray(metadata, "redirect_uris", {});
    if (!uris || uris->isEmpty())
        return std::unexpected(DemoOAuthError{QStringLiteral("invalid_redirect_uri"),
                                              QStringLiteral("redirect_uris must be a non-empty array of strings.")});
    if (uris->size() > kMaxRedirectUris)
        return std::unexpected(DemoOAuthError{QStringLiteral("invalid_redirect_uri"), QStringLiteral("Too many redirect_uris.")});
    for (const QString &u : *uris) {
        QString why;
        if (!isAcceptableRedirectUri(u, &why))
            return std::unexpected(DemoOAuthError{QStringLiteral("invalid_redirect_uri"), why + u'.'});
    }
    c.redirectUris = *uris;

    // RFC 7591 §2: the default endpoint auth method is client_secret_basic.
    c.authMethod = QStringLiteral("client_secret_basic");
    if (metadata.contains("token_endpoint_auth_method")) {
        if (!metadata.at("token_endpoint_auth_method").is_string())
            return std::unexpected(metadataError(QStringLiteral("token_endpoint_auth_method must be a string.")));
        c.authMethod = QString::fromStdString(metadata.at("token_endpoint_auth_method").get<std::string>());
    }
    if (c.authMethod != u"none" && c.authMethod != u"client_secret_post" && c.authMethod != u"client_secret_basic")
        return std::unexpected(metadataError(
            QStringLiteral("token_endpoint_auth_method '%1' is not supported (none, client_secret_post, client_secret_basic).")
                .arg(c.authMethod)));

    const auto grants = stringArray(metadata, "grant_types", {QStringLiteral("authorization_code")});
    const auto responses = stringArray(metadata, "response_types", {QStringLiteral("code")});
    if (!grants || !responses)
        return std::unexpected(metadataError(QStringLiteral("grant_types and response_types must be arrays of strings.")));
    for (const QString &g : *grants) {
        if (g != u"authorization_code" && g != u"refresh_token")
            return std::unexpected(metadataError(QStringLiteral("grant type '%1' is not supported.").arg(g)));
    }
    for (const QString &r : *responses) {
        if (r != u"code")
            return std::unexpected(metadataError(QStringLiteral("response type '%1' is not supported (only code).").arg(r)));
    }
    if (!grants->contains(QStringLiteral("authorization_code")) || !responses->contains(QStringLiteral("code")))
        return std::unexpected(metadataError(QStringLiteral("The client must use the authorization_code grant with response type code.")));
    c.grantTypes = *grants;

    if (metadata.contains("client_name")) {
        if (!metadata.at("client_name").is_string())
            return std::unexpected(metadataError(QStringLiteral("client_name must be a string.")));
        c.clientName = QString::fromStdString(metadata.at("client_name").get<std::string>()).simplified().left(kMaxNameLength);
    }
    if (metadata.contains("scope") && metadata.at("scope").is_string())
        c.scope = QString::fromStdString(metadata.at("scope").get<std::string>()).simplified();

    c.clientId = c.isPublic() ? encodePublicId(c) : newClientId();
    json out = {{"client_id", c.clientId.toStdString()},
                {"client_id_issued_at", nowSec},
                {"redirect_uris", toJson(c.redirectUris)},
                {"grant_types", toJson(c.grantTypes)},
                {"response_types", toJson(*responses)},
                {"token_endpoint_auth_method", c.authMethod.toStdString()}};
    if (!c.clientName.isEmpty())
        out["client_name"] = c.clientName.toStdString();
    if (!c.scope.isEmpty())
        out["scope"] = c.scope.toStdString();
    if (metadata.contains("application_type") && metadata.at("application_type").is_string())
        out["application_type"] = metadata.at("application_type");
    if (!c.isPublic()) {
        const QString secret = randomId(32);
        c.secretHash = DemoTokens::hash(secret);
        out["client_secret"] = secret.toStdString();
        out["client_secret_expires_at"] = 0; // never
    }

    remember(c);
    return out;
}

void DemoClients::remember(const DemoClient &client)
{
    if (!m_clients.contains(client.clientId))
        m_order.append(client.clientId);
    m_clients.insert(client.clientId, client);
    while (m_order.size() > kMaxClients)
        m_clients.remove(m_order.takeFirst());
}

QString DemoClients::encodePublicId(const DemoClient &client)
{
    // "i": random, so two registrations with the same metadata are still two clients.
    json o = {{"i", randomId(6).toStdString()}, {"r", toJson(client.redirectUris)}, {"g", client.mayRefresh() ? "cr" : "c"}};
    if (!client.clientName.isEmpty())
        o["n"] = client.clientName.toStdString();
    const QByteArray doc = QByteArray::fromStdString(o.dump());
    return QStringLiteral("pub.")
           + QString::fromLatin1(doc.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<DemoClient> DemoClients::decodePublicId(const QString &clientId)
{
    if (!clientId.startsWith(u"pub.") || clientId.size() > 4096)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(clientId.mid(4).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const json o = parseJson(decoded.decoded, QStringLiteral("The client id")).value_or(json());
    if (!o.is_object() || !o.contains("r") || !o.contains("g") || !o.at("g").is_string())
        return std::nullopt;
    DemoClient c;
    const auto uris = stringArray(o, "r", {});
    if (!uris || uris->isEmpty() || uris->size() > kMaxRedirectUris)
        return std::nullopt;
    // Anyone can write such an id: it must pass the same checks as a registration.
    for (const QString &u : *uris) {
        if (!isAcceptableRedirectUri(u, nullptr))
            return std::nullopt;
    }
    c.redirectUris = *uris;
    const std::string g = o.at("g").get<std::string>();
    if (g != "c" && g != "cr")
        return std::nullopt;
    c.grantTypes = {QStringLiteral("authorization_code")};
    if (g == "cr")
        c.grantTypes << QStringLiteral("refresh_token");
    if (o.contains("n") && o.at("n").is_string())
        c.clientName = QString::fromStdString(o.at("n").get<std::string>()).simplified().left(kMaxNameLength);
    c.authMethod = QStringLiteral("none");
    c.clientId = clientId;
    return c;
}

void DemoClients::addPreRegistered(const QString &clientId, const QString &secret, const QString &name)
{
    DemoClient c;
    c.clientId = clientId;
    c.clientName = name;
    c.redirectUris = {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://localhost/callback"),
                      QStringLiteral("http://[::1]/callback")};
    c.authMethod = secret.isEmpty() ? QStringLiteral("none") : QStringLiteral("client_secret_basic");
    if (!secret.isEmpty())
        c.secretHash = DemoTokens::hash(secret);
    c.grantTypes = {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
    c.preRegistered = true;
    remember(c);
}

const DemoClient *DemoClients::find(const QString &clientId)
{
    auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend()) {
        const std::optional<DemoClient> known = decodePublicId(clientId);
        if (!known)
            return nullptr;
        remember(*known);
        it = m_clients.constFind(clientId);
    }
    return &*it;
}

DemoOAuthResult<const DemoClient *> DemoClients::authenticate(const http::HttpRequest &request,
                                                               const http::UrlQuery &form)
{
    QString id;
    QString secret;
    QString method;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
            return std::unexpected(invalidClient(QStringLiteral("Only HTTP Basic client authentication is supported.")));
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return std::unexpected(invalidClient(QStringLiteral("Malformed Basic credentials.")));
        // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
        id = QString::fromUtf8(http::UrlQuery::percentDecode(decoded.left(colon), true));
        secret = QString::fromUtf8(http::UrlQuery::percentDecode(decoded.mid(colon + 1), true));
        method = QStringLiteral("client_secret_basic");
        if (form.contains(QStringLiteral("client_secret")))
            return std::unexpected(invalidClient(QStringLiteral("Use one client authentication method, not two.")));
        if (form.contains(QStringLiteral("client_id")) && form.value(QStringLiteral("client_id")) != id)
            return std::unexpected(invalidClient(QStringLiteral("client_id does not match the Basic credentials.")));
    } else if (form.contains(QStringLiteral("client_secret"))) {
        id = form.value(QStringLiteral("client_id"));
        secret = form.value(QStringLiteral("client_secret"));
        method = QStringLiteral("client_secret_post");
    } else {
        id = form.value(QStringLiteral("client_id"));
        method = QStringLiteral("none");
    }
    if (id.isEmpty())
        return std::unexpected(invalidClient(QStringLiteral("No client_id was sent.")));
    const DemoClient *c = find(id);
    if (!c)
        return std::unexpected(invalidClient(QStringLiteral("The client '%1' is not registered here (register it again).").arg(id)));
    // Pre-registered confidential clients may use either secret method.
    const bool methodOk = c->authMethod == method
                          || (c->preRegistered && !c->isPublic() && method != u"none");
    if (!methodOk)
        return std::unexpected(invalidClient(
            QStringLiteral("The client registered token_endpoint_auth_method '%1' but authenticated with '%2'.")
                .arg(c->authMethod, method)));
    if (!c->isPublic() && !sameHash(DemoTokens::hash(secret), c->secretHash))
        return std::unexpected(invalidClient(QStringLiteral("The client secret is wrong.")));
    return c;
}

} // namespace mcpc::demo
