// The seed story end to end, with the real window and real QtWebEngine, against what
// `mcp-connect --demo` runs: the built-in demo server with its own OAuth 2.1
// authorization server, in this process. The demo server shows Needs login with a
// prominent Sign in; Sign in opens its consent page inside the app; Allow (clicked in the
// page) comes back through the loopback redirect, the tokens go to the secret store (the
// throw-away keyring of support/test-env.sh), and the server comes Up with its tools and
// the demo user's data. The access tokens are short-lived, so the app refreshes on its
// own. Sign out revokes; Deny on a second attempt says so and stores nothing. At the end,
// the secret scan (issue 10) for the app's whole sign-in, call, refresh and sign-out
// cycle: no issued code or token in the window, the log view, the debug log (every mcpc
// category, the traffic log's included) or any file the app keeps.
#include "uitestsupport.h"
#include "webenginetestmain.h"

#include "app/demolauncher.h"
#include "webconsent/consentdialog.h"
#include "webconsent/consentpage.h"
#include "auth/signincontroller.h"
#include "auth/signinpanel.h"
#include "demo/demoauthserver.h"
#include "demo/demoserver.h"
#include "demo/demotokens.h"
#include "log/connectionlog.h"
#include "mainwindow/mainwindow.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "oauth/oauthtypes.h"
#include "profiles/profilestore.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/serverpage.h"
#include "serverview/toolstab.h"
#include "serverview/userdatacard.h"
#include "widgets/banner.h"

#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QPushButton>
#include <QSignalSpy>
#include <QWebEngineScript>

using namespace mcpc;
using namespace mcpc::ui;
using State = ServerStatus::State;

namespace {
// Everything the app logs during the test, debug included, for the secret scan.
QStringList *g_logged = nullptr;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logged)
        g_logged->append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (type != QtDebugMsg && g_previousHandler) // the debug flood stays out of the test output
        g_previousHandler(type, context, message);
}
} // namespace

class TestGuiSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signInThroughTheConsentView();

private:
    ConsentDialog *signInAndWaitForThePage();
    void clickInPage(ConsentDialog *dialog, const QString &decision);
    QString everythingShown() const;
    void scanForSecrets();
    State state() const { return m_services->monitor()->status(m_name).state; }

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;
    QStringList m_issued; // every code and token the demo AS handed out
    QStringList m_logged;
};

void TestGuiSignIn::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mcpc.*.debug=true"));
    g_logged = &m_logged;
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestGuiSignIn::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    g_logged = nullptr;
}

void TestGuiSignIn::init()
{
    // The throw-away keyring of support/test-env.sh when we run in it; never a
    // developer's real keychain.
    const bool keyring = qEnvironmentVariable("MCPC_IN_TEST_ENV") == u"1";
    AppServices::Config config;
    config.profilePath = m_dir.filePath(QStringLiteral("profiles.json"));
    config.settingsPath = m_dir.filePath(QStringLiteral("gui.ini"));
    config.secrets = keyring ? nullptr : new MemorySecretStore;
    config.monitor.initialBackoffMs = 500;
    config.monitor.maxBackoffMs = 2000;
    config.monitor.pingIntervalMs = 2000; // so the short-lived token below is renewed soon
    m_services = std::make_unique<AppServices>(config);
    m_controller = std::make_unique<SignInController>(m_services.get());
    m_window = std::make_unique<MainWindow>(m_services.get());
    m_controller->attach(m_window.get());
    m_window->resize(1200, 800);
    m_window->show();

    auto demo = m_window->startDemo(); // what --demo does
    QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
    m_name = demo->name;
    QCOMPARE(demo->auth, AuthMode::OAuth);
    demo::DemoAuthServer *as = m_window->demo()->authServer();
    QVERIFY(as);
    as->setSecretObserver([this](const char *, const QString &value) { m_issued << value; });
    // Access tokens that live 30 s: inside the app's refresh-ahead window (60 s), so its
    // next request renews the sign-in, the refresh path the secret scan must cover too.
    demo::DemoTokens::Lifetimes lifetimes = as->tokens().lifetimes();
    lifetimes.accessMs = 30 * 1000;
    as->tokens().setLifetimes(lifetimes);
    m_window->selectServer(m_name);
}

void TestGuiSignIn::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_services.reset();
}

ConsentDialog *TestGuiSignIn::signInAndWaitForThePage()
{
    ServerPage *page = m_window->page(m_name);
    QPushButton *signIn = page->header()->signInButton();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(signIn->isVisible() && signIn->isEnabled(), 10000); }();
    QSignalSpy consent(m_controller.get(), &SignInController::consentOpened);
    QTest::mouseClick(signIn, Qt::LeftButton);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(consent.size(), 1, 20000); }();
    if (consent.isEmpty())
        return nullptr;
    auto *dialog = qobject_cast<ConsentDialog *>(consent.first().at(0).value<QDialog *>());
    QSignalSpy loaded(dialog->page(), &QWebEnginePage::loadFinished);
    [&] { QVERIFY(loaded.wait(60000)); }(); // WebEngine's first start is slow
    return dialog;
}

void TestGuiSignIn::clickInPage(ConsentDialog *dialog, const QString &decision)
{
    // The demo's consent page allows no scripts (CSP): ours run in an isolated world,
    // as a person's click would, and the form posts as usual.
    dialog->page()->runJavaScript(QStringLiteral("document.querySelector('button[value=\"%1\"]').click()").arg(decision),
                                  QWebEngineScript::ApplicationWorld);
}

QString TestGuiSignIn::everythingShown() const
{
    QStringList all;
    for (QLabel *l : m_window->findChildren<QLabel *>())
        all << l->text() << l->toolTip();
    const ConnectionLog *log = m_window->page(m_name)->log();
    for (int i = 0; i < log->rowCount(); ++i)
        all << log->entry(i).summary << log->entry(i).detail;
    return all.join(u'\n');
}

void TestGuiSignIn::signInThroughTheConsentView()
{
    ServerPage *page = m_window->page(m_name);
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(state(), State::NeedsLogin, 20000);
    QTRY_VERIFY(page->header()->signInButton()->property("primary").toBool()); // the one thing to do
    SignInPanel *panel = m_controller->panelFor(m_name);
    QVERIFY(panel && panel->isVisibleTo(page));
    QCOMPARE(panel->stateText(), QStringLiteral("Not signed in"));

    // --- Allow
    ConsentDialog *dialog = signInAndWaitForThePage();
    QVERIFY(dialog);
    QPointer<ConsentDialog> guard(dialog);
    const quint16 port = m_window->demo()->server()->port();
    QCOMPARE(dialog->hostText(), QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY2(dialog->securityText().contains(QStringLiteral("this computer")), qPrintable(dialog->securityText()));
    QVERIFY2(dialog->scopesText().contains(QStringLiteral("user:read")), qPrintable(dialog->scopesText()));
    QCOMPARE(dialog->page()->title().left(5), QStringLiteral("Allow"));
    QSignalSpy caught(dialog, &ConsentDialog::redirectCaught);
    clickInPage(dialog, QStringLiteral("allow"));
    QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000); // the dialog closes by itself

    QTRY_COMPARE_WITH_TIMEOUT(state(), State::Up, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(page->overview()->userDataCard()->value(QStringLiteral("First Name")), QStringLiteral("Ada"), 20000);
    page->showTab(ServerPage::ToolsIndex);
    QTRY_VERIFY_WITH_TIMEOUT(page->tools()->visibleToolCount() >= 5, 10000);
    page->showTab(ServerPage::OverviewIndex);

    // Stored: the full record in the secret store, metadata (no token) next to the profile.
    SecretJob *job = m_services->secrets()->read(secretkeys::oauthTokens(m_name));
    QSignalSpy read(job, &SecretJob::finished);
    QVERIFY(read.wait(10000));
    QVERIFY2(job->ok(), qPrintable(job->errorString()));
    const auto record = oauth::parseRecord(job->data());
    QVERIFY(record.has_value());
    QVERIFY(m_issued.contains(record->tokens.accessToken));
    QCOMPARE(record->issuer, QStringLiteral("http://127.0.0.1:%1").arg(port));
    qInfo() << "tokens stored in:" << m_services->secrets()->backendName();
    if (qEnvironmentVariable("MCPC_IN_TEST_ENV") == u"1") {
        QVERIFY2(m_services->secrets()->persistent(), "the test keyring was not used");
        QVERIFY(panel->storageWarning().isEmpty()); // a keychain: no "this session only" warning
    }

    QTRY_COMPARE(panel->stateText(), QStringLiteral("Signed in"));
    QCOMPARE(panel->valueOf(QStringLiteral("Authorization server")), QStringLiteral("127.0.0.1:%1").arg(port));
    QTRY_COMPARE(panel->valueOf(QStringLiteral("Signed in as")), QStringLiteral("ada@example.com"));
    QVERIFY(panel->valueOf(QStringLiteral("Permissions")).contains(QStringLiteral("user:read")));
    QVERIFY(panel->valueOf(QStringLiteral("Access token")).startsWith(QStringLiteral("Expires in")));
    QVERIFY(panel->valueOf(QStringLiteral("Renewal")).startsWith(QStringLiteral("Automatic")));
    QTRY_VERIFY(!page->header()->signInButton()->isVisible());

    // No issued secret in the log view, on screen or in the profile file.
    QVERIFY2(m_issued.size() >= 3, "too few secrets observed: the scan would prove nothing");
    QFile profiles(m_dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QString profileText = QString::fromUtf8(profiles.readAll());
    QVERIFY(profileText.contains(QStringLiteral("\"oauth\"")));
    const QString shown = everythingShown();
    QVERIFY(page->log()->rowCount() > 0);
    for (const QString &secret : std::as_const(m_issued)) {
        QVERIFY2(!shown.contains(secret), "an issued code or token is shown in the window or the log");
        QVERIFY2(!profileText.contains(secret), "an issued code or token is in profiles.json");
    }

    // --- The app renews the short-lived token by itself, stores the new one, stays Up.
    const QString firstAccess = record->tokens.accessToken;
    demo::DemoAuthServer *as = m_window->demo()->authServer();
    QTRY_VERIFY_WITH_TIMEOUT(as->stats().refreshes >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(state(), State::Up, 20000);
    QString renewed;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        SecretJob *again = m_services->secrets()->read(secretkeys::oauthTokens(m_name));
        QSignalSpy readAgain(again, &SecretJob::finished);
        if (!readAgain.wait(10000) || !again->ok())
            return false;
        const auto r = oauth::parseRecord(again->data());
        renewed = r ? r->tokens.accessToken : QString();
        return !renewed.isEmpty() && renewed != firstAccess;
    }(), 20000);
    QVERIFY(m_issued.contains(renewed));
    QCOMPARE(as->stats().failedRefreshes, 0);

    // --- Sign out: the demo AS offers RFC 7009; the local sign-in goes too.
    m_window->actions().signOut->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(state(), State::NeedsLogin, 20000);
    QTRY_COMPARE(panel->stateText(), QStringLiteral("Not signed in"));
    QVERIFY2(m_window->notice()->text().contains(QStringLiteral("revoked")), qPrintable(m_window->notice()->text()));
    QCOMPARE(as->stats().revocations, 2);

    // --- Deny: a clear message, nothing stored, the flow cleaned up.
    dialog = signInAndWaitForThePage();
    QVERIFY(dialog);
    guard = dialog;
    clickInPage(dialog, QStringLiteral("deny"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(), QStringLiteral("Sign-in failed"), 20000);
    QVERIFY2(panel->messageText().contains(QStringLiteral("denied access")), qPrintable(panel->messageText()));
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(state(), State::NeedsLogin);
    SecretJob *gone = m_services->secrets()->read(secretkeys::oauthTokens(m_name));
    QSignalSpy goneRead(gone, &SecretJob::finished);
    QVERIFY(goneRead.wait(10000));
    QCOMPARE(gone->status(), SecretJob::Status::NotFound);
    QVERIFY(page->header()->signInButton()->isVisible() && page->header()->signInButton()->isEnabled());
    scanForSecrets();
}

void TestGuiSignIn::scanForSecrets()
{
    // Searched: what the window and log view show, the whole debug log, and every file
    // in the places the app writes (its profile and settings here, its data, cache and
    // config folders, where crash reports and backups live too).
    QVERIFY2(m_logged.size() > 50, "too little debug log captured: the scan would prove nothing");
    QVERIFY(m_logged.filter(QStringLiteral("mcpc.")).size() > 50);
    QStringList dirs{m_dir.path()};
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation})
        dirs << QStandardPaths::writableLocation(location);
    QStringList files;
    for (const QString &dir : std::as_const(dirs)) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.contains(m_dir.filePath(QStringLiteral("profiles.json"))));
    const QString logged = m_logged.join(u'\n');
    const QString shown = everythingShown();
    int hits = 0;
    for (const QString &secret : std::as_const(m_issued)) {
        if (logged.contains(secret) || shown.contains(secret)) {
            ++hits;
            qWarning("a secret (%s...) is in the debug log or the window", qPrintable(secret.left(4)));
        }
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8())) {
                ++hits;
                qWarning("a secret (%s...) is in %s", qPrintable(secret.left(4)), qPrintable(path));
            }
        }
    }
    qInfo("secret scan (app, sign-in to sign-out): %d hits for %lld issued values in %lld log lines and %lld files",
          hits, qlonglong(m_issued.size()), qlonglong(m_logged.size()), qlonglong(files.size()));
    QCOMPARE(hits, 0);
}

MCPC_WEBENGINE_TEST_MAIN(TestGuiSignIn, MCPC_TESTS_DIR)
#include "tst_gui_signin.moc"
