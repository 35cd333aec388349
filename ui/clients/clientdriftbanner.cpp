#include <QCoreApplication>
#include "clients/clientdriftbanner.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clients/clientconfigservice.h"

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;

ClientDriftBanner::ClientDriftBanner(ClientConfigService *service, QWidget *parent)
    : Banner(parent)
{
    setObjectName(u"banner"_s); // Banner's own style
    setAccessibleName(QCoreApplication::translate("ClientDriftBanner", "Client config changed"));
    if (service)
        connect(service, &ClientConfigService::driftDetected, this, &ClientDriftBanner::onDrift);
    connect(this, &Banner::actionTriggered, this, [this] { Q_EMIT reconnectRequested(m_report.name, m_report.client); });
}

void ClientDriftBanner::onDrift(const DriftReport &report)
{
    m_report = report;
    const ClientAdapter *adapter = clientAdapter(report.client);
    const QString client = (adapter ? adapter->displayName() : report.client).toHtmlEscaped();
    const QString name = report.name.toHtmlEscaped();
    QString text;
    switch (report.kind) {
    case DriftReport::Kind::Removed:
        text = tr("<b>%2 rewrote its config and dropped “%1”.</b> The entry MCP Connect added is gone.").arg(name, client);
        break;
    case DriftReport::Kind::Changed:
        text = tr("<b>“%1” in %2's config was changed</b> outside MCP Connect.").arg(name, client);
        break;
    case DriftReport::Kind::FileDeleted:
        text = tr("<b>%1's config file was deleted</b>, and “%2” with it.").arg(client, name);
        break;
    case DriftReport::Kind::Unreadable:
        text = tr("<b>%1's config file can no longer be read</b>; “%2” may not load.").arg(client, name);
        break;
    }
    showMessage(text, Chip::Tone::Warning, report.kind == DriftReport::Kind::Unreadable ? tr("Show…") : tr("Reconnect…"));
}

} // namespace mcpc::ui
