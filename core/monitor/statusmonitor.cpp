#include "http/client/httpclient.h"
#include "monitor/statusmonitor.h"

#include "monitor/serverchecker.h"
#include "protocol/mcpclient.h"

#include <QSet>
#include <QTimer>

namespace mcpc {

namespace {

bool sameConnection(const ServerProfile &a, const ServerProfile &b)
{
    return a.url == b.url && a.command == b.command && a.args == b.args && a.transport == b.transport
        && a.auth == b.auth && a.headerNames == b.headerNames && a.allowInsecureHttp == b.allowInsecureHttp;
}

} // namespace

StatusMonitor::StatusMonitor(http::HttpClient *network, SecretStore *secrets, MonitorOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
}

StatusMonitor::~StatusMonitor() = default;

void StatusMonitor::setAuthenticatorProvider(ServerChecker::AuthenticatorProvider provider)
{
    m_authProvider = std::move(provider);
    for (ServerChecker *c : std::as_const(m_checkers))
        c->setAuthenticatorProvider(m_authProvider);
}

void StatusMonitor::setProfiles(const QList<ServerProfile> &profiles)
{
    QSet<QString> keep;
    for (const ServerProfile &p : profiles) {
        keep.insert(p.name);
        addProfile(p);
    }
    for (const QString &name : m_checkers.keys())
        if (!keep.contains(name))
            removeProfile(name);
}

void StatusMonitor::addProfile(const ServerProfile &profile)
{
    if (ServerChecker *existing = m_checkers.value(profile.name)) {
        if (!sameConnection(existing->profile(), profile))
            existing->setProfile(profile);
        return;
    }
    auto *checker = new ServerChecker(profile, m_network, m_secrets, m_options, this);
    checker->setAuthenticatorProvider(m_authProvider);
    const QString name = profile.name;
    connect(checker, &ServerChecker::statusChanged, this,
            [this, name](const ServerStatus &s) { Q_EMIT statusChanged(name, s); });
    m_checkers.insert(name, checker);
    checker->start();
}

void StatusMonitor::removeProfile(const QString &name)
{
    ServerChecker *checker = m_checkers.take(name);
    if (!checker)
        return;
    disconnect(checker, nullptr, this, nullptr);
    checker->stop();
    // stop() asked the server to end the session; give the goodbye a moment to leave.
    QTimer::singleShot(2000, checker, &QObject::deleteLater);
}

ServerChecker *StatusMonitor::checker(const QString &name) const
{
    return m_checkers.value(name);
}

ServerStatus StatusMonitor::status(const QString &name) const
{
    ServerChecker *c = m_checkers.value(name);
    return c ? c->status() : ServerStatus{};
}

void StatusMonitor::checkAll()
{
    for (ServerChecker *c : std::as_const(m_checkers))
        c->checkNow();
}

void StatusMonitor::shutdown()
{
    int open = 0;
    auto remaining = std::make_shared<int>(0);
    for (ServerChecker *c : std::as_const(m_checkers)) {
        if (McpClient *client = c->client()) {
            ++open;
            ++*remaining;
            connect(client, &McpClient::closed, this, [this, remaining] {
                if (--*remaining == 0)
                    Q_EMIT shutDown();
            });
        }
        c->stop();
    }
    if (open == 0)
        QTimer::singleShot(0, this, &StatusMonitor::shutDown);
}

} // namespace mcpc
