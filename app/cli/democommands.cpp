// `demo-server`: runs the built-in demo MCP server in the foreground.
#include "cli/command.h"
#include "cli/interruptwatcher.h"
#include "cli/output.h"

#include "demo/compatfixtures.h"
#include "demo/demoauthserver.h"
#include "demo/demoserver.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sys/resource.h>

namespace mcpc::cli {

namespace {

// Many slow clients each hold a descriptor until the server evicts them: use the hard
// limit, not the often small soft one.
void raiseDescriptorLimit()
{
    struct rlimit rl = {};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &rl);
    }
}

class DemoServerCommand : public Command
{
public:
    using Command::Command;

    void start() override
    {
        quint16 port = 3000;
        QHostAddress host = QHostAddress::LocalHost;
        int pageSize = 0;
        int ttlMs = 0;
        bool fixtures = false;
        bool compatFixture = false;
        bool rejectSessions = false;
        bool auth = true;
        demo::DemoAuthConfig authConfig;
        QString tokenLog;
        QList<QPair<QString, QString>> clients; // pre-registered id, secret
        const QStringList &a = m_ctx.args;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString &arg = a[i];
            auto value = [&](QString *out) {
                if (i + 1 >= a.size())
                    return false;
                *out = a[++i];
                return true;
            };
            QString v;
            bool ok = true;
            if (arg == u"--port") {
                const uint p = value(&v) ? v.toUInt(&ok) : (ok = false, 0u);
                ok = ok && p <= 65535;
                port = quint16(p);
            } else if (arg == u"--host") {
                ok = value(&v);
                if (ok && v == u"localhost")
                    host = QHostAddress::LocalHost;
                else if (ok)
                    ok = host.setAddress(v);
            } else if (arg == u"--page-size") {
                pageSize = value(&v) ? v.toInt(&ok) : (ok = false, 0);
                ok = ok && pageSize >= 0;
            } else if (arg == u"--session-ttl-ms") {
                ttlMs = value(&v) ? v.toInt(&ok) : (ok = false, 0);
                ok = ok && ttlMs >= 0;
            } else if (arg == u"--conformance") {
                fixtures = true;
            } else if (arg == u"--compat-fixture") {
                compatFixture = true;
            } else if (arg == u"--reject-sessions") {
                rejectSessions = true;
            } else if (arg == u"--no-auth") {
                auth = false;
            } else if (arg == u"--token-ttl" || arg == u"--refresh-ttl") {
                const double secs = value(&v) ? v.toDouble(&ok) : (ok = false, 0.0);
                ok = ok && secs >= 1 && secs <= 365.0 * 24 * 3600;
                (arg == u"--token-ttl" ? authConfig.accessTokenTtlMs : authConfig.refreshTokenTtlMs) = qint64(secs * 1000);
            } else if (arg == u"--auto-consent") {
                ok = value(&v) && (v == u"allow" || v == u"deny");
                authConfig.autoConsent = v == u"allow" ? demo::DemoAuthConfig::AutoConsent::Allow
                                                      : demo::DemoAuthConfig::AutoConsent::Deny;
            } else if (arg == u"--require-resource") {
                authConfig.requireResource = true;
            } else if (arg == u"--token-log") {
                ok = value(&tokenLog) && !tokenLog.isEmpty();
            } else if (arg == u"--client") {
                ok = value(&v) && !v.isEmpty() && !v.startsWith(u':');
                const qsizetype colon = v.indexOf(u':');
                clients.append({colon < 0 ? v : v.left(colon), colon < 0 ? QString() : v.mid(colon + 1)});
            } else {
                finish(m_ctx.out->usage(QStringLiteral("unknown argument '%1' (see demo-server --help)").arg(arg)));
                return;
            }
            if (!ok) {
                finish(m_ctx.out->usage(QStringLiteral("bad or missing value for %1").arg(arg)));
                return;
            }
        }

        raiseDescriptorLimit();
        m_server = new demo::DemoServer(this);
        m_server->setPageSize(pageSize);
        m_server->setSessionTtl(ttlMs);
        m_server->setRejectSessions(rejectSessions);
        if (fixtures)
            m_server->enableConformanceFixtures();
        if (compatFixture)
            demo::addCompatFixtures(&m_server->catalog());
        if (auth) {
            auto *as = new demo::DemoAuthServer(m_server, authConfig);
            for (const auto &[id, secret] : std::as_const(clients))
                as->clients().addPreRegistered(id, secret, QStringLiteral("Pre-registered app (%1)").arg(id));
            Output *out = m_ctx.out;
            connect(as, &demo::DemoAuthServer::event, this, [out](const QString &m) { out->info(m); });
            if (!tokenLog.isEmpty() && !openTokenLog(as, tokenLog))
                return;
        }
        if (Result<void> r = m_server->listen(host, port); !r) {
            Error e = r.error();
            if (m_server->httpServer().listenError() == QAbstractSocket::AddressInUseError) {
                e.message = QStringLiteral("port %1 is in use; pass --port N").arg(port);
                e.hint = QStringLiteral("--port 0 picks a free port");
            }
            finish(m_ctx.out->fail(e));
            return;
        }
        auto *watcher = new InterruptWatcher(this);
        if (!watcher->install()) {
            finish(m_ctx.out->fail(Error::make(ErrorKind::Io, QStringLiteral("cannot install signal handlers"))));
            return;
        }
        connect(watcher, &InterruptWatcher::interrupted, this, [this] {
            m_ctx.out->info(QStringLiteral("stopping the demo server"));
            m_server->close();
            finish(0);
        });

        const QString url = m_server->url().toString();
        if (m_ctx.out->json()) {
            // One line, flushed now: scripts read the port from it while we keep running.
            const std::string doc =
                nlohmann::json{{"url", url.toStdString()}, {"port", m_server->port()}, {"auth", auth}}.dump();
            std::fwrite(doc.data(), 1, doc.size(), stdout);
            std::fputc('\n', stdout);
        } else {
            m_ctx.out->line(QStringLiteral("MCP demo server listening on %1").arg(url));
            if (auth)
                m_ctx.out->info(QStringLiteral(
                    "Sign-in is on (OAuth): clients register themselves, then you Allow them on the consent page and\n"
                    "they act as the demo user %1. No real account is involved. --no-auth turns sign-in off.")
                                    .arg(demo::DemoUser::builtIn().username));
            else
                m_ctx.out->info(QStringLiteral("Sign-in is off (--no-auth): every client is the demo user."));
            m_ctx.out->info(QStringLiteral("Press Ctrl+C to stop."));
        }
        std::fflush(stdout);
    }

private:
    // Test-only: every code, token and client secret the server hands out, one JSON line
    // each, so tests can prove none of them leaks anywhere else. Never use it otherwise.
    bool openTokenLog(demo::DemoAuthServer *as, const QString &path)
    {
        auto *file = new QFile(path, this);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            finish(m_ctx.out->fail(Error::make(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(path, file->errorString()))));
            return false;
        }
        m_ctx.out->info(QStringLiteral("warning: --token-log writes every issued token to %1 (for tests only)").arg(path));
        as->setSecretObserver([file](const char *kind, const QString &value) {
            file->write(QByteArray::fromStdString(nlohmann::json{{"kind", kind}, {"value", value.toStdString()}}.dump()) + '\n');
            file->flush();
        });
        return true;
    }

    demo::DemoServer *m_server = nullptr;
};

} // namespace

QList<CommandSpec> demoCommands()
{
    CommandSpec spec;
    spec.name = QStringLiteral("demo-server");
    spec.synopsis = QStringLiteral("demo-server [--port N] [--host ADDR] [--no-auth]");
    spec.summary = QStringLiteral("run the built-in demo MCP server (no account or network needed)");
    spec.help = QStringLiteral(
        "Runs MCP Connect's built-in demo MCP server in the foreground until Ctrl+C (SIGINT) or\n"
        "SIGTERM. It speaks Streamable HTTP at http://127.0.0.1:PORT/mcp, both MCP 2026-07-28\n"
        "(stateless, per-request metadata) and 2025-11-25 (also 2025-06-18 and 2025-03-26, with\n"
        "sessions), choosing per request. It offers the tools get_user_data, echo,\n"
        "get_avatar, long_task and fail, plus a few resources and prompts.\n\n"
        "Sign-in is on by default, like a real server: the demo has its own OAuth 2.1\n"
        "authorization server (dynamic client registration, PKCE, a consent page with Allow and\n"
        "Deny, refresh tokens, revocation). Clients sign in as the demo user ada.demo; no real\n"
        "account or network is involved. get_admin_report needs the extra permission user:admin,\n"
        "so calling it shows how a client asks for more.\n\n"
        "Options:\n"
        "  --port N       port to listen on (default 3000, so http://localhost:3000/mcp works;\n"
        "                 0 picks a free port)\n"
        "  --host ADDR    address to bind (default 127.0.0.1)\n"
        "  --no-auth      no sign-in: every client is the demo user\n"
        "  --json         print {\"url\": ..., \"port\": N} on one line instead of the text banner\n\n"
        "Exit codes: 0 stopped by a signal, 1 bad arguments, 2 the port is in use or the\n"
        "address cannot be bound.");
    // Test-only flags, not listed above: --page-size N (tools/resources/prompts page
    // size), --session-ttl-ms N (idle sessions expire and answer 404), --reject-sessions
    // (every request with a session id gets 404, to test clients' re-initialize path),
    // --compat-fixture (adds deliberately bad tools for `compat`, demo/compatfixtures.h),
    // --conformance (adds the fixtures the MCP conformance suite's server scenarios call).
    // Sign-in test flags: --token-ttl SECONDS / --refresh-ttl SECONDS (token lifetimes),
    // --auto-consent allow|deny (answer /authorize without the page, every check still
    // done), --require-resource (refuse requests without RFC 8707 `resource`),
    // --client ID[:SECRET] (a pre-registered client, loopback redirects on any port),
    // --token-log PATH (every issued code, token and client secret as JSON lines).
    spec.create = [](const CommandContext &ctx) { return new DemoServerCommand(ctx); };
    return {spec};
}

} // namespace mcpc::cli
