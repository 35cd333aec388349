// The window as a person sees it, at 800x600, 1024x680 and 1440x900, light and dark, on
// `mcp-connect --demo --no-auth`: every tab is walked and every visible input, button and
// label must be on screen (after scrolling to it), no page scrolls sideways, no button's
// text is clipped (see geometrycheck.h). On the Tools tab every pair of demo tools is
// selected in both orders (a tool without arguments before and after one with them), and
// each argument field must be on screen, reachable with the mouse, typed into with the
// keyboard, and the tool must run with what was typed. A tools/list_changed that gives the
// selected tool arguments shows them. With sign-in on, the Sign-in card is the first thing
// on the Overview, above the user data.
//
// Screenshots of the walk go to $MCPC_ARTIFACTS_DIR/layout (default: test-artifacts/layout
// next to this test's executable). With MCPC_README_SCREENSHOTS=<dir>, the README's
// screenshots are written there too (tests/support/update-screenshots.sh).
#include "geometrycheck.h"
#include "uitestsupport.h"

#include "app/demolauncher.h"
#include "auth/signincontroller.h"
#include "auth/signinpanel.h"
#include "clients/clientcard.h"
#include "clients/connectclientspage.h"
#include "demo/demoserver.h"
#include "demo/demotool.h"
#include "mainwindow/mainwindow.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/serverpage.h"
#include "serverview/toolstab.h"
#include "serverview/userdatacard.h"
#include "style/theme.h"
#include "tools/toolcallpanel.h"
#include "tools/toolform.h"
#include "tools/loadpanel.h"
#include "tools/toolresultview.h"
#include "widgets/segmentedswitch.h"

#include <QApplication>
#include <QAction>
#include <QDir>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QTabWidget>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using State = ServerStatus::State;

namespace {

// What a person types into each demo tool's fields, and what the result then says.
struct ToolInput
{
    QString name;
    QList<QPair<QString, QString>> typed;
    QString expected;
};

const QList<ToolInput> &demoTools()
{
    static const QList<ToolInput> tools{
        {QStringLiteral("get_user_data"), {}, QStringLiteral("Lovelace")},
        {QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("typed by hand")}}, QStringLiteral("Echo: typed by hand")},
        {QStringLiteral("get_avatar"), {}, QStringLiteral("Avatar of Ada")},
        {QStringLiteral("long_task"), {{QStringLiteral("steps"), QStringLiteral("2")}, {QStringLiteral("delayMs"), QStringLiteral("1")}},
         QStringLiteral("Long task finished: 2 steps done.")},
        {QStringLiteral("fail"), {{QStringLiteral("message"), QStringLiteral("on purpose")}}, QStringLiteral("on purpose")},
    };
    return tools;
}

// The demo's task tool (generate_report) is listed too, but left out of the pair walk: each
// call is a task that takes a second or more per step, which 10 pairs x 6 sizes cannot afford.
constexpr int TaskToolCount = 1;

QString artifactsDir()
{
    QString base = qEnvironmentVariable("MCPC_ARTIFACTS_DIR");
    if (base.isEmpty())
        base = QCoreApplication::applicationDirPath() + QStringLiteral("/test-artifacts");
    const QString dir = base + QStringLiteral("/layout");
    QDir().mkpath(dir);
    return dir;
}

void applyTheme(const QString &theme)
{
    theme::apply(qApp, theme == u"dark" ? theme::Mode::Dark : theme::Mode::Light);
}

// Lets posted layout requests and deferred shows run, as a frame of the event loop would.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // replaced result widgets
    }
}

} // namespace

class TestLayoutGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walk_data();
    void walk();
    void toolFormFollowsAListChanged();
    void narrowPageCollapsesHeaderButtons();
    void signInCardComesFirst_data();
    void signInCardComesFirst();

private:
    void shoot(QWidget *window, const QString &name);
    QStringList checkTab(MainWindow &w, ServerPage::Tab tab, const QString &shot);
    void selectAndRun(ToolsTab *tools, const QString &first, const ToolInput &second, const QString &shot);
};

void TestLayoutGeometry::shoot(QWidget *window, const QString &name)
{
    const QPixmap pm = window->grab();
    QVERIFY(pm.save(artifactsDir() + u'/' + name + QStringLiteral(".png")));
    const QString readme = qEnvironmentVariable("MCPC_README_SCREENSHOTS");
    static const QStringList forReadme{QStringLiteral("light-1024x680-overview"), QStringLiteral("dark-1024x680-tools-echo-after-get_avatar"),
                                       QStringLiteral("light-1024x680-clients"), QStringLiteral("light-1024x680-signin")};
    if (!readme.isEmpty() && forReadme.contains(name))
        QVERIFY(pm.save(readme + u'/' + name + QStringLiteral(".png")));
}

QStringList TestLayoutGeometry::checkTab(MainWindow &w, ServerPage::Tab tab, const QString &shot)
{
    ServerPage *page = w.currentPage();
    page->showTab(tab);
    settle();
    QWidget *content = page->tabs()->currentWidget();
    // The whole window: the server list, the page's header and the tab.
    QStringList problems = uitest::geometryProblems(w.centralWidget(), &w);
    for (QScrollArea *sa : content->findChildren<QScrollArea *>())
        if (sa->isVisible())
            sa->ensureVisible(0, 0); // the screenshot from the top
    shoot(&w, shot);
    for (QString &p : problems)
        p.prepend(shot + QStringLiteral(": "));
    return problems;
}

void TestLayoutGeometry::selectAndRun(ToolsTab *tools, const QString &first, const ToolInput &second, const QString &shot)
{
    QVERIFY(tools->selectTool(first));
    settle();
    QVERIFY(tools->selectTool(second.name));
    settle();
    ToolCallPanel *panel = tools->callPanel();
    QCOMPARE(panel->tool().name, second.name);
    QWidget *window = tools->window();
    QCOMPARE(panel->form()->fieldCount(), int(second.typed.size()));
    for (const auto &[field, text] : second.typed) {
        QWidget *input = panel->form()->fieldWidget(field);
        QVERIFY(input);
        const QString where = QStringLiteral("%1 after %2, field '%3': ").arg(second.name, first, field);
        QVERIFY2(input->isVisible(), qPrintable(where + QStringLiteral("not visible")));
        QVERIFY2(input->width() > 0 && input->height() > 0, qPrintable(where + QStringLiteral("empty geometry")));
        const QString why = uitest::revealAndCheck(input, window);
        QVERIFY2(why.isEmpty(), qPrintable(where + why));
        // Reachable: what the mouse finds at the field's centre is the field.
        const QPoint centre = input->mapTo(window, input->rect().center());
        QWidget *hit = window->childAt(centre);
        QVERIFY2(hit && (hit == input || input->isAncestorOf(hit)),
                 qPrintable(where + QStringLiteral("the mouse finds %1").arg(hit ? uitest::describe(hit) : QStringLiteral("nothing"))));
        QTest::mouseClick(hit, Qt::LeftButton, {}, hit->mapFrom(window, centre));
        QVERIFY2(input->hasFocus() || input->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(where + QStringLiteral("a click does not give it the focus")));
        QTest::keyClicks(QApplication::focusWidget(), text);
        auto *edit = qobject_cast<QLineEdit *>(input);
        QVERIFY2(edit && edit->text() == text, qPrintable(where + QStringLiteral("typing did not land")));
    }
    if (!shot.isEmpty()) {
        settle();
        shoot(window, shot);
    }
    QTRY_VERIFY(panel->runButton()->isEnabled());
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QTRY_VERIFY2(panel->resultView()->plainText().contains(second.expected),
                 qPrintable(second.name + QStringLiteral(" after ") + first + QStringLiteral(": ") + panel->resultView()->plainText()));
}

void TestLayoutGeometry::walk_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")})
        for (const QSize &size : {QSize(800, 600), QSize(1024, 680), QSize(1440, 900)})
            QTest::addRow("%s-%dx%d", qPrintable(theme), size.width(), size.height()) << theme << size;
}

void TestLayoutGeometry::walk()
{
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    applyTheme(theme);
    const QString prefix = QStringLiteral("%1-%2x%3-").arg(theme).arg(size.width()).arg(size.height());

    uitest::Env env;
    MainWindow w(env.services.get());
    w.demo()->setSignInEnabled(false); // mcp-connect --demo --no-auth
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto demo = w.startDemo();
    QVERIFY(demo.has_value());
    QCOMPARE(w.size(), size); // the window's minimum fits the size
    QTRY_COMPARE(env.services->monitor()->status(demo->name).state, State::Up);
    ServerPage *page = w.currentPage();
    QTRY_COMPARE(page->overview()->userDataCard()->value(QStringLiteral("Last Name")), QStringLiteral("Lovelace"));
    QTRY_VERIFY(page->overview()->userDataCard()->hasAvatarImage());
    QTRY_COMPARE(page->tools()->visibleToolCount(), int(demoTools().size()) + TaskToolCount);

    // Every tab's problems are reported together at the end, after the tools' walk (a
    // failure here must not cut the walk short).
    QStringList problems = checkTab(w, ServerPage::OverviewIndex, prefix + QStringLiteral("overview"));
    page->showTab(ServerPage::ClientsIndex);
    QTRY_VERIFY(!page->clientsPage()->cards().isEmpty());
    for (ClientCard *card : page->clientsPage()->cards())
        QTRY_VERIFY(card->state().has_value()); // every card has read its client's file
    problems += checkTab(w, ServerPage::ClientsIndex, prefix + QStringLiteral("clients"));
    problems += checkTab(w, ServerPage::LogIndex, prefix + QStringLiteral("log"));

    // Tools: every ordered pair of distinct tools, so each tool with arguments comes right
    // after each one without (and the other way round); each is run with what was typed.
    page->showTab(ServerPage::ToolsIndex);
    ToolsTab *tools = page->tools();
    for (const ToolInput &first : demoTools())
        for (const ToolInput &second : demoTools()) {
            if (first.name == second.name)
                continue;
            const bool shot = first.name == u"get_avatar" && !second.typed.isEmpty();
            selectAndRun(tools, first.name, second, shot ? prefix + QStringLiteral("tools-%1-after-get_avatar").arg(second.name) : QString());
            if (QTest::currentTestFailed())
                return;
        }
    problems += checkTab(w, ServerPage::ToolsIndex, prefix + QStringLiteral("tools"));

    // Call | Load: the switch is under the tool list (the form loses no height to it); a
    // click shows the load test, another the call again.
    SegmentedSwitch *modes = tools->modeSwitch();
    QVERIFY(modes->isVisible() && modes->isEnabled());
    QVERIFY(modes->mapTo(&w, QPoint(0, 0)).x() + modes->width() <= tools->listView()->mapTo(&w, QPoint(0, 0)).x() + tools->listView()->width());
    QTest::mouseClick(modes->button(ToolsTab::LoadMode), Qt::LeftButton);
    QCOMPARE(tools->mode(), ToolsTab::LoadMode);
    QVERIFY(tools->loadPanel()->isVisible() && !tools->callPanel()->isVisible());
    problems += checkTab(w, ServerPage::ToolsIndex, prefix + QStringLiteral("tools-load"));
    QTest::mouseClick(modes->button(ToolsTab::CallMode), Qt::LeftButton);
    QVERIFY(tools->callPanel()->isVisible());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayoutGeometry::toolFormFollowsAListChanged()
{
    applyTheme(QStringLiteral("light"));
    uitest::Env env;
    MainWindow w(env.services.get());
    w.demo()->setSignInEnabled(false);
    w.resize(1024, 680);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto demo = w.startDemo();
    QVERIFY(demo.has_value());
    ServerPage *page = w.currentPage();
    QTRY_COMPARE(page->tools()->visibleToolCount(), int(demoTools().size()) + TaskToolCount);
    page->showTab(ServerPage::ToolsIndex);
    QVERIFY(page->tools()->selectTool(QStringLiteral("get_avatar")));
    settle();

    // The server gives get_avatar an argument and says so (notifications/tools/list_changed).
    demo::DemoTool avatar;
    avatar.name = QStringLiteral("get_avatar");
    avatar.description = QStringLiteral("Returns the avatar, at a size.");
    avatar.inputSchema = nlohmann::json::parse(R"({"type":"object","properties":{"size":{"type":"integer","description":"Pixels"}},
                                                   "required":["size"]})");
    avatar.run = [](demo::DemoToolCall *call) {
        call->finishText(QStringLiteral("Avatar at %1 px").arg(call->arguments().at("size").get<int>()));
    };
    w.demo()->server()->addTool(avatar);
    ToolCallPanel *panel = page->tools()->callPanel();
    QTRY_COMPARE(panel->form()->fieldCount(), 1);
    settle();
    selectAndRun(page->tools(), QStringLiteral("echo"), {QStringLiteral("get_avatar"), {{QStringLiteral("size"), QStringLiteral("48")}},
                                                         QStringLiteral("Avatar at 48 px")},
                 QStringLiteral("light-1024x680-tools-after-list-changed"));
}

void TestLayoutGeometry::narrowPageCollapsesHeaderButtons()
{
    applyTheme(QStringLiteral("light"));
    uitest::Env env;
    SignInController controller(env.services.get());
    MainWindow w(env.services.get());
    controller.attach(&w);
    w.resize(800, 600);
    w.show();
    auto demo = w.startDemo(); // Check now, Sign in and Edit in the header
    QVERIFY(demo.has_value());
    QTRY_COMPARE(env.services->monitor()->status(demo->name).state, State::NeedsLogin);
    ServerHeader *header = w.currentPage()->header();
    QTRY_VERIFY(header->signInButton()->isVisible());
    QVERIFY(!header->buttonsCollapsed());

    // The user drags the server list wide: the page keeps what it needs (nothing scrolls
    // sideways, no tab title hides) and the width is remembered.
    const int before = w.splitter()->sizes().value(0);
    w.splitter()->setSizes({600, 200});
    Q_EMIT w.splitter()->splitterMoved(w.splitter()->sizes().value(0), 1);
    settle();
    QVERIFY(w.splitter()->sizes().value(0) > before);
    QStringList problems = uitest::geometryProblems(w.centralWidget(), &w);
    shoot(&w, QStringLiteral("light-800x600-wide-server-list"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(env.services->settings()->value(QStringLiteral("window/sidebarWidth")).toInt(), w.splitter()->sizes().value(0));

    // Collapsed (View > Server list): the page gets the whole width; it comes back as wide.
    const int wide = w.splitter()->sizes().value(0);
    w.actions().showServerList->trigger();
    settle();
    QVERIFY(!w.isServerListVisible());
    problems = uitest::geometryProblems(w.centralWidget(), &w);
    shoot(&w, QStringLiteral("light-800x600-no-server-list"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(env.services->settings()->value(QStringLiteral("window/sidebarVisible")).toBool(), false);
    w.actions().showServerList->trigger();
    settle();
    QCOMPARE(w.splitter()->sizes().value(0), wide);

    // A header with a long name in a narrow row: its buttons become icons with their names
    // in tooltips before any text is cut; with room again, the labels come back.
    ServerProfile p = w.currentPage()->profile();
    p.name = QStringLiteral("A server with a rather long name for a small window");
    header->setProfile(p);
    settle();
    QTRY_VERIFY2(header->buttonsCollapsed(), qPrintable(QStringLiteral("header %1 px wide, needs %2")
                                                           .arg(header->width()).arg(header->sizeHint().width())));
    QVERIFY(header->signInButton()->text().isEmpty());
    QVERIFY(header->signInButton()->toolTip().startsWith(QStringLiteral("Sign in")));
    for (QAbstractButton *b : header->findChildren<QAbstractButton *>())
        QVERIFY2(uitest::checkButtonText(b).isEmpty(), qPrintable(uitest::checkButtonText(b)));
    shoot(&w, QStringLiteral("light-800x600-long-name"));
    p.name = QStringLiteral("demo");
    header->setProfile(p);
    settle();
    QTRY_VERIFY(!header->buttonsCollapsed());
    QCOMPARE(header->signInButton()->text(), QStringLiteral("Sign in"));
}

void TestLayoutGeometry::signInCardComesFirst_data()
{
    walk_data();
}

void TestLayoutGeometry::signInCardComesFirst()
{
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    applyTheme(theme);
    uitest::Env env;
    SignInController controller(env.services.get());
    MainWindow w(env.services.get());
    controller.attach(&w);
    w.resize(size);
    w.show();
    auto demo = w.startDemo(); // with sign-in, as `mcp-connect --demo`
    QVERIFY(demo.has_value());
    QTRY_COMPARE(env.services->monitor()->status(demo->name).state, State::NeedsLogin);
    ServerPage *page = w.currentPage();
    page->showTab(ServerPage::OverviewIndex);
    SignInPanel *panel = controller.panelFor(demo->name);
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    settle();
    // The first look (nothing scrolled) shows the card with its Sign in button, above the user data.
    QAbstractScrollArea *scroll = uitest::enclosingScrollArea(panel, &w);
    QWidget *viewport = scroll ? scroll->viewport() : static_cast<QWidget *>(&w);
    const QRect button(panel->signInButton()->mapTo(viewport, QPoint(0, 0)), panel->signInButton()->size());
    QVERIFY2(viewport->rect().contains(button), "the Sign in button is not on screen without scrolling");
    UserDataCard *card = page->overview()->userDataCard();
    QVERIFY2(panel->mapTo(viewport, QPoint(0, 0)).y() < card->mapTo(viewport, QPoint(0, 0)).y(), "the Sign-in card is below the user data");
    const QString shot = QStringLiteral("%1-%2x%3-signin").arg(theme).arg(size.width()).arg(size.height());
    const QStringList problems = uitest::geometryProblems(w.centralWidget(), &w);
    if (scroll)
        scroll->verticalScrollBar()->setValue(0); // the screenshot as first seen
    shoot(&w, shot);
    QVERIFY2(problems.isEmpty(), qPrintable(shot + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestLayoutGeometry)
#include "tst_layoutgeometry.moc"
