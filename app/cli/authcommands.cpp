// login | logout | auth-status: the OAuth sign-in for a server (tokens in the keychain).
#include "cli/args.h"
#include "cli/connectedcommand.h"
#include "cli/oauthoptions.h"
#include "cli/output.h"
#include "cli/services.h"
#include "oauth/oauthauthenticator.h"
#include "oauth/tokenclient.h"
#include "oauth/tokenstore.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "secrets/secretstore.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

QList<CommandSpec> doctorCommands();

namespace {

QCommandLineOption allowHttpOption() { return {QStringLiteral("allow-http"), {}}; }

QString formatExpiry(qint64 expiresAtMs)
{
    if (expiresAtMs <= 0)
        return QStringLiteral("unknown (the server gave no lifetime)");
    const qint64 left = (expiresAtMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
    const QString when = QDateTime::fromMSecsSinceEpoch(expiresAtMs).toString(Qt::ISODate);
    if (left <= 0)
        return QStringLiteral("%1 (expired)").arg(when);
    if (left < 120) // short-lived tokens (test servers): minutes would round 3 s up to "1 min"
        return QStringLiteral("%1 (in %2 s)").arg(when).arg(left);
    return QStringLiteral("%1 (in %2 min)").arg(when).arg((left + 59) / 60);
}

json statusJson(const oauth::SignInRecord &r, bool signedIn)
{
    json o = {{"signedIn", signedIn}};
    if (!signedIn)
        return o;
    o["issuer"] = r.issuer.toStdString();
    o["resource"] = r.resource.toStdString();
    o["scope"] = r.tokens.scope.toStdString();
    o["expiresAt"] = r.tokens.expiresAtMs > 0 ? json(QDateTime::fromMSecsSinceEpoch(r.tokens.expiresAtMs).toString(Qt::ISODate).toStdString()) : json();
    o["expiresAtMs"] = r.tokens.expiresAtMs;
    o["refreshable"] = !r.tokens.refreshToken.isEmpty();
    o["clientId"] = r.client.clientId.toStdString();
    o["registration"] = oauth::registrationKindName(r.client.kind).toStdString();
    return o;
}

void printStatus(Output *out, const QString &who, const oauth::SignInRecord &r)
{
    out->line(QStringLiteral("Signed in to %1").arg(who));
    out->line(QStringLiteral("  Issuer:   %1").arg(r.issuer));
    out->line(QStringLiteral("  Scopes:   %1").arg(r.tokens.scope.isEmpty() ? QStringLiteral("(none requested)") : r.tokens.scope));
    out->line(QStringLiteral("  Expires:  %1").arg(formatExpiry(r.tokens.expiresAtMs)));
    out->line(QStringLiteral("  Renewal:  %1").arg(r.tokens.refreshToken.isEmpty() ? QStringLiteral("no refresh token (sign in again when it expires)")
                                                                                 : QStringLiteral("automatic (refresh token stored)")));
    out->line(QStringLiteral("  Client:   %1 (%2)").arg(r.client.clientId, oauth::registrationKindName(r.client.kind)));
}

// login TARGET: connects with a fresh authorization forced, so discovery starts from the
// server's own 401 (its WWW-Authenticate may name the metadata), then stores the tokens.
class LoginCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;
    void start() override
    {
        QCommandLineParser p;
        if (!parseTarget(p, QStringLiteral("login TARGET")))
            return;
        if (m_oauth.noLogin)
            return finish(m_ctx.out->usage(QStringLiteral("login signs in; --no-login makes no sense here.")));
        if (!m_profile.isHttp())
            return finish(m_ctx.out->usage(QStringLiteral("'%1' is a local (stdio) server; it takes no sign-in.").arg(m_profile.name)));
        if (m_profile.auth != AuthMode::OAuth)
            return finish(m_ctx.out->usage(QStringLiteral("'%1' uses %2 authentication, not OAuth.").arg(m_profile.name, authModeName(m_profile.auth))));
        connectTo(m_profile);
    }

protected:
    bool forceFreshSignIn() const override { return true; }

    void onConnected(McpClient *client) override
    {
        if (m_authenticator && m_authenticator->interactiveSignIns() > 0)
            return report();
        // The handshake needed no token; some servers only protect the operations. Probe.
        auto *op = new ListOperation(client, QStringLiteral("tools/list"), "tools", this);
        connect(op, &ListOperation::finished, this, [this, op] {
            op->deleteLater();
            // A refused or failed sign-in fails the probe: check that before counting the
            // attempt as a sign-in (a modern server signs in on this first request).
            if (!op->ok() && op->error().kind == ErrorKind::Auth)
                return void(failAndClose(op->error()));
            if (m_authenticator && m_authenticator->interactiveSignIns() > 0)
                return report();
            m_ctx.out->info(QStringLiteral("%1 did not ask for sign-in; nothing to do.").arg(m_profile.url.toString()));
            if (m_ctx.out->json())
                m_ctx.out->document(json{{"signedIn", false}, {"required", false}});
            closeAndFinish(0);
        });
        op->start();
    }

private:
    void report()
    {
        const oauth::SignInRecord &r = m_authenticator->record();
        if (m_ctx.out->json())
            m_ctx.out->document(statusJson(r, true));
        else
            printStatus(m_ctx.out, m_adHoc ? m_profile.url.toString() : m_profile.name, r);
        if (!m_ctx.services->secrets()->persistent())
            m_ctx.out->info(QStringLiteral("note: the sign-in is kept in memory for this run only (%1).")
                                .arg(m_ctx.services->secrets()->backendName()));
        closeAndFinish(0);
    }
};

// Shared: resolve TARGET and load its stored sign-in.
class StoredSignInCommand : public Command
{
public:
    using Command::Command;

protected:
    bool begin(const QString &synopsis)
    {
        QCommandLineParser p;
        p.addOption(allowHttpOption());
        if (QString e = parseArgs(p, m_ctx.args); !e.isEmpty() || !(e = expectPositional(p, 1, 1, synopsis)).isEmpty()) {
            finish(m_ctx.out->usage(e));
            return false;
        }
        auto profile = resolveTarget(m_ctx.services, p.positionalArguments().first(), p.isSet(allowHttpOption()), &m_adHoc);
        if (!profile) {
            finish(m_ctx.out->fail(profile.error()));
            return false;
        }
        m_profile = *profile;
        m_store = tokenStoreFor(m_ctx.services, m_profile, m_adHoc, this);
        SecretJob *job = m_store->load();
        connect(job, &SecretJob::finished, this, [this, job] {
            if (job->ok()) {
                if (auto r = oauth::parseRecord(job->data()))
                    m_record = *r;
            } else if (job->status() != SecretJob::Status::NotFound) {
                m_loadError = job->errorString();
            }
            loaded();
        });
        return true;
    }
    virtual void loaded() = 0;
    QString who() const { return m_adHoc ? m_profile.url.toString() : m_profile.name; }

    ServerProfile m_profile;
    bool m_adHoc = false;
    oauth::TokenStore *m_store = nullptr;
    oauth::SignInRecord m_record;
    QString m_loadError;
};

class AuthStatusCommand : public StoredSignInCommand
{
public:
    using StoredSignInCommand::StoredSignInCommand;
    void start() override { begin(QStringLiteral("auth-status TARGET")); }

protected:
    void loaded() override
    {
        if (!m_loadError.isEmpty())
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Unavailable,
                QStringLiteral("Could not read the keychain: %1").arg(m_loadError))));
        const bool signedIn = !m_record.isEmpty();
        if (m_ctx.out->json()) {
            m_ctx.out->document(statusJson(m_record, signedIn));
        } else if (signedIn) {
            printStatus(m_ctx.out, who(), m_record);
        } else {
            m_ctx.out->line(QStringLiteral("Not signed in to %1. Sign in: %2").arg(who(), loginCommandFor(m_profile, m_adHoc)));
        }
        // Exit 3 when there is no sign-in, so scripts can test it.
        finish(signedIn ? 0 : exitCodeFor(ErrorKind::Auth));
    }
};

class LogoutCommand : public StoredSignInCommand
{
public:
    using StoredSignInCommand::StoredSignInCommand;
    void start() override { begin(QStringLiteral("logout TARGET")); }

protected:
    void loaded() override
    {
        if (!m_loadError.isEmpty())
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Unavailable,
                QStringLiteral("Could not read the keychain: %1").arg(m_loadError))));
        if (m_record.isEmpty()) {
            m_ctx.out->line(QStringLiteral("Not signed in to %1; nothing to do.").arg(who()));
            if (m_ctx.out->json())
                m_ctx.out->document(json{{"signedOut", true}, {"revoked", false}});
            return finish(0);
        }
        // RFC 7009 where offered: the refresh token first (it revokes the grant), then the access token.
        if (m_record.revocationEndpoint.isValid() && !m_record.revocationEndpoint.isEmpty()) {
            if (!m_record.tokens.refreshToken.isEmpty())
                m_toRevoke.append({m_record.tokens.refreshToken, QStringLiteral("refresh_token")});
            if (!m_record.tokens.accessToken.isEmpty())
                m_toRevoke.append({m_record.tokens.accessToken, QStringLiteral("access_token")});
        }
        revokeNext();
    }

private:
    void revokeNext()
    {
        if (m_toRevoke.isEmpty())
            return deleteLocal();
        const auto [token, hint] = m_toRevoke.takeFirst();
        oauth::TokenEndpoint auth{m_record.tokenEndpoint, m_record.client, m_record.tokenEndpointAuthMethods};
        auto *rev = new oauth::TokenRevocation(m_ctx.services->network(), m_record.revocationEndpoint, auth, token, hint, this);
        connect(rev, &oauth::TokenRevocation::finished, this, [this, rev] {
            rev->deleteLater();
            if (rev->ok())
                m_revoked = true;
            else
                m_revokeError = rev->error().message;
            revokeNext();
        });
        rev->start();
    }

    // Local secrets go whatever the server said.
    void deleteLocal()
    {
        SecretJob *job = m_store->clear();
        connect(job, &SecretJob::finished, this, [this, job] {
            if (!job->ok() && job->status() != SecretJob::Status::NotFound)
                return finish(m_ctx.out->fail(Error::make(ErrorKind::Unavailable,
                    QStringLiteral("Could not delete the stored sign-in: %1").arg(job->errorString()))));
            if (!m_revokeError.isEmpty())
                m_ctx.out->info(QStringLiteral("warning: the server did not confirm the revocation (%1).").arg(m_revokeError));
            if (m_ctx.out->json())
                m_ctx.out->document(json{{"signedOut", true}, {"revoked", m_revoked}});
            else
                m_ctx.out->line(QStringLiteral("Signed out of %1%2.").arg(who(),
                    m_revoked ? QStringLiteral(" (tokens revoked at the server)")
                              : m_record.revocationEndpoint.isEmpty() ? QStringLiteral(" (the server offers no revocation; local tokens deleted)")
                                                                      : QString()));
            finish(0);
        });
    }

    QList<QPair<QString, QString>> m_toRevoke;
    bool m_revoked = false;
    QString m_revokeError;
};

template<typename T>
std::function<Command *(const CommandContext &)> make()
{
    return [](const CommandContext &ctx) -> Command * { return new T(ctx); };
}

} // namespace

QString oauthOptionsHelp()
{
    return QStringLiteral(
        "Sign-in options (OAuth servers):\n"
        "  --browser system|print|http  how to show the sign-in page: the default browser (default\n"
        "                        when run from a terminal), print the URL, or fetch it directly for\n"
        "                        servers that approve without a page (test servers)\n"
        "  --no-login            never sign in; exit 3 if the server needs it (the default without\n"
        "                        a terminal or with CI=true, unless --browser is given)\n"
        "  --client-id ID        a pre-registered OAuth client id (with --client-secret SECRET)\n"
        "  --client-metadata-url URL  an https Client ID Metadata Document you host\n"
        "  --scope \"A B\"         request these scopes instead of the server's\n"
        "  --login-timeout SECONDS  how long to wait for the browser (default 300)\n");
}

QList<CommandSpec> authCommands()
{
    QList<CommandSpec> specs = {
        {QStringLiteral("login"), QStringLiteral("login TARGET [--browser system|print|http]"),
         QStringLiteral("sign in to an OAuth-protected server"),
         QStringLiteral("Signs in to TARGET with OAuth: finds its authorization server, registers MCP Connect\n"
                        "(or uses --client-id / --client-metadata-url), shows the consent page, and stores\n"
                        "the tokens in the OS keychain. Later commands use and renew them automatically.\n"
                        "TARGET is a saved server name or a URL. A URL that no saved server uses gets its\n"
                        "own sign-in, keyed by the URL.\n\n") + oauthOptionsHelp()
             + QStringLiteral("\nExamples:\n  mcp-connect-cli login demo\n  mcp-connect-cli login https://mcp.example.com/mcp --browser print"),
         make<LoginCommand>()},
        {QStringLiteral("logout"), QStringLiteral("logout TARGET"), QStringLiteral("sign out: revoke and delete the tokens"),
         QStringLiteral("Revokes the tokens where the server offers RFC 7009 revocation, and deletes the stored\n"
                        "sign-in either way."),
         make<LogoutCommand>()},
        {QStringLiteral("auth-status"), QStringLiteral("auth-status TARGET"), QStringLiteral("show the sign-in (issuer, scopes, expiry)"),
         QStringLiteral("Shows whether you are signed in to TARGET: issuer, scopes, expiry, how the client was\n"
                        "registered. Never prints a token. Exit 3 when not signed in."),
         make<AuthStatusCommand>()},
    };
    specs += doctorCommands();
    return specs;
}

} // namespace mcpc::cli
