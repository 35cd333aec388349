#include "app/deeplinkhandler.h"

#include "app/applog.h"
#include "clientconfig/addlink.h"
#include "clients/connectclientspage.h"
#include "mainwindow/mainwindow.h"
#include "serverview/serverpage.h"
#include "servers/serverdialog.h"
#include "widgets/banner.h"

#include <QTimer>

namespace mcpc::ui {

DeeplinkHandler::DeeplinkHandler(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void DeeplinkHandler::open(const QString &link)
{
    auto parsed = clientconfig::parseAddLink(link.toUtf8());
    if (!parsed) {
        // Never the link itself in the log: it is someone else's text.
        qCInfo(lcDesktop) << "refused an add link:" << parsed.error().message;
        QString text = tr("An \"Add to MCP Connect\" link was not used: %1").arg(parsed.error().message);
        if (!parsed.error().hint.isEmpty())
            text += QLatin1Char(' ') + parsed.error().hint;
        m_window->notice()->showMessage(text, Chip::Tone::Error);
        Q_EMIT refused(parsed.error().message);
        return;
    }
    // One link dialog at a time: a newer link replaces an unanswered one.
    if (m_dialog)
        m_dialog->reject();
    ServerDialog *dialog = m_window->addServer();
    dialog->prefillFromLink(parsed->url, parsed->name);
    m_dialog = dialog;
    if (!parsed->client.isEmpty()) {
        const QString client = parsed->client;
        connect(dialog, &ServerDialog::saved, m_window, [window = m_window, client](const ServerProfile &profile) {
            // After the window made the server's page (its own saved handler runs first).
            QTimer::singleShot(0, window, [window, client, name = profile.name] {
                if (ServerPage *page = window->page(name)) {
                    page->showTab(ServerPage::ClientsIndex);
                    page->clientsPage()->reconnect(client);
                }
            });
        });
    }
    Q_EMIT dialogOpened(dialog);
}

} // namespace mcpc::ui
