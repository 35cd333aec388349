#include "mainwindow/mainwindow.h"

#include "app/appservices.h"
#include "mainwindow/aboutbox.h"
#include "mainwindow/shortcuthelp.h"
#include "mainwindow/statussummary.h"
#include "mainwindow/windowlayoutmemory.h"
#include "app/demolauncher.h"
#include "clients/clientdriftbanner.h"
#include "clients/connectclientspage.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"
#include "servers/serverdialog.h"
#include "servers/serverlistmodel.h"
#include "servers/serverlistpanel.h"
#include "servers/serverremoval.h"
#include "serverview/serverpage.h"
#include "transfer/profiletransfer.h"
#include "style/theme.h"
#include "widgets/banner.h"
#include "widgets/emptystate.h"

#include <QCoreApplication>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpc::ui {

MainWindow::MainWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actions(MainActions::create(this))
    , m_model(new ServerListModel(services->monitor(), this))
    , m_list(new ServerListPanel(m_model, this))
    , m_splitter(new QSplitter(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new EmptyState(QCoreApplication::translate("MainWindow", "Connect your AI clients to MCP servers"),
                               QCoreApplication::translate("MainWindow", "Add a server by its URL (https://example.com/mcp, or http://localhost:3000/mcp "
                                              "while you develop one) to see whether it is up, what tools it offers and what "
                                              "it knows about you. Or try the built-in demo server: no account, no network."),
                               this))
    , m_noSelection(new EmptyState(QCoreApplication::translate("MainWindow", "Select a server"), QCoreApplication::translate("MainWindow", "Pick a server on the left."), this))
    , m_notice(new Banner(this))
    , m_warning(new Banner(this))
    , m_demo(new DemoLauncher(services->profiles(), services->secrets(), this))
    , m_removal(new ServerRemoval(m_model, services, m_notice, this))
{
    setWindowTitle(QCoreApplication::translate("MainWindow", "MCP Connect"));
    buildUi();
    loadProfiles();
    restoreState();
    updateActions();
    m_stack->layout()->setEnabled(true);
}

MainWindow::~MainWindow()
{
    // Pages listen to checkers the monitor owns; go first.
    qDeleteAll(m_pages);
    m_pages.clear();
    delete m_removal; // no event loop left for the keychain: keep the profile rather than orphan secrets
    m_demo->cleanup(); // the demo profile lived for this session only
}

void MainWindow::buildUi()
{
    m_actions.populateMenus(menuBar());
    m_transfer = new ProfileTransfer(this, m_services);
    m_transfer->addToMenus(menuBar());
    m_list->setContextActions(m_actions.serverContextMenu());
    m_list->view()->addAction(m_actions.removeServer);
    m_actions.removeServer->setShortcutContext(Qt::WidgetShortcut);
    m_list->setMinimumWidth(190);

    QPushButton *add = m_welcome->addButton(tr("Add a server…"));
    QPushButton *demo = m_welcome->addButton(tr("Try the demo server"));
    demo->setToolTip(tr("Runs a built-in MCP server inside MCP Connect, on 127.0.0.1"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addServer);
    connect(demo, &QPushButton::clicked, this, [this] {
        if (auto r = startDemo(); !r)
            m_notice->showMessage(tr("The demo server could not start: %1").arg(r.error().message), Chip::Tone::Error);
    });
    // Until the constructor ends (the window is hidden), the stack's layout waits: each page
    // put in front would be laid out at a made-up size first, only to be laid out again when
    // the window shows (the welcome text alone cost 5 ms of the start).
    m_stack->layout()->setEnabled(false);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_noSelection);

    auto *right = new QWidget(this);
    auto *rightCol = new QVBoxLayout(right);
    rightCol->setContentsMargins(0, 0, 0, 0);
    rightCol->setSpacing(0);
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(16, 8, 16, 0);
    banners->addWidget(m_warning);
    banners->addWidget(m_notice);
    banners->addWidget(m_transfer->banner());
    // A client rewrote or wiped its config behind our back: say so wherever the user is.
    auto *drift = new ClientDriftBanner(m_services->clientConfigs(), this);
    banners->addWidget(drift);
    connect(drift, &ClientDriftBanner::reconnectRequested, this, [this](const QString &server, const QString &client) {
        if (ServerPage *p = pageFor(server)) {
            selectServer(server);
            p->showTab(ServerPage::ClientsIndex);
            p->clientsPage()->reconnect(client);
        }
    });
    rightCol->addLayout(banners);
    rightCol->addWidget(m_stack, 1);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    // The server list keeps its width when the window grows; it can be dragged wider or
    // narrower, or all the way left to collapse it (View > Server list brings it back).
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_layout = new WindowLayoutMemory(this, m_splitter, m_actions.showServerList, m_services->settings());
    setCentralWidget(m_splitter);
    m_statusSummary = new StatusSummary(statusBar(), m_model, m_services->monitor(), m_services->secrets());
    statusBar()->setSizeGripEnabled(true);

    connect(m_list, &ServerListPanel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_list, &ServerListPanel::addRequested, this, &MainWindow::addServer);
    connect(m_actions.addServer, &QAction::triggered, this, &MainWindow::addServer);
    connect(m_actions.checkNow, &QAction::triggered, this, [this] {
        if (ServerChecker *c = m_services->monitor()->checker(currentServer()))
            c->checkNow();
    });
    connect(m_actions.checkAll, &QAction::triggered, m_services->monitor(), &StatusMonitor::checkAll);
    connect(m_actions.editServer, &QAction::triggered, this, [this] { editServer(currentServer()); });
    connect(m_actions.removeServer, &QAction::triggered, this, [this] { removeServer(currentServer()); });
    connect(m_actions.copyUrl, &QAction::triggered, this, [this] {
        if (const ServerProfile *p = m_model->profile(currentServer())) {
            QApplication::clipboard()->setText(p->target());
            statusBar()->showMessage(tr("Copied %1").arg(p->target()), 3000);
        }
    });
    connect(m_actions.signIn, &QAction::triggered, this, [this] {
        if (const ServerProfile *p = m_model->profile(currentServer()))
            Q_EMIT signInRequested(*p);
    });
    connect(m_actions.signOut, &QAction::triggered, this, [this] {
        if (const ServerProfile *p = m_model->profile(currentServer()))
            Q_EMIT signOutRequested(*p);
    });
    connect(m_actions.findTool, &QAction::triggered, this, [this] {
        if (ServerPage *p = currentPage())
            p->focusToolSearch();
    });
    connect(m_actions.runTool, &QAction::triggered, this, [this] {
        if (ServerPage *p = currentPage())
            p->runCurrentTool();
    });
    for (int i = 0; i < m_actions.tabs.size(); ++i)
        connect(m_actions.tabs.at(i), &QAction::triggered, this, [this, i] {
            if (ServerPage *p = currentPage())
                p->showTab(ServerPage::Tab(i));
        });
    connect(m_actions.quit, &QAction::triggered, this, &MainWindow::quitApp);
    connect(m_actions.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_notice, &Banner::actionTriggered, this, &MainWindow::undoRemove);
    connect(m_notice, &Banner::dismissed, this, [this] { commitRemoval(); });
    connect(m_removal, &ServerRemoval::committed, this, [this](const QString &name, bool ok) {
        Q_EMIT removalCommitted(name, ok);
        if (m_shuttingDown)
            close();
    });
    connect(m_services->secrets(), &SecretStore::degraded, this, [this](const QString &message) {
        m_warning->showMessage(message, Chip::Tone::Warning);
        m_statusSummary->update();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions); // e.g. switched to OAuth
}

void MainWindow::loadProfiles()
{
    auto profiles = m_services->profiles()->profiles();
    if (!profiles) {
        // Never write over a file we cannot read: say so and show nothing.
        m_warning->showMessage(tr("Your saved servers could not be read: %1 (%2). Nothing was changed.")
                                   .arg(profiles.error().message, m_services->profiles()->path()),
                               Chip::Tone::Error);
        return;
    }
    m_model->setProfiles(*profiles);
    m_services->monitor()->setProfiles(*profiles);
    // Pages are made when a server is first shown (onCurrentChanged): each has a tab of
    // client cards and forms, and building 20 of them at start cost seconds and 300 MiB.
    m_statusSummary->update();
}

ServerPage *MainWindow::ensurePage(const ServerProfile &profile)
{
    if (ServerPage *existing = m_pages.value(profile.name)) {
        existing->setProfile(profile);
        return existing;
    }
    ServerChecker *checker = m_services->monitor()->checker(profile.name);
    if (!checker)
        return nullptr;
    auto *page = new ServerPage(checker, m_stack);
    page->setLoadHttpClient(m_services->httpClient()); // raised for a run's concurrency
    // The client cards (one per client, each reading its config file) and the compatibility
    // check (a connection of its own) wait until the tab is first opened: at start only the
    // Overview is seen, and making them cost most of the time before the first paint.
    ConnectClientsPage *clients = page->clientsPage();
    auto setUpClients = [this, clients] {
        if (clients->service())
            return;
        clients->setService(m_services->clientConfigs());
        clients->setCompatServices(m_services->httpClient(), m_services->secrets());
    };
    connect(page->tabs(), &QTabWidget::currentChanged, clients, [setUpClients](int index) {
        if (index == ServerPage::ClientsIndex)
            setUpClients();
    });
    if (page->tabs()->currentIndex() == ServerPage::ClientsIndex)
        setUpClients();
    page->setSignInAvailable(m_signInAvailable);
    connect(page, &ServerPage::signInRequested, this, &MainWindow::signInRequested);
    connect(page, &ServerPage::editRequested, this, &MainWindow::editServer);
    connect(page, &ServerPage::userDataShown, this, &MainWindow::userDataShown);
    m_stack->addWidget(page);
    m_pages.insert(profile.name, page);
    Q_EMIT pageAdded(page);
    return page;
}

ServerPage *MainWindow::pageFor(const QString &name)
{
    if (ServerPage *existing = m_pages.value(name))
        return existing;
    const ServerProfile *profile = m_model->profile(name);
    return profile ? ensurePage(*profile) : nullptr;
}

void MainWindow::dropPage(const QString &name)
{
    if (ServerPage *page = m_pages.take(name)) {
        m_stack->removeWidget(page);
        page->deleteLater();
    }
}

Result<ServerProfile> MainWindow::startDemo()
{
    auto profile = m_demo->start();
    if (!profile)
        return profile;
    onSaved(*profile, m_model->rowOf(profile->name) < 0);
    statusBar()->showMessage(tr("Built-in demo server running at %1 (saved as “%2” for this session)")
                                 .arg(profile->url.toString(), profile->name),
                             10000);
    return profile;
}

void MainWindow::setSignInAvailable(bool available)
{
    m_signInAvailable = available;
    for (ServerPage *p : std::as_const(m_pages))
        p->setSignInAvailable(available);
    updateActions();
}

void MainWindow::selectServer(const QString &name)
{
    m_list->select(name);
    onCurrentChanged(name);
}

QString MainWindow::currentServer() const
{
    return m_list->currentName();
}

ServerPage *MainWindow::currentPage() const
{
    return m_pages.value(currentServer());
}

void MainWindow::onCurrentChanged(const QString &name)
{
    if (ServerPage *page = pageFor(name))
        m_stack->setCurrentWidget(page);
    else
        m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_welcome) : m_noSelection);
    updateActions();
}

ServerDialog *MainWindow::addServer()
{
    if (m_removal->hasPending())
        m_notice->dismiss(); // settle the removal first: the name may be reused
    auto *dialog = new ServerDialog(m_services, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerDialog::saved, this, [this](const ServerProfile &p) { onSaved(p, true); });
    dialog->open();
    return dialog;
}

void MainWindow::editServer(const QString &name)
{
    const ServerProfile *p = m_model->profile(name);
    if (!p)
        return;
    auto *dialog = new ServerDialog(m_services, p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerDialog::saved, this, [this](const ServerProfile &saved) { onSaved(saved, false); });
    dialog->open();
}

void MainWindow::onSaved(const ServerProfile &profile, bool isNew)
{
    m_model->upsert(profile);
    ServerChecker *existing = isNew ? nullptr : m_services->monitor()->checker(profile.name);
    if (existing)
        existing->setProfile(profile); // reconnect even if only a header value changed
    else
        m_services->monitor()->addProfile(profile);
    ensurePage(profile);
    selectServer(profile.name);
    statusBar()->showMessage(isNew ? tr("Added %1").arg(profile.name) : tr("Saved %1").arg(profile.name), 4000);
    m_statusSummary->update();
}

void MainWindow::removeServer(const QString &name)
{
    const int row = m_removal->hide(name);
    if (row < 0)
        return;
    dropPage(name);
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        selectServer(m_model->profileAt(next).name);
    else
        onCurrentChanged({});
    m_statusSummary->update();
}

void MainWindow::syncProfiles(const QStringList &changed)
{
    auto profiles = m_services->profiles()->profiles();
    if (!profiles)
        return m_warning->showMessage(tr("Your saved servers could not be read: %1").arg(profiles.error().message),
                                      Chip::Tone::Error);
    QStringList names;
    for (const ServerProfile &p : *profiles) {
        names << p.name;
        if (m_removal->isPending(p.name))
            continue; // hidden until its Undo window closes
        const bool known = m_model->profile(p.name);
        if (known && !changed.contains(p.name))
            continue;
        m_model->upsert(p);
        if (ServerChecker *c = known ? m_services->monitor()->checker(p.name) : nullptr)
            c->setProfile(p);
        else
            m_services->monitor()->addProfile(p);
        if (m_pages.contains(p.name))
            ensurePage(p);
    }
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QString name = m_model->profileAt(row).name;
        if (names.contains(name))
            continue;
        m_model->remove(name);
        m_services->monitor()->removeProfile(name);
        dropPage(name);
    }
    onCurrentChanged(currentServer());
    m_statusSummary->update();
}

void MainWindow::undoRemove()
{
    const std::optional<ServerProfile> profile = m_removal->undo();
    if (!profile)
        return;
    ensurePage(*profile);
    selectServer(profile->name);
    statusBar()->showMessage(tr("Restored %1").arg(profile->name), 3000);
    m_statusSummary->update();
}

void MainWindow::commitRemoval()
{
    m_removal->commit();
}

void MainWindow::setUndoTimeoutMs(int ms)
{
    m_removal->setUndoTimeoutMs(ms);
}

void MainWindow::updateActions()
{
    const bool has = !currentServer().isEmpty() && m_model->rowOf(currentServer()) >= 0;
    for (QAction *a : {m_actions.checkNow, m_actions.editServer, m_actions.removeServer, m_actions.copyUrl,
                       m_actions.findTool, m_actions.runTool})
        a->setEnabled(has);
    for (QAction *a : m_actions.tabs)
        a->setEnabled(has);
    m_actions.checkAll->setEnabled(m_model->rowCount() > 0);
    const ServerProfile *current = has ? m_model->profile(currentServer()) : nullptr;
    m_actions.signIn->setEnabled(m_signInAvailable && current && current->isHttp() && current->auth != AuthMode::Header);
    m_actions.signOut->setEnabled(m_signInAvailable && current && current->isHttp() && current->auth == AuthMode::OAuth);
    if (!has)
        m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_welcome) : m_noSelection);
}

void MainWindow::showShortcuts()
{
    ShortcutHelp::show(this, m_actions, *m_transfer);
}

void MainWindow::showAbout()
{
    AboutBox::show(this, m_services->secrets()->backendName());
}

void MainWindow::setServerListVisible(bool visible)
{
    m_layout->setListVisible(visible);
}

bool MainWindow::isServerListVisible() const
{
    return m_layout->isListVisible();
}

void MainWindow::restoreState()
{
    m_layout->restore();
    const QString last = m_services->settings()->value(QStringLiteral("window/server")).toString();
    if (m_model->rowOf(last) >= 0)
        selectServer(last);
    else if (m_model->rowCount() > 0)
        selectServer(m_model->profileAt(0).name);
    else
        onCurrentChanged({});
}

void MainWindow::saveState()
{
    m_layout->save();
    if (currentServer() != m_demo->profile().name)
        m_services->settings()->setValue(QStringLiteral("window/server"), currentServer());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_readyToClose) {
        event->accept();
        // The window was hidden while saying goodbye, so Qt's "last window closed" does
        // not fire: tell the application directly.
        Q_EMIT closed();
        return;
    }
    if (m_keepRunningOnClose && !m_quitRequested && !m_shuttingDown) {
        saveState();
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    if (!m_shuttingDown) {
        saveState();
        m_shuttingDown = true;
        // Settle a pending removal and say goodbye to the servers (HTTP DELETE, stop
        // stdio processes) before the window goes; never wait more than a moment.
        commitRemoval();
        connect(m_services->monitor(), &StatusMonitor::shutDown, this, [this] {
            m_readyToClose = true;
            close();
        });
        m_services->monitor()->shutdown();
        QTimer::singleShot(1500, this, [this] {
            m_readyToClose = true;
            close();
        });
        hide();
    }
    event->ignore();
}

void MainWindow::quitApp()
{
    m_quitRequested = true;
    close();
}

} // namespace mcpc::ui
