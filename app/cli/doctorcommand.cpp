// doctor TARGET: the seed's troubleshooting list as checks, each failure explained in
// plain words with the fix.
#include "cli/args.h"
#include "cli/command.h"
#include "cli/connectedcommand.h"
#include "cli/output.h"
#include "cli/services.h"
#include "oauth/clock.h"
#include "oauth/discovery.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenstore.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "compat/catalogbuilder.h"
#include "compat/compatengine.h"
#include "compat/troubleshooting.h"
#include "transport/transport.h"
#include "secrets/secretstore.h"
#include "transport/httpcommon.h"
#include "util/jsonfield.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

namespace {

class DoctorCommand : public Command
{
public:
    using Command::Command;
    void start() override
    {
        QCommandLineParser p;
        p.addOption({QStringLiteral("allow-http"), {}});
        p.addOption({QStringLiteral("tool"), {}, QStringLiteral("name")});
        p.addOption({QStringLiteral("client-id"), {}, QStringLiteral("id")});
        if (QString e = parseArgs(p, m_ctx.args); !e.isEmpty() || !(e = expectPositional(p, 1, 1, QStringLiteral("doctor TARGET [--tool NAME]"))).isEmpty())
            return finish(m_ctx.out->usage(e));
        m_tool = p.value(QStringLiteral("tool"));
        m_clientId = p.value(QStringLiteral("client-id"));
        auto profile = resolveTarget(m_ctx.services, p.positionalArguments().first(), true, &m_adHoc);
        if (!profile)
            return finish(m_ctx.out->fail(profile.error()));
        m_profile = *profile;
        if (!m_profile.isHttp()) {
            check(true, QStringLiteral("Local (stdio) server: `%1`").arg(m_profile.target()));
            return connectAndList();
        }
        if (isInsecureRemoteUrl(m_profile.url))
            check(false, QStringLiteral("%1 uses plain HTTP to another machine.").arg(m_profile.url.toString()),
                  QStringLiteral("Use HTTPS in production; tokens and data travel unencrypted over HTTP."));
        else
            check(true, QStringLiteral("URL %1").arg(m_profile.url.toString()));
        probe();
    }

private:
    // One line per check: "ok" or "FAIL" with the fix under it.
    void check(bool ok, const QString &what, const QString &fix = {})
    {
        m_failed = m_failed || !ok;
        m_checks.push_back(json{{"ok", ok}, {"check", what.toStdString()}, {"fix", fix.toStdString()}});
        m_ctx.out->line(QStringLiteral("%1 %2").arg(ok ? QStringLiteral("  ok  ") : QStringLiteral("  FAIL"), what));
        if (!fix.isEmpty())
            m_ctx.out->line(QStringLiteral("        fix: %1").arg(fix));
    }

    void probe()
    {
        QNetworkRequest req = http::makeRequest(m_profile.url, "application/json, text/event-stream");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setTransferTimeout(15000);
        const QByteArray init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"mcp-connect-doctor\",\"version\":\"1\"}}}";
        QNetworkReply *reply = m_ctx.services->network()->post(req, init);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = http::statusCode(reply);
            if (status == 0) {
                const Error e = http::networkError(reply, m_profile.url);
                check(false, e.message, e.hint.isEmpty() ? QStringLiteral("Is the server running? Is the port right?") : e.hint);
                return done();
            }
            check(true, QStringLiteral("The server answers (HTTP %1).").arg(status));
            if (status == 401 || status == 403) {
                QList<QByteArray> challenges;
                for (const auto &[name, value] : reply->rawHeaderPairs())
                    if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                        challenges << value;
                m_challenge = oauth::bearerChallenge(challenges);
                check(true, m_challenge.present ? QStringLiteral("It requires OAuth sign-in (Bearer challenge%1).")
                                                      .arg(m_challenge.resourceMetadata.isEmpty() ? QString() : QStringLiteral(" with resource_metadata"))
                                                : QStringLiteral("It requires sign-in (no WWW-Authenticate header; probing well-known URLs)."));
                return discover();
            }
            if (status >= 400 && status != 404 && status != 405 && status != 400) {
                check(false, QStringLiteral("The MCP endpoint answered HTTP %1.").arg(status),
                      QStringLiteral("Check the server's logs; the URL path may be wrong (often /mcp)."));
                return done();
            }
            check(true, QStringLiteral("No sign-in required for the handshake."));
            connectAndList();
        });
    }

    void discover()
    {
        auto *d = new oauth::OAuthDiscovery(m_ctx.services->network(), m_profile.url, m_challenge, this);
        connect(d, &oauth::OAuthDiscovery::finished, this, [this, d] {
            d->deleteLater();
            if (!d->ok()) {
                check(false, QStringLiteral("OAuth metadata: %1").arg(d->error().message),
                      d->error().hint.isEmpty() ? QStringLiteral("The protected resource or authorization server metadata is missing or "
                                                                 "inconsistent; tell the server's operator.")
                                                : d->error().hint);
                if (qEnvironmentVariableIsSet("MCPC_VERBOSE"))
                    for (const QString &a : d->attempts())
                        m_ctx.out->info(QStringLiteral("note: ") + a);
                return done();
            }
            const oauth::DiscoveryResult &r = d->result();
            check(true, r.legacy ? QStringLiteral("No protected resource metadata: using the 2025-03-26 fallback (authorization server = %1).").arg(r.issuer)
                                 : QStringLiteral("Protected resource metadata found; its resource matches (%1).").arg(r.resource));
            check(true, r.authServer.fromDefaults ? QStringLiteral("Authorization server %1 has no metadata; default endpoints used.").arg(r.issuer)
                                                  : QStringLiteral("Authorization server %1: metadata valid, issuer matches, PKCE S256 supported.").arg(r.issuer));
            const bool canRegister = !r.authServer.registrationEndpoint.isEmpty();
            if (!canRegister && m_clientId.isEmpty() && !r.authServer.clientIdMetadataDocumentSupported)
                check(false, QStringLiteral("No registration_endpoint and no client id."),
                      QStringLiteral("Dynamic client registration is not enabled on the authorization server; enable it, or enter a "
                                     "pre-registered client id (login --client-id ID)."));
            else
                check(true, canRegister ? QStringLiteral("Dynamic client registration is available.")
                                        : QStringLiteral("A client id is available (pre-registered or metadata document)."));
            checkStoredSignIn();
        });
        d->start();
    }

    void checkStoredSignIn()
    {
        auto *store = tokenStoreFor(m_ctx.services, m_profile, m_adHoc, this);
        SecretJob *job = store->load();
        connect(job, &SecretJob::finished, this, [this, job] {
            if (!job->ok()) {
                check(false, QStringLiteral("Not signed in."), QStringLiteral("Run: %1").arg(loginCommandFor(m_profile, m_adHoc)));
                return done();
            }
            check(true, QStringLiteral("A sign-in is stored."));
            connectAndList();
        });
    }

    void connectAndList()
    {
        auto *connector = new ServerConnector(m_profile, m_ctx.services->httpClient(), m_ctx.services->secrets(), this);
        if (m_profile.isHttp() && m_profile.auth == AuthMode::OAuth) {
            oauth::AuthenticatorOptions opts;
            opts.serverUrl = m_profile.url;
            opts.loginCommand = loginCommandFor(m_profile, m_adHoc);
            auto *store = tokenStoreFor(m_ctx.services, m_profile, m_adHoc, this);
            opts.loadOnChallenge = m_adHoc || store->profileMetadata().empty();
            connector->setAuthenticator(new oauth::OAuthAuthenticator(m_ctx.services->network(), oauth::SystemClock::instance(), store, opts, this));
        }
        connect(connector, &ServerConnector::finished, this, [this, connector] {
            connector->deleteLater();
            if (!connector->ok()) {
                const Error &e = connector->error();
                if (e.kind == ErrorKind::Auth)
                    check(false, QStringLiteral("The token was rejected: %1").arg(e.message),
                          QStringLiteral("Sign in again: %1").arg(loginCommandFor(m_profile, m_adHoc)));
                else
                    check(false, QStringLiteral("Connecting failed: %1").arg(e.message), e.hint);
                return done();
            }
            m_client = connector->takeClient(this);
            check(true, QStringLiteral("MCP handshake: %1 %2, protocol %3.")
                            .arg(m_client->serverInfo().displayName(), m_client->serverInfo().version, m_client->serverInfo().protocolVersion));
            auto *op = new ListOperation(m_client, QStringLiteral("tools/list"), "tools", this);
            connect(op, &ListOperation::finished, this, [this, op] {
                op->deleteLater();
                if (!op->ok()) {
                    check(false, QStringLiteral("Listing tools failed: %1").arg(op->error().message), op->error().hint);
                    return done();
                }
                QStringList names;
                for (const json &t : op->items())
                    names << jsonString(t, "name");
                check(!names.isEmpty(), QStringLiteral("%1 tools available.").arg(names.size()),
                      names.isEmpty() ? QStringLiteral("The server lists no tools; check that they are implemented and enabled.") : QString());
                checkCompatibility(op->items());
                if (!m_tool.isEmpty())
                    check(names.contains(m_tool), QStringLiteral("Tool '%1' %2.").arg(m_tool, names.contains(m_tool) ? QStringLiteral("is available") : QStringLiteral("is not available")),
                          names.contains(m_tool) ? QString() : QStringLiteral("Available tools: %1").arg(names.join(QStringLiteral(", "))));
                done();
            });
            op->start();
        });
        connector->start();
    }

    // The seed's "Tool not available" case: a tool some clients filter out or cannot call
    // (name too long, too many tools, a schema their model provider refuses), from the
    // same per-client rules as `compat`.
    void checkCompatibility(const json &items)
    {
        auto rules = compat::RuleSet::loadDefault();
        if (!rules)
            return void(check(false, rules.error().message, rules.error().hint));
        QList<Tool> tools;
        for (const json &t : items)
            if (auto tool = parseTool(t))
                tools.append(*tool);
        const compat::ServerCatalog catalog = compat::buildCatalog(m_profile.name, m_client->serverInfo(), m_client->era(),
                                                                   m_client->transport()->describe(), tools, nullptr);
        const auto reports = compat::CompatEngine::evaluateAll(catalog, *rules);
        const auto cases = compat::toolsNotAvailable(reports);
        for (const compat::ToolNotAvailable &c : cases)
            check(false, compat::describe(c),
                  QStringLiteral("%1 Source: %2. All findings: mcp-connect-cli compat %3 --client %4")
                      .arg(c.first.fix, c.first.source.url.isEmpty() ? QStringLiteral("unverified") : c.first.source.url,
                           m_adHoc ? m_profile.url.toString() : m_profile.name, c.client));
        const qsizetype clean = reports.size() - cases.size();
        if (clean == rules->clients().size())
            check(true, QStringLiteral("Every tool passes the per-client rules of %1 clients (details: compat).").arg(clean));
    }

    void done()
    {
        if (m_ctx.out->json())
            m_ctx.out->document(json{{"ok", !m_failed}, {"checks", m_checks}});
        const int code = m_failed ? 4 : 0;
        if (!m_client)
            return finish(code);
        connect(m_client, &McpClient::closed, this, [this, code] { finish(code); });
        m_client->close();
    }

    ServerProfile m_profile;
    bool m_adHoc = false;
    QString m_tool;
    QString m_clientId;
    oauth::BearerChallenge m_challenge;
    McpClient *m_client = nullptr;
    json m_checks = json::array();
    bool m_failed = false;
};

} // namespace

QList<CommandSpec> doctorCommands()
{
    return {{QStringLiteral("doctor"), QStringLiteral("doctor TARGET [--tool NAME]"), QStringLiteral("check a server and explain what is wrong"),
             QStringLiteral("Runs the troubleshooting checks against TARGET and explains each failure with the fix:\n"
                            "connection refused (is the server running? right port?), plain HTTP to another machine,\n"
                            "missing or inconsistent OAuth metadata, no dynamic client registration and no client id,\n"
                            "not signed in or token rejected, tool not available (--tool NAME).\n"
                            "Exit 0 when every check passes, 4 when one fails.\n\n"
                            "Options:\n  --tool NAME      check that this tool is available\n"
                            "  --client-id ID   you have a pre-registered client id (skips the registration check)"),
             [](const CommandContext &ctx) -> Command * { return new DoctorCommand(ctx); }}};
}

} // namespace mcpc::cli
