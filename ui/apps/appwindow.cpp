#include "apps/appwindow.h"

#include "apps/appbridge.h"
#include "apps/apphostcontext.h"
#include "apps/appslog.h"
#include "apps/appsurface.h"
#include "apps/appviewfactory.h"
#include "apps/appviewloader.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "style/theme.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using json = nlohmann::json;

namespace mcpc::ui {

namespace {

json errorReply(const RpcCall *call)
{
    return {{"error", {{"code", call->error().code ? call->error().code : -32603}, {"message", call->error().message.toStdString()}}}};
}

} // namespace

AppWindow::AppWindow(McpClient *client, const Tool &tool, const json &arguments, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_tool(tool)
    , m_arguments(arguments.is_object() ? arguments : json::object())
    , m_uri(apps::resourceUriOf(tool))
    , m_bridge(new AppBridge(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_col(new QVBoxLayout(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(QCoreApplication::translate("AppWindow", "%1 — App").arg(tool.displayTitle()));
    setObjectName(QStringLiteral("appWindow"));
    resize(720, 560);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(QCoreApplication::translate("AppWindow", "Loading the App %1…").arg(m_uri.toString()));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_col->addWidget(m_status);
    m_col->addStretch(1);
    m_col->addWidget(m_message);

    m_bridge->setHostInfo(QStringLiteral("mcp-connect"), QCoreApplication::applicationVersion());
    m_bridge->setLinkOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_bridge->setConsentAsker([this](const QString &name, std::function<void(bool)> answer) { askConsent(name, std::move(answer)); });
    m_bridge->setToolCaller([this](const json &params, AppBridge::Reply reply) {
        if (!m_client) {
            reply({{"error", {{"code", -32603}, {"message", "not connected to the server"}}}});
            return;
        }
        RpcCall *call = m_client->call(QStringLiteral("tools/call"), params);
        connect(call, &RpcCall::finished, this, [call, reply] { reply(call->ok() ? json{{"result", call->result()}} : errorReply(call)); });
    });
    connect(m_bridge, &AppBridge::appInitialized, this, [this] {
        showStatus(QCoreApplication::translate("AppWindow", "%1 from %2").arg(m_tool.displayTitle(), m_uri.toString()), false);
        Q_EMIT appInitialized();
    });
    connect(m_bridge, &AppBridge::messageFromApp, this, [this](const QString &text) {
        m_message->setText(QCoreApplication::translate("AppWindow", "Message from the App: %1").arg(text));
        m_message->show();
    });
    connect(m_bridge, &AppBridge::appLog, this, [](const QString &level, const QString &text) {
        qCInfo(lcApps).noquote() << "App log" << level << text.left(500);
    });
    connect(m_bridge, &AppBridge::protocolError, this, [](const QString &what) { qCInfo(lcApps).noquote() << what; });
    connect(m_bridge, &AppBridge::sizeChanged, this, [this](int, int height) {
        if (m_surface && height > 0)
            m_surface->setMinimumHeight(qBound(80, height, 900));
    });
    connect(m_bridge, &AppBridge::teardownRequested, this, &QWidget::close);
}

QString AppWindow::statusText() const
{
    return m_status->text();
}

QString AppWindow::messageText() const
{
    return m_message->text();
}

void AppWindow::start()
{
    if (!m_uri.isValid()) {
        fail(tr("This tool has no App."));
        return;
    }
    if (!m_client) {
        fail(tr("Not connected to the server."));
        return;
    }
    const auto policy = AppViewLoader::renderPolicy();
    if (!policy) {
        fail(policy.error().message);
        return;
    }
    RpcCall *read = m_client->call(QStringLiteral("resources/read"), {{"uri", m_uri.toString().toStdString()}});
    connect(read, &RpcCall::finished, this, [this, read] {
        if (!read->ok())
            fail(tr("The App %1 could not be read: %2").arg(m_uri.toString(), read->error().message));
        else
            onResourceRead(read->result());
    });
}

void AppWindow::onResourceRead(const json &result)
{
    auto resource = AppResource::fromReadResult(m_uri, result);
    if (!resource) {
        fail(resource.error().message);
        return;
    }
    m_resource = *resource;
    auto factory = AppViewLoader::factory();
    if (!factory) {
        fail(factory.error().message);
        return;
    }
    m_surface = (*factory)->createAppSurface(this);
    m_surface->setMinimumHeight(160);
    m_col->insertWidget(1, m_surface, 100);
    if (AppViewLoader::renderPolicy() == WebSandbox::Mode::EmbeddedUnsandboxed)
        showStatus(tr("Chromium's sandbox is off (--no-sandbox): this App's HTML runs without it. Only open Apps "
                                  "from servers you trust."), true);
    m_bridge->setHostContext(apphost::context(palette(), m_surface->size().expandedTo(QSize(600, 400)), m_tool));
    m_bridge->setHostCapabilities(apphost::capabilities(m_resource));
    connect(m_bridge, &AppBridge::sendToApp, m_surface, &AppSurface::postToApp);
    connect(m_surface, &AppSurface::messageFromApp, m_bridge, &AppBridge::receive);
    connect(m_surface, &AppSurface::blocked, this, [this](const QUrl &url, const QString &why) {
        showStatus(url.isEmpty() ? tr("Blocked: %1.").arg(why)
                                 : tr("Blocked %1: %2.").arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200), why),
                   true);
        Q_EMIT blocked(url, why);
    });
    connect(m_surface, &AppSurface::permissionAsked, this, [this](const QString &what, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Allow the App?"),
                                    tr("The App of %1 asks to use %2. Allow it for this window?").arg(m_tool.displayTitle(), what),
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [answer](int r) { answer(r == QMessageBox::Yes); });
        box->open();
    });
    m_surface->load(m_resource);
    m_bridge->sendToolInput(m_arguments);
    callInitialTool();
}

void AppWindow::callInitialTool()
{
    // The person pressed Open App on this tool: its result is what the App renders.
    RpcCall *call = m_client->call(QStringLiteral("tools/call"), {{"name", m_tool.name.toStdString()}, {"arguments", m_arguments}});
    connect(call, &RpcCall::finished, this, [this, call] {
        if (call->ok())
            m_bridge->sendToolResult(call->result());
        else
            m_bridge->sendToolResult({{"isError", true}, {"content", json::array({{{"type", "text"}, {"text", call->error().message.toStdString()}}})}});
    });
}

void AppWindow::askConsent(const QString &tool, std::function<void(bool)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Let the App call tools?"),
                                tr("The App wants to call the tool \"%1\" on the server. Allow this App to call the "
                                               "server's tools while this window is open?")
                                    .arg(tool.left(200)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("appToolConsent"));
    QPushButton *allow = box->addButton(tr("Allow"), QMessageBox::AcceptRole);
    box->addButton(tr("Deny"), QMessageBox::RejectRole);
    box->setDefaultButton(allow);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, allow, answer] { answer(box->clickedButton() == allow); });
    box->open();
}

void AppWindow::fail(const QString &message)
{
    qCInfo(lcApps).noquote() << message;
    showStatus(message, true);
    Q_EMIT failed(message);
}

void AppWindow::showStatus(const QString &text, bool warning)
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, warning ? theme::warningColor(palette()) : theme::mutedText(palette()));
    m_status->setPalette(p);
    m_status->setText(text);
}

void AppWindow::closeEvent(QCloseEvent *event)
{
    // Teardown first (the App may save its state); a silent App does not keep the window.
    if (m_tornDown || !m_bridge->initialized()) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    if (std::exchange(m_closing, true))
        return;
    QPointer<AppWindow> self(this);
    auto finish = [self] {
        if (self && !self->m_tornDown) {
            self->m_tornDown = true;
            self->close();
        }
    };
    m_bridge->teardown(finish);
    QTimer::singleShot(2000, this, finish);
}

} // namespace mcpc::ui
