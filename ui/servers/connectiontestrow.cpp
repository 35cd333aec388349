#include "servers/connectiontestrow.h"

#include "app/appservices.h"
#include "monitor/connectionprobe.h"
#include "style/theme.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mcpc::ui {

ConnectionTestRow::ConnectionTestRow(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_button(new QPushButton(QCoreApplication::translate("ConnectionTestRow", "Test connection"), this))
    , m_spinner(new Spinner(this))
    , m_result(new QLabel(this))
{
    m_button->setAutoDefault(false);
    m_button->setToolTip(QCoreApplication::translate("ConnectionTestRow", "Connect, ping and list the tools without saving"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_button, 0, Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(m_spinner, 0, Qt::AlignLeft | Qt::AlignVCenter);
    row->addWidget(m_result, 1);
    connect(m_button, &QPushButton::clicked, this, &ConnectionTestRow::testRequested);
}

QString ConnectionTestRow::result() const
{
    return m_result->text();
}

void ConnectionTestRow::test(const ServerProfile &profile, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ServerProfile p = profile;
    if (p.name.isEmpty() || !isValidServerName(p.name))
        p.name = QStringLiteral("connection-test");
    m_probe = new ConnectionProbe(p, m_services->httpClient(), m_services->secrets(), this);
    if (!headers.isEmpty())
        m_probe->setHeaders(headers);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionTestRow::showResult);
    setBusy(true, tr("Connecting to %1…").arg(p.target()));
    m_probe->start();
}

void ConnectionTestRow::showResult()
{
    const ServerStatus s = m_probe->result();
    m_probe->deleteLater();
    m_probe = nullptr;
    setBusy(false, {});
    QString text;
    if (s.isLive()) {
        text = tr("✓ Connected to %1%2 · %3 tool%4 · %5 ms")
                   .arg(s.serverName, s.serverVersion.isEmpty() ? QString() : QStringLiteral(" ") + s.serverVersion)
                   .arg(s.toolCount)
                   .arg(s.toolCount == 1 ? QString() : QStringLiteral("s"))
                   .arg(s.latencyMs);
        text += tr("\nMCP %1 over %2").arg(s.protocolVersion, s.transport);
        if (s.lastError)
            text += QStringLiteral("\n") + s.lastError->message;
    } else {
        text = statusHeadline(s);
        if (s.lastError && !s.lastError->hint.isEmpty())
            text += QStringLiteral("\n") + s.lastError->hint;
        if (s.state == ServerStatus::State::NeedsLogin)
            text += tr("\nThe server wants credentials: choose OAuth or headers under Sign-in.");
    }
    m_result->setText(text);
    QPalette pal = m_result->palette();
    pal.setColor(QPalette::WindowText, s.state == ServerStatus::State::Up ? theme::successColor(palette())
                                       : s.isLive()                         ? theme::warningColor(palette())
                                                                            : theme::errorColor(palette()));
    m_result->setPalette(pal);
    m_result->show();
    Q_EMIT testingChanged();
}

void ConnectionTestRow::setBusy(bool busy, const QString &what)
{
    if (busy) {
        m_spinner->start();
        m_result->setText(what);
        QPalette pal = m_result->palette();
        pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
        m_result->setPalette(pal);
        m_result->show();
    } else {
        m_spinner->stop();
    }
    Q_EMIT testingChanged();
}

} // namespace mcpc::ui
