// End to end through the main window with the built-in demo server in process: the
// server comes up, its five tools are listed, echo runs from the generated form, the
// user-data card fills in; removing offers Undo before anything is deleted.
#include "uitestsupport.h"

#include "app/demolauncher.h"
#include "demo/demoserver.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcuthelp.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "servers/serverlistmodel.h"
#include "servers/serverlistpanel.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/serverpage.h"
#include "serverview/toolstab.h"
#include "log/logview.h"
#include "serverview/userdatacard.h"
#include "tools/toolcallpanel.h"
#include "tools/toolform.h"
#include "tools/toolresultview.h"
#include "transfer/profiletransfer.h"
#include "widgets/banner.h"
#include "widgets/statusbadge.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QDialog>
#include <QScreen>
#include <QTextBrowser>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using State = ServerStatus::State;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoServerEndToEnd();
    void downServerSaysWhy();
    void removeOffersUndo();
    void removalDeletesSecretsAfterTheUndoWindow();
    void emptyStateOffersTheDemo();
    void demoWithoutSignInShowsTheUserData();
    void helpListsEveryShortcutOfTheWindow();
    void toolsAndLogTabsAreMadeWhenFirstOpened();

private:
    ServerProfile addProfile(uitest::Env &env, const QString &name, const QUrl &url);
    static ServerPage *showServer(MainWindow &w, const QString &name);
    demo::DemoServer *m_server = nullptr;
};

void TestMainWindow::init()
{
    m_server = new demo::DemoServer;
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).has_value());
}

void TestMainWindow::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

ServerProfile TestMainWindow::addProfile(uitest::Env &env, const QString &name, const QUrl &url)
{
    ServerProfile p;
    p.name = name;
    p.url = url;
    [&] { QVERIFY(env.services->profiles()->add(p).has_value()); }();
    return p;
}

// Shows the window with one server selected, as a user sees it after clicking it.
ServerPage *TestMainWindow::showServer(MainWindow &w, const QString &name)
{
    w.show();
    w.selectServer(name);
    return w.currentPage();
}

void TestMainWindow::demoServerEndToEnd()
{
    uitest::Env env;
    addProfile(env, QStringLiteral("demo"), m_server->url());
    MainWindow w(env.services.get());
    ServerPage *page = showServer(w, QStringLiteral("demo"));
    QVERIFY(page);
    QCOMPARE(page->profile().name, QStringLiteral("demo"));

    QTRY_COMPARE(env.services->monitor()->status(QStringLiteral("demo")).state, State::Up);
    QTRY_VERIFY(page->header()->badge()->headline().startsWith(QStringLiteral("Up · ")));
    QVERIFY(page->header()->badge()->headline().contains(QStringLiteral("MCP 2026-07-28 · Streamable HTTP")));
    QCOMPARE(w.model()->data(w.model()->index(0), ServerListModel::StateRole).toInt(), int(State::Up));

    page->showTab(ServerPage::ToolsIndex);
    ToolsTab *tools = page->tools();
    QTRY_COMPARE(tools->visibleToolCount(), 6);
    QVERIFY(tools->selectTool(QStringLiteral("echo")));
    ToolCallPanel *panel = tools->callPanel();
    QCOMPARE(panel->tool().name, QStringLiteral("echo"));
    auto *message = qobject_cast<QLineEdit *>(panel->form()->fieldWidget(QStringLiteral("message")));
    QVERIFY(message);
    QTest::keyClicks(message, QStringLiteral("hi"));
    QTRY_VERIFY(panel->runButton()->isEnabled());
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QTRY_VERIFY2(panel->resultView()->plainText().contains(QStringLiteral("Echo: hi")), qPrintable(panel->resultView()->plainText()));
    QVERIFY(!panel->resultView()->showsError());

    // Search narrows the list.
    QTest::keyClicks(tools->searchField(), QStringLiteral("avatar"));
    QCOMPARE(tools->visibleToolCount(), 1);

    // The user-data card was filled from get_user_data on its own.
    UserDataCard *card = page->overview()->userDataCard();
    QTRY_COMPARE(card->value(QStringLiteral("First Name")), QStringLiteral("Ada"));
    QCOMPARE(card->value(QStringLiteral("2FA Enabled")), QStringLiteral("No"));
}

void TestMainWindow::toolsAndLogTabsAreMadeWhenFirstOpened()
{
    // Start-up time: only the Overview is seen at first, so the Tools and Log tabs are
    // made when first opened, and then show everything that came before.
    uitest::Env env;
    addProfile(env, QStringLiteral("demo"), m_server->url());
    MainWindow w(env.services.get());
    ServerPage *page = showServer(w, QStringLiteral("demo"));
    QVERIFY(page);
    QVERIFY(page->overview()->isVisible());
    QTRY_COMPARE(env.services->monitor()->status(QStringLiteral("demo")).state, State::Up);
    QTRY_VERIFY(!env.services->monitor()->checker(QStringLiteral("demo"))->tools().isEmpty());
    QVERIFY(page->findChildren<ToolsTab *>().isEmpty());
    QVERIFY(page->findChildren<LogView *>().isEmpty());

    page->showTab(ServerPage::ToolsIndex);
    const auto toolsTabs = page->findChildren<ToolsTab *>();
    QCOMPARE(toolsTabs.size(), 1);
    QCOMPARE(page->tools(), toolsTabs.first());
    QVERIFY(page->tools()->isVisible());
    QCOMPARE(page->tools()->visibleToolCount(), 6); // the tools listed before the tab existed
    QVERIFY(page->tools()->selectTool(QStringLiteral("echo")));
    QTRY_VERIFY(page->tools()->callPanel()->runButton()->isEnabled()); // the live connection too

    QVERIFY(page->findChildren<LogView *>().isEmpty());
    page->showTab(ServerPage::LogIndex);
    QCOMPARE(page->findChildren<LogView *>().size(), 1);
    QVERIFY(page->logView()->isVisible());
    QVERIFY(page->logView()->visibleRows() > 0); // "Connecting to …" and the status lines
    page->showTab(ServerPage::ToolsIndex);
    QCOMPARE(page->findChildren<ToolsTab *>().size(), 1); // made once
}

void TestMainWindow::downServerSaysWhy()
{
    uitest::Env env;
    const quint16 port = m_server->port();
    m_server->close();
    QUrl url(QStringLiteral("http://127.0.0.1/mcp"));
    url.setPort(port);
    addProfile(env, QStringLiteral("local"), url);
    MainWindow w(env.services.get());
    StatusBadge *badge = showServer(w, QStringLiteral("local"))->header()->badge();
    QTRY_VERIFY2(badge->headline().startsWith(QStringLiteral("Down — Connection refused")), qPrintable(badge->headline()));
    QVERIFY(badge->hint().contains(QStringLiteral("running")));
    QVERIFY(!w.currentPage()->tools()->callPanel()->runButton()->isEnabled());
}

void TestMainWindow::removeOffersUndo()
{
    uitest::Env env;
    addProfile(env, QStringLiteral("one"), m_server->url());
    addProfile(env, QStringLiteral("two"), m_server->url());
    MainWindow w(env.services.get());
    showServer(w, QStringLiteral("one"));
    w.removeServer(QStringLiteral("one"));
    QCOMPARE(w.model()->rowCount(), 1);
    QVERIFY(w.notice()->isVisible());
    QVERIFY(w.notice()->text().contains(QStringLiteral("one")));
    QCOMPARE(w.currentServer(), QStringLiteral("two")); // selection moves on
    QVERIFY(env.services->monitor()->checker(QStringLiteral("one")) == nullptr);
    QVERIFY(env.profileFileText().contains(QStringLiteral("\"one\""))); // nothing deleted yet

    QTest::mouseClick(w.notice()->actionButton(), Qt::LeftButton); // Undo
    QCOMPARE(w.model()->rowCount(), 2);
    QCOMPARE(w.model()->profileAt(0).name, QStringLiteral("one")); // back in its place
    QCOMPARE(w.currentServer(), QStringLiteral("one"));
    QVERIFY(w.page(QStringLiteral("one")) != nullptr);
    QTRY_COMPARE(env.services->monitor()->status(QStringLiteral("one")).state, State::Up);
}

void TestMainWindow::removalDeletesSecretsAfterTheUndoWindow()
{
    uitest::Env env;
    ServerProfile p;
    p.name = QStringLiteral("keyed");
    p.url = m_server->url();
    p.auth = AuthMode::Header;
    p.headerNames = {QStringLiteral("X-API-Key")};
    QVERIFY(env.services->profiles()->add(p).has_value());
    const QString key = secretkeys::header(p.name, QStringLiteral("X-API-Key"));
    env.secrets->write(key, "secret");
    QTRY_VERIFY(env.secrets->contains(key));
    MainWindow w(env.services.get());
    w.setUndoTimeoutMs(50);
    QSignalSpy committed(&w, &MainWindow::removalCommitted);
    w.show();
    w.removeServer(QStringLiteral("keyed"));
    QVERIFY(env.secrets->contains(key)); // kept during the undo window
    QTRY_COMPARE(committed.size(), 1);
    QVERIFY(committed.at(0).at(1).toBool());
    QVERIFY(!env.secrets->contains(key));
    QVERIFY(!env.profileFileText().contains(QStringLiteral("keyed")));
}

void TestMainWindow::emptyStateOffersTheDemo()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    w.show();
    QCOMPARE(w.model()->rowCount(), 0);
    // The sidebar says so too (decided when it is first shown), and shows the list later.
    auto *sidebar = w.findChild<ServerListPanel *>();
    QVERIFY(sidebar);
    QVERIFY(!sidebar->view()->isVisible());
    bool saysEmpty = false;
    for (QLabel *l : sidebar->findChildren<QLabel *>())
        saysEmpty = saysEmpty || (l->text() == u"No servers yet" && l->isVisible());
    QVERIFY(saysEmpty);
    QPushButton *tryDemo = nullptr;
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text() == u"Try the demo server" && b->isVisible())
            tryDemo = b;
    QVERIFY(tryDemo);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(w.model()->rowCount(), 1);
    const QString name = w.currentServer();
    QVERIFY(name == u"demo");
    QVERIFY(sidebar->view()->isVisible());
    // Sign-in is on, as with demo-server: the first check asks for it.
    QCOMPARE(w.currentPage()->profile().auth, AuthMode::OAuth);
    QTRY_COMPARE(env.services->monitor()->status(name).state, State::NeedsLogin);
    // The 401 comes before the server says anything about itself: its facts are "after
    // sign-in", not a row of dashes that look broken.
    auto pendingFacts = [&w] {
        int n = 0;
        for (const QLabel *l : w.currentPage()->overview()->findChildren<QLabel *>())
            n += l->text() == u"after sign-in";
        return n;
    };
    QTRY_COMPARE(pendingFacts(), 6); // server, version, protocol, transport, tools, capabilities
}

void TestMainWindow::demoWithoutSignInShowsTheUserData()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    w.show();
    w.demo()->setSignInEnabled(false); // mcp-connect --demo --no-auth
    auto p = w.startDemo();
    QVERIFY(p.has_value());
    QCOMPARE(p->auth, AuthMode::None);
    QTRY_COMPARE(env.services->monitor()->status(p->name).state, State::Up);
    QTRY_COMPARE(w.currentPage()->overview()->userDataCard()->value(QStringLiteral("Last Name")), QStringLiteral("Lovelace"));
}

void TestMainWindow::helpListsEveryShortcutOfTheWindow()
{
    uitest::Env env;
    MainWindow w(env.services.get());
    const QString help = ShortcutHelp::html(w.actions(), *w.transfer());
    // Every key the window answers to is in the help: a new command cannot be left out.
    int keys = 0;
    for (const QAction *a : w.QWidget::actions())
        for (const QKeySequence &k : a->shortcuts()) {
            ++keys;
            QVERIFY2(help.contains(k.toString(QKeySequence::NativeText).toHtmlEscaped()),
                     qPrintable(a->text() + QLatin1Char(' ') + k.toString()));
        }
    QVERIFY(keys >= 14);
    QVERIFY(help.contains(QStringLiteral("Ctrl+Shift+M")));
    // The commands without keys say where they are.
    for (const char *text : {"Servers × Clients", "Import Servers", "Import from AI Clients", "Export Servers", "Undo Import",
                             "Alt+C", "Alt+L", "Open App", "Sign in"})
        QVERIFY2(help.contains(QString::fromUtf8(text)), text);
    // F1 opens it, without a nested event loop, in a dialog no taller than the screen
    // (the table is; it scrolls).
    w.show();
    w.actions().shortcuts->trigger();
    auto *box = w.findChild<QDialog *>(QStringLiteral("shortcutHelp"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Keyboard shortcuts"));
    auto *view = box->findChild<QTextBrowser *>();
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(QStringLiteral("Ctrl+Shift+M")));
    QVERIFY2(box->frameGeometry().height() <= box->screen()->availableGeometry().height(),
             qPrintable(QStringLiteral("%1 > %2").arg(box->frameGeometry().height()).arg(box->screen()->availableGeometry().height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
