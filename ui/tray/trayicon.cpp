#include "tray/trayicon.h"

#include "app/appservices.h"
#include "app/applog.h"
#include "auth/profilesignin.h"
#include "auth/signincontroller.h"
#include "mainwindow/mainwindow.h"
#include "monitor/statusmonitor.h"
#include "style/theme.h"
#include "widgets/icons.h"
#include "widgets/paintediconengine.h"

#include <QCoreApplication>
#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace mcpc::ui {

namespace {

constexpr qint64 kExpiryLeadMs = 15 * 60 * 1000; // warn a quarter of an hour ahead

QColor colorFor(tray::State state, const QPalette &pal)
{
    switch (state) {
    case tray::State::Up:
        return theme::successColor(pal);
    case tray::State::Degraded:
    case tray::State::NeedsLogin:
        return theme::warningColor(pal);
    case tray::State::Down:
        return theme::errorColor(pal);
    default:
        return theme::mutedText(pal);
    }
}

// The app icon with a status dot in its lower right corner, drawn when the tray host
// first asks for a size: drawing six sizes here ran before the window's first paint.
QIcon statusIcon(tray::State state, bool anyServers)
{
    const QColor dot = colorFor(state, QApplication::palette());
    auto draw = [anyServers, dot](const QSize &size, QIcon::Mode) {
        const int side = qMin(size.width(), size.height());
        QPixmap pm = icons::appIcon().pixmap(side, side);
        if (anyServers) {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal d = side * 0.5;
            p.setPen(QPen(Qt::white, qMax(1.0, side / 16.0)));
            p.setBrush(dot);
            p.drawEllipse(QRectF(side - d - 0.5, side - d - 0.5, d, d));
        }
        return pm;
    };
    QList<QSize> sizes;
    for (int side : {16, 22, 24, 32, 48, 64})
        sizes << QSize(side, side);
    return QIcon(new PaintedIconEngine(draw, sizes));
}

} // namespace

TrayIcon::TrayIcon(AppServices *services, MainWindow *window, SignInController *signIn, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_signIn(signIn)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
{
    m_menu->addAction(QCoreApplication::translate("TrayIcon", "Show MCP Connect"), this, &TrayIcon::showWindow);
    m_menu->addAction(QCoreApplication::translate("TrayIcon", "Check all now"), services->monitor(), &StatusMonitor::checkAll);
    m_menu->addSeparator();
    m_menu->addAction(QCoreApplication::translate("TrayIcon", "Quit"), window, &MainWindow::quitApp);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    connect(services->monitor(), &StatusMonitor::statusChanged, this, &TrayIcon::onStatus);
    connect(window, &MainWindow::removalCommitted, this, [this](const QString &name, bool ok) {
        if (!ok)
            return;
        m_current.remove(name);
        m_settled.remove(name);
        m_warnedExpiry.remove(name);
        refresh();
    });
    m_expiryTimer.setInterval(60 * 1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &TrayIcon::checkExpiries);
    m_expiryTimer.start();
    // Made after the window's first paint: take over what the monitor already knows.
    for (const QString &name : services->monitor()->names())
        m_current[name] = services->monitor()->status(name).state;
    refresh();
    if (available())
        m_icon->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::onStatus(const QString &name, const ServerStatus &status)
{
    m_current[name] = status.state;
    const bool settled = status.state != tray::State::Unknown && status.state != tray::State::Connecting;
    if (settled) {
        const tray::State previous = m_settled.value(name, tray::State::Unknown);
        m_settled[name] = status.state;
        switch (tray::noticeFor(previous, status.state)) {
        case tray::Notice::WentDown:
            notify(tr("%1 is down").arg(name),
                   status.lastError ? status.lastError->message : tr("MCP Connect cannot reach it."), true);
            break;
        case tray::Notice::Recovered:
            notify(tr("%1 is back").arg(name), tr("It answers again."), false);
            break;
        case tray::Notice::NeedsSignIn:
            notify(tr("%1 needs you to sign in").arg(name),
                   tr("Open MCP Connect and press Sign in."), true);
            break;
        case tray::Notice::None:
            break;
        }
    }
    refresh();
}

void TrayIcon::checkExpiries()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        ProfileSignIn *signIn = m_signIn ? m_signIn->signInFor(it.key()) : nullptr;
        if (!signIn)
            continue;
        const SignInSummary s = signIn->summary();
        const tray::SignInTimes times{s.signedIn, s.refreshable, s.expiresAtMs};
        if (!tray::shouldWarnExpiry(times, now, kExpiryLeadMs, m_warnedExpiry.value(it.key())))
            continue;
        m_warnedExpiry[it.key()] = s.expiresAtMs;
        const qint64 minutes = qMax<qint64>(1, (s.expiresAtMs - now) / 60000);
        notify(QStringLiteral("Sign-in to %1 ends soon").arg(it.key()),
               tr("In about %1 minutes, and the server gave no way to renew it. Sign in again then.").arg(minutes),
               true);
    }
}

void TrayIcon::notify(const QString &title, const QString &text, bool problem)
{
    qCInfo(lcDesktop) << "tray notice:" << title;
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
    Q_EMIT noticeShown(title, text);
}

void TrayIcon::refresh()
{
    const tray::Overall o = overall();
    // Drawn once per state: with 100 servers, status changes come by the hundred.
    const int key = o.servers > 0 ? int(o.state) : -1;
    if (key != m_shownIcon) {
        if (!m_icons.contains(key))
            m_icons.insert(key, statusIcon(o.state, o.servers > 0));
        m_icon->setIcon(m_icons.value(key));
        m_shownIcon = key;
    }
    if (o.tooltip != m_icon->toolTip())
        m_icon->setToolTip(o.tooltip);
}

void TrayIcon::showWindow()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace mcpc::ui
