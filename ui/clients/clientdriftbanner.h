#pragma once

#include "clientconfig/clientconfigwatcher.h"
#include "widgets/banner.h"

namespace mcpc::ui {

class ClientConfigService;

// The window's notice that a client rewrote or wiped its config behind MCP Connect's back
// ("Claude Desktop removed “acme” from its config. [Reconnect…]"): non-modal, stays
// until closed. Reconnect leads to that client's card, where the preview opens.
class ClientDriftBanner : public Banner
{
    Q_OBJECT
public:
    explicit ClientDriftBanner(ClientConfigService *service, QWidget *parent = nullptr);
    // The last drift shown (for the Reconnect action).
    const clientconfig::DriftReport &lastReport() const { return m_report; }

Q_SIGNALS:
    // server = the entry's name, which is the server profile's name.
    void reconnectRequested(const QString &server, const QString &client);

private:
    void onDrift(const clientconfig::DriftReport &report);
    clientconfig::DriftReport m_report;
};

} // namespace mcpc::ui
