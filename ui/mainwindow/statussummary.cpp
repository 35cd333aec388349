#include "mainwindow/statussummary.h"

#include "monitor/statusmonitor.h"
#include "secrets/secretstore.h"
#include "servers/serverlistmodel.h"

#include <QLabel>
#include <QStatusBar>

namespace mcpc::ui {

StatusSummary::StatusSummary(QStatusBar *bar, ServerListModel *model, StatusMonitor *monitor, SecretStore *secrets)
    : QObject(bar)
    , m_model(model)
    , m_monitor(monitor)
    , m_secrets(secrets)
    , m_summary(new QLabel(bar))
    , m_secretsLabel(new QLabel(bar))
{
    bar->addWidget(m_summary, 1);
    bar->addPermanentWidget(m_secretsLabel);
    connect(monitor, &StatusMonitor::statusChanged, this, &StatusSummary::update);
}

void StatusSummary::update()
{
    int up = 0, down = 0, login = 0;
    for (const ServerProfile &p : m_model->profiles()) {
        const ServerStatus s = m_monitor->status(p.name);
        up += s.isLive();
        down += s.state == ServerStatus::State::Down;
        login += s.state == ServerStatus::State::NeedsLogin;
    }
    const int n = m_model->rowCount();
    QStringList parts{tr("%1 server%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s"))};
    if (up)
        parts << tr("%1 up").arg(up);
    if (down)
        parts << tr("%1 down").arg(down);
    if (login)
        parts << tr("%1 need%2 sign-in").arg(login).arg(login == 1 ? QStringLiteral("s") : QString());
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_secretsLabel->setText(tr("Secrets: %1").arg(m_secrets->backendName()));
    m_secretsLabel->setToolTip(m_secrets->persistent() ? tr("Header values and tokens are kept in the system keychain.")
                                                       : tr("No keychain: secrets are kept in memory for this run only."));
}

} // namespace mcpc::ui
