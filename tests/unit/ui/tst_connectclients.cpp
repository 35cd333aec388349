// The "Connect clients" page against a temp home: every client listed with the right
// state for the configs found there; Connect writes only after the preview is confirmed;
// an entry edited by hand needs the explicit "Replace it anyway"; Undo puts the file back
// byte for byte; a broken file shows file:line:column and stays untouched; drift behind
// the app's back shows on the card and in the window. Nothing outside the temp folder
// is read or written.
#include "uitestsupport.h"

#include "clientconfig/clientconfigengine.h"
#include "clientconfig/files/safefile.h"
#include "clients/clientcard.h"
#include "clients/clientcardalert.h"
#include "clients/clientcarddetails.h"
#include "clients/clientconfigservice.h"
#include "clients/clientdriftbanner.h"
#include "clients/connectclientspage.h"
#include "clients/diffview.h"
#include "clients/entryoptionsbox.h"
#include "clients/previewdialog.h"
#include "clients/scopepicker.h"
#include "mainwindow/mainwindow.h"
#include "profiles/profilestore.h"
#include "serverview/serverpage.h"
#include "widgets/banner.h"
#include "widgets/chip.h"
#include "widgets/elidedlabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QToolButton>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using namespace mcpc::clientconfig;
using namespace Qt::StringLiterals;
using Action = clientvisuals::PrimaryAction;

namespace {

using testhelpers::readFile;
using testhelpers::writeFile;

ServerProfile profile(const QString &name = u"acme"_s, const QString &url = u"https://mcp.acme.dev/mcp"_s)
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}

QJsonObject cursorEntry(const QString &path, const QString &name)
{
    return QJsonDocument::fromJson(readFile(path)).object().value(u"mcpServers"_s).toObject().value(name).toObject();
}

// One page on a temp home, with its own engine thread.
struct Fixture
{
    QTemporaryDir dir;
    ClientEnvironment env = uitest::clientEnv(dir.path());
    std::unique_ptr<ClientConfigService> service;
    std::unique_ptr<ConnectClientsPage> page;

    QString home(const QString &rel) const { return env.home + u'/' + rel; }
    QString cursorFile() const { return home(u".cursor/mcp.json"_s); }

    void open(const ServerProfile &p = profile())
    {
        service = std::make_unique<ClientConfigService>(env);
        service->setWatcherDebounce(20);
        page = std::make_unique<ConnectClientsPage>();
        page->resize(1000, 760);
        page->setService(service.get());
        page->setProfile(p);
        page->show();
        settle();
    }
    void settle() const
    {
        QTRY_COMPARE(service->pending(), 0);
    }
    ClientCard *card(const QString &id) const { return page->card(id); }
    QString chip(const QString &id) const { return card(id)->stateChip()->text(); }
    // Clicks the card's primary button and returns the preview that opens.
    PreviewDialog *openPreview(const QString &id) const
    {
        ClientCard *c = card(id);
        [&] { QVERIFY(c->primaryButton()->isEnabled()); }();
        c->primaryButton()->click();
        [&] { QTRY_VERIFY(c->previewDialog() != nullptr); }();
        PreviewDialog *d = c->previewDialog();
        [&] { QTRY_VERIFY(d->confirmButton()->isEnabled() || d->errorLabel()->isVisibleTo(d)); }();
        return d;
    }
};

} // namespace

class TestConnectClients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryClientWithItsState();
    void connectWritesAfterThePreview();
    void handEditedEntryNeedsExplicitReplace();
    void undoRestoresTheFileByteForByte();
    void brokenFileShowsWhereAndStaysUntouched();
    void directoryInTheWayIsReported();
    void writeErrorsLeaveTheFileAlone();
    void driftShowsOnTheCard();
    void driftNotifiesTheWindow();
    void headerAuthUsesAnEnvironmentVariable();
    void disconnectRemovesOnlyOurEntry();
    void keyboardEnterOpensThePreview();
    void projectScopeWritesIntoTheProject();
    void entryNameIsValidatedAndOffersTheSlug();
    void vscodeKeepsCommentsByteForByte();
    void vscodeLegacyBlockIsMentioned();
    void bridgeIsOfferedWhereTheClientHasOne();
};

void TestConnectClients::listsEveryClientWithItsState()
{
    Fixture f;
    const ServerProfile acme = profile();
    {
        // What an engine (the CLI, an earlier run) left behind.
        ClientConfigEngine engine(f.env);
        // Cursor: installed, another server only.
        QVERIFY(writeFile(f.cursorFile(), "{\n  \"mcpServers\": {\n    \"other\": { \"url\": \"https://other.dev/mcp\" }\n  }\n}\n"));
        // VS Code: connected, current.
        QVERIFY(engine.connect({{u"vscode"_s}, acme}).has_value());
        // Zed: connected with an older URL.
        QVERIFY(engine.connect({{u"zed"_s}, profile(u"acme"_s, u"https://old.acme.dev/mcp"_s)}).has_value());
        // Gemini CLI: connected, then edited by hand.
        QVERIFY(engine.connect({{u"gemini-cli"_s}, acme}).has_value());
        const QString gemini = f.home(u".gemini/settings.json"_s);
        QVERIFY(writeFile(gemini, readFile(gemini).replace("https://mcp.acme.dev/mcp", "https://mcp.acme.dev/mcp?debug=1")));
        // Codex: connected, then the entry vanished.
        QVERIFY(engine.connect({{u"codex"_s}, acme}).has_value());
        QVERIFY(writeFile(f.home(u".codex/config.toml"_s), "model = \"o4\"\n"));
        // Claude Code: someone else's "acme" pointing elsewhere.
        QVERIFY(writeFile(f.home(u".claude.json"_s),
                          "{\"mcpServers\": {\"acme\": {\"type\": \"http\", \"url\": \"https://evil.example/mcp\"}}}\n"));
        // Windsurf: this server's URL under another name.
        QVERIFY(writeFile(f.home(u".codeium/windsurf/mcp_config.json"_s),
                          "{\"mcpServers\": {\"acme-old\": {\"serverUrl\": \"https://mcp.acme.dev/mcp/\"}}}\n"));
    }
    f.open(acme);

    QCOMPARE(f.page->clientCount(), 14);
    QStringList ids;
    for (ClientCard *c : f.page->cards())
        ids << c->clientId();
    QCOMPARE(ids.size(), 14);
    for (const QString &id : {u"cursor"_s, u"vscode"_s, u"vscode-insiders"_s, u"claude-code"_s, u"claude-desktop"_s, u"windsurf"_s,
                              u"cline"_s, u"zed"_s, u"gemini-cli"_s, u"codex"_s, u"opencode"_s, u"lmstudio"_s, u"continue"_s, u"junie"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));

    QCOMPARE(f.chip(u"cursor"_s), u"Not connected"_s);
    QCOMPARE(f.card(u"cursor"_s)->primaryAction(), Action::Connect);
    QVERIFY(f.card(u"cursor"_s)->isInstalled());
    QCOMPARE(f.chip(u"vscode"_s), u"Connected"_s);
    QCOMPARE(f.card(u"vscode"_s)->primaryAction(), Action::Disconnect);
    QCOMPARE(f.chip(u"zed"_s), u"Connected — outdated"_s);
    QCOMPARE(f.card(u"zed"_s)->primaryAction(), Action::Update);
    QCOMPARE(f.chip(u"gemini-cli"_s), u"Edited by hand"_s);
    QCOMPARE(f.chip(u"codex"_s), u"Removed by the client"_s);
    QCOMPARE(f.card(u"codex"_s)->primaryAction(), Action::Reconnect);
    QCOMPARE(f.chip(u"claude-code"_s), u"Name taken by another entry"_s);
    QCOMPARE(f.card(u"claude-code"_s)->primaryAction(), Action::Replace);
    QVERIFY(f.chip(u"windsurf"_s).startsWith(u"Same URL as “acme-old”"_s));
    QCOMPARE(f.chip(u"lmstudio"_s), u"Not connected"_s);
    QVERIFY(!f.card(u"lmstudio"_s)->isInstalled());

    // Found clients first; the detection line says what was found.
    const QList<ClientCard *> cards = f.page->cards();
    bool seenMissing = false;
    for (ClientCard *c : cards) {
        if (!c->isInstalled())
            seenMissing = true;
        else
            QVERIFY2(!seenMissing, qPrintable(c->clientId() + u" is found but listed after a missing client"_s));
    }
    QCOMPARE(f.card(u"cursor"_s)->pathLabel()->text(), u"~/.cursor/mcp.json"_s);
    // Header-auth-free Claude Desktop on Linux says where its file is and why.
    QVERIFY(f.card(u"claude-desktop"_s)->state()->status.notes.join(u' ').contains(u"no official Linux build"_s));
    // ... and shows that note in full on the card, not elided.
    QLabel *notes = f.card(u"claude-desktop"_s)->details()->notesLabel();
    QVERIFY(notes->isVisibleTo(f.page.get()));
    QVERIFY(notes->wordWrap());
    QVERIFY2(notes->text().contains(u"no official Linux build"_s) && notes->text().contains(u"~/.config/Claude"_s),
             qPrintable(notes->text()));
    QVERIFY(!f.card(u"cursor"_s)->details()->notesLabel()->isVisibleTo(f.page.get()));
    // Deeplinks for the clients that have them; a snippet for all.
    QVERIFY(!f.card(u"cursor"_s)->state()->links.isEmpty());
    QVERIFY(f.card(u"cursor"_s)->state()->links.first().url.startsWith(u"cursor://"_s));
    QVERIFY(f.card(u"codex"_s)->snippetText().contains(u"[mcp_servers.acme]"_s));
    QVERIFY(f.card(u"cursor"_s)->snippetText().contains(u"\"url\": \"https://mcp.acme.dev/mcp\""_s));
    // The card shows them as buttons: "Open in Cursor" for Cursor, none for Codex.
    const QList<QToolButton *> links = f.card(u"cursor"_s)->details()->linkButtons();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first()->text(), u"Open in Cursor"_s);
    QVERIFY(links.first()->isVisibleTo(f.page.get()));
    QCOMPARE(f.card(u"vscode"_s)->details()->linkButtons().first()->text(), u"Open in VS Code"_s);
    QVERIFY(f.card(u"codex"_s)->details()->linkButtons().isEmpty());
    // "Copy config snippet" puts exactly the snippet on the clipboard.
    QToolButton *copy = f.card(u"codex"_s)->details()->snippetButton();
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), f.card(u"codex"_s)->snippetText());
    // The main button says what it does, per client.
    QCOMPARE(f.card(u"cursor"_s)->primaryButton()->text(), u"Connect to Cursor"_s);
}

void TestConnectClients::connectWritesAfterThePreview()
{
    Fixture f;
    const QByteArray before = "{\n  \"mcpServers\": {\n    \"other\": { \"url\": \"https://other.dev/mcp\" }\n  }\n}\n";
    QVERIFY(writeFile(f.cursorFile(), before));
    f.open();
    ClientCard *cursor = f.card(u"cursor"_s);
    PreviewDialog *d = f.openPreview(u"cursor"_s);
    QVERIFY(d);
    QCOMPARE(d->confirmButton()->text(), u"&Write"_s);
    QCOMPARE(d->nameEdit()->text(), u"acme"_s);
    QVERIFY(!d->forceWarning()->isVisibleTo(d));
    QVERIFY(d->diffView()->diff().contains(u"+    \"acme\": {"_s) || d->diffView()->diff().contains(u"+    \"acme\""_s));
    QVERIFY(d->diffView()->addedLines() > 0);
    QCOMPARE(d->diffView()->removedLines(), 1); // the comma after "other"
    // Nothing is written while the preview is open.
    QCOMPARE(readFile(f.cursorFile()), before);

    d->confirmButton()->click();
    QTRY_VERIFY(!cursor->previewDialog());
    QTRY_COMPARE(cursorEntry(f.cursorFile(), u"acme"_s).value(u"url"_s).toString(), u"https://mcp.acme.dev/mcp"_s);
    QCOMPARE(cursorEntry(f.cursorFile(), u"other"_s).value(u"url"_s).toString(), u"https://other.dev/mcp"_s);
    f.settle();
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Connected"_s);
    QCOMPARE(cursor->primaryAction(), Action::Disconnect);
    // The report: reload hint, the "Needs login" step, Undo.
    QVERIFY(cursor->report()->isVisibleTo(cursor));
    const QString report = cursor->report()->text();
    QVERIFY2(report.contains(u"Next:"_s) && report.contains(u"Needs login"_s) && report.contains(u"Allow"_s), qPrintable(report));
    QCOMPARE(cursor->report()->actionButton()->text(), u"Undo"_s);
}

void TestConnectClients::handEditedEntryNeedsExplicitReplace()
{
    Fixture f;
    {
        ClientConfigEngine engine(f.env);
        QVERIFY(engine.connect({{u"cursor"_s}, profile()}).has_value());
    }
    const QByteArray edited = readFile(f.cursorFile()).replace("\"url\": \"https://mcp.acme.dev/mcp\"",
                                                               "\"url\": \"https://mcp.acme.dev/mcp\", \"disabled\": true");
    QVERIFY(writeFile(f.cursorFile(), edited));
    f.open();
    QCOMPARE(f.chip(u"cursor"_s), u"Edited by hand"_s);

    PreviewDialog *d = f.openPreview(u"cursor"_s);
    QVERIFY(d->forceWarning()->isVisibleTo(d));
    QVERIFY(d->forceWarning()->text().contains(u"edited by hand"_s));
    QCOMPARE(d->confirmButton()->text(), u"&Replace it anyway"_s);
    // The diff shows what goes: the hand-made "disabled".
    QVERIFY(d->diffView()->diff().contains(u"-"_s) && d->diffView()->diff().contains(u"disabled"_s));
    QVERIFY(d->force());
    // Enter does not replace: Cancel is the default button.
    QVERIFY(!d->confirmButton()->isDefault());
    QVERIFY(d->cancelButton()->isDefault());

    // Cancel leaves the file alone.
    d->cancelButton()->click();
    QTRY_VERIFY(!f.card(u"cursor"_s)->previewDialog());
    f.settle();
    QCOMPARE(readFile(f.cursorFile()), edited);

    d = f.openPreview(u"cursor"_s);
    d->confirmButton()->click();
    QTRY_VERIFY(!cursorEntry(f.cursorFile(), u"acme"_s).contains(u"disabled"_s));
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Connected"_s);
}

void TestConnectClients::undoRestoresTheFileByteForByte()
{
    Fixture f;
    // Tabs, CRLF, no final newline: all of it must come back exactly.
    const QByteArray before = "{\r\n\t\"mcpServers\": {\r\n\t\t\"other\": {\"url\": \"https://other.dev/mcp\"}\r\n\t},\r\n\t\"x\": 1\r\n}";
    QVERIFY(writeFile(f.cursorFile(), before));
    f.open();
    PreviewDialog *d = f.openPreview(u"cursor"_s);
    d->confirmButton()->click();
    ClientCard *cursor = f.card(u"cursor"_s);
    QTRY_VERIFY(cursor->report()->isVisibleTo(cursor));
    QVERIFY(readFile(f.cursorFile()) != before);
    f.settle();

    cursor->report()->actionButton()->click(); // Undo
    QTRY_COMPARE(readFile(f.cursorFile()), before);
    f.settle();
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Not connected"_s);
    QVERIFY(cursor->report()->text().contains(u"Undid"_s));

    // A file MCP Connect created is deleted again by Undo.
    QVERIFY(!QFile::exists(f.home(u".lmstudio/mcp.json"_s)));
    d = f.openPreview(u"lmstudio"_s);
    QVERIFY(d->plan() && !d->plan()->fileExisted);
    d->confirmButton()->click();
    QTRY_VERIFY(QFile::exists(f.home(u".lmstudio/mcp.json"_s)));
    f.settle();
    f.card(u"lmstudio"_s)->undo();
    QTRY_VERIFY(!QFile::exists(f.home(u".lmstudio/mcp.json"_s)));
}

void TestConnectClients::brokenFileShowsWhereAndStaysUntouched()
{
    Fixture f;
    const QByteArray broken = "{\n  \"mcpServers\": {\n    \"other\": { \"url\": \"https://other.dev/mcp\" },\n  }\n}\n";
    QVERIFY(writeFile(f.cursorFile(), broken));
    f.open();
    ClientCard *cursor = f.card(u"cursor"_s);
    QCOMPARE(f.chip(u"cursor"_s), u"Config unreadable"_s);
    QTRY_VERIFY(cursor->alert()->isVisibleTo(cursor));
    const QString text = cursor->alert()->text();
    // Where, then what: the line with the trailing comma.
    QVERIFY2(text.startsWith(u"<b>~/.cursor/mcp.json:3:48</b>"_s), qPrintable(text));
    QVERIFY(text.contains(u"railing comma"_s));
    QVERIFY(!text.contains(f.env.home)); // paths as the card shows them
    QVERIFY(!cursor->primaryButton()->isEnabled());
    cursor->triggerPrimary(); // even if asked, nothing happens
    f.settle();
    QVERIFY(!cursor->previewDialog());
    QCOMPARE(readFile(f.cursorFile()), broken);

    // Fixed outside the app: the card recovers on refresh.
    QVERIFY(writeFile(f.cursorFile(), "{}\n"));
    cursor->refresh();
    f.settle();
    QCOMPARE(f.chip(u"cursor"_s), u"Not connected"_s);
    QVERIFY(!cursor->alert()->isVisibleTo(cursor));
    QVERIFY(cursor->primaryButton()->isEnabled());
}

void TestConnectClients::directoryInTheWayIsReported()
{
    Fixture f;
    QVERIFY(QDir().mkpath(f.cursorFile())); // a folder where the file should be
    f.open();
    ClientCard *cursor = f.card(u"cursor"_s);
    QCOMPARE(f.chip(u"cursor"_s), u"Config unreadable"_s);
    QTRY_VERIFY(cursor->alert()->isVisibleTo(cursor));
    QVERIFY2(cursor->alert()->text().contains(u"is a directory"_s), qPrintable(cursor->alert()->text()));
    QVERIFY(!cursor->primaryButton()->isEnabled());
    QVERIFY(QFileInfo(f.cursorFile()).isDir());
}

void TestConnectClients::writeErrorsLeaveTheFileAlone()
{
    Fixture f;
    const QByteArray before = "{\n  \"mcpServers\": {}\n}\n";
    QVERIFY(writeFile(f.cursorFile(), before));
    QVERIFY(QFile::setPermissions(f.cursorFile(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    f.open();
    ClientCard *cursor = f.card(u"cursor"_s);
    f.openPreview(u"cursor"_s)->confirmButton()->click();
    QTRY_VERIFY(cursor->alert()->isVisibleTo(cursor));
    QVERIFY2(cursor->alert()->text().contains(u"read-only"_s), qPrintable(cursor->alert()->text()));
    QVERIFY(cursor->alert()->text().contains(u"Nothing was written"_s));
    QVERIFY(cursor->alert()->text().contains(u"~/.cursor/mcp.json is read-only"_s));
    QCOMPARE(readFile(f.cursorFile()), before);
    QVERIFY(!cursor->report()->isVisibleTo(cursor));
    f.settle();
    QCOMPARE(f.chip(u"cursor"_s), u"Not connected"_s);

    // Another program keeps rewriting the file while we write: we give up, cleanly.
    QVERIFY(QFile::setPermissions(f.cursorFile(), QFile::ReadOwner | QFile::WriteOwner));
    int rewrites = 0;
    SafeFile::setBeforeCommitHook([&rewrites](const QString &path) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QByteArray("{\"mcpServers\": {}, \"n\": ") + QByteArray::number(++rewrites) + "}\n");
    });
    f.openPreview(u"cursor"_s)->confirmButton()->click();
    QTRY_VERIFY(cursor->alert()->text().contains(u"kept changing"_s));
    f.settle();
    SafeFile::setBeforeCommitHook({});
    QVERIFY(rewrites >= 2);
    QVERIFY(!readFile(f.cursorFile()).contains("acme"));
}

void TestConnectClients::driftShowsOnTheCard()
{
    Fixture f;
    const QString path = f.env.xdgConfigHome + u"/Claude/claude_desktop_config.json"_s;
    QVERIFY(writeFile(path, "{\n  \"preferences\": {\"menuBarEnabled\": false}\n}\n"));
    f.open();
    PreviewDialog *d = f.openPreview(u"claude-desktop"_s);
    // The seed's bridge: npx mcp-remote URL.
    QVERIFY(d->diffView()->diff().contains(u"mcp-remote"_s));
    d->confirmButton()->click();
    ClientCard *claude = f.card(u"claude-desktop"_s);
    QTRY_COMPARE(f.chip(u"claude-desktop"_s), u"Connected"_s);
    // The report carries the Linux note and the restart hint.
    QVERIFY(claude->report()->text().contains(u"no official Linux build"_s));
    QVERIFY(claude->report()->text().contains(u"Quit Claude Desktop"_s));
    f.settle();
    // Our own write does not count as drift: check now instead of waiting for the watcher.
    f.service->checkDrift();
    f.settle();
    QVERIFY(!claude->alert()->isVisibleTo(claude));

    // Claude Desktop rewrites its file without our entry.
    QVERIFY(writeFile(path, "{\n  \"preferences\": {\"menuBarEnabled\": true}\n}\n"));
    QTRY_VERIFY(claude->alert()->isVisibleTo(claude));
    QVERIFY2(claude->alert()->text().contains(u"Claude Desktop rewrote its config and dropped “acme”"_s),
             qPrintable(claude->alert()->text()));
    QCOMPARE(claude->alert()->actionButton()->text(), u"Reconnect"_s);
    QTRY_COMPARE(f.chip(u"claude-desktop"_s), u"Removed by the client"_s);

    // Reconnect: the preview, then the entry is back and the drift note goes.
    claude->alert()->actionButton()->click();
    QTRY_VERIFY(claude->previewDialog() != nullptr);
    d = claude->previewDialog();
    QTRY_VERIFY(d->confirmButton()->isEnabled());
    d->confirmButton()->click();
    QTRY_COMPARE(f.chip(u"claude-desktop"_s), u"Connected"_s);
    QVERIFY(readFile(path).contains("\"acme\""));
    QTRY_VERIFY(!claude->alert()->isVisibleTo(claude));
}

void TestConnectClients::driftNotifiesTheWindow()
{
    uitest::Env env;
    ServerProfile p = profile();
    p.url = QUrl(u"http://127.0.0.1:9/mcp"_s); // nothing listens: the page works regardless
    QVERIFY(env.services->profiles()->add(p).has_value());
    const ClientEnvironment cenv = env.services->clientConfigs()->environment();
    {
        ClientConfigEngine engine(cenv);
        QVERIFY(engine.connect({{u"cursor"_s}, p}).has_value());
    }
    env.services->clientConfigs()->setWatcherDebounce(20);
    MainWindow w(env.services.get());
    w.show();
    w.selectServer(u"acme"_s);
    ServerPage *page = w.currentPage();
    QVERIFY(page);
    page->showTab(ServerPage::ClientsIndex);
    ConnectClientsPage *clients = page->clientsPage();
    QCOMPARE(clients->clientCount(), 14);
    QTRY_COMPARE(clients->card(u"cursor"_s)->stateChip()->text(), u"Connected"_s);
    env.services->clientConfigs()->refreshWatcher();
    QTRY_COMPARE(env.services->clientConfigs()->pending(), 0);
    auto *banner = w.findChild<ClientDriftBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(&w));

    // The entry is deleted behind the app's back.
    QVERIFY(writeFile(cenv.home + u"/.cursor/mcp.json"_s, "{\n  \"mcpServers\": {}\n}\n"));
    QTRY_VERIFY(banner->isVisibleTo(&w));
    QVERIFY2(banner->text().contains(u"Cursor"_s) && banner->text().contains(u"acme"_s), qPrintable(banner->text()));
    // Reconnect… leads to the card, with the preview open.
    page->showTab(ServerPage::OverviewIndex);
    banner->actionButton()->click();
    QCOMPARE(page->tabs()->currentIndex(), int(ServerPage::ClientsIndex));
    QTRY_VERIFY(clients->card(u"cursor"_s)->previewDialog() != nullptr);
    clients->card(u"cursor"_s)->previewDialog()->reject();
    QTRY_COMPARE(env.services->clientConfigs()->pending(), 0);
}

void TestConnectClients::headerAuthUsesAnEnvironmentVariable()
{
    Fixture f;
    ServerProfile p = profile();
    p.auth = AuthMode::Header;
    p.headerNames = {u"Authorization"_s};
    f.open(p);
    PreviewDialog *d = f.openPreview(u"cursor"_s);
    QVERIFY(d->headerEnvBox());
    QVERIFY(d->headerEnvBox()->isEnabled());
    QVERIFY(!d->headerEnvBox()->isChecked());
    d->headerEnvBox()->setChecked(true);
    QCOMPARE(d->headerVarEdits().size(), 1);
    QCOMPARE(d->headerVarEdits().first()->text(), u"ACME_AUTHORIZATION"_s);
    QTRY_VERIFY(d->diffView()->diff().contains(u"${env:ACME_AUTHORIZATION}"_s));
    QTRY_VERIFY(d->confirmButton()->isEnabled());
    // An invalid name blocks the write.
    d->headerVarEdits().first()->setText(u"1 bad"_s);
    Q_EMIT d->headerVarEdits().first()->textEdited(u"1 bad"_s);
    QVERIFY(!d->confirmButton()->isEnabled());
    QVERIFY(d->errorLabel()->isVisibleTo(d));
    d->headerVarEdits().first()->setText(u"ACME_TOKEN"_s);
    Q_EMIT d->headerVarEdits().first()->textEdited(u"ACME_TOKEN"_s);
    QTRY_VERIFY(d->diffView()->diff().contains(u"${env:ACME_TOKEN}"_s));
    QTRY_VERIFY(d->confirmButton()->isEnabled());
    d->confirmButton()->click();
    QTRY_COMPARE(cursorEntry(f.cursorFile(), u"acme"_s).value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
                 u"${env:ACME_TOKEN}"_s);
    // The token itself never goes into the file; the choice is remembered and the card
    // counts the entry as current.
    QVERIFY(!readFile(f.cursorFile()).contains("Bearer"));
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Connected"_s);

    // VS Code has no such indirection here: the option is offered, off and explained.
    d = f.openPreview(u"vscode"_s);
    QVERIFY(d->headerEnvBox());
    QVERIFY(!d->headerEnvBox()->isEnabled());
    QVERIFY(!d->headerEnvBox()->isChecked());
    d->reject();
    QTRY_VERIFY(!f.card(u"vscode"_s)->previewDialog());
}

void TestConnectClients::disconnectRemovesOnlyOurEntry()
{
    Fixture f;
    const QByteArray before = "{\n  \"mcpServers\": {\n    \"other\": { \"url\": \"https://other.dev/mcp\" }\n  }\n}\n";
    QVERIFY(writeFile(f.cursorFile(), before));
    f.open();
    f.openPreview(u"cursor"_s)->confirmButton()->click();
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Connected"_s);
    f.settle();
    PreviewDialog *d = f.openPreview(u"cursor"_s);
    QCOMPARE(d->confirmButton()->text(), u"&Disconnect"_s);
    QVERIFY(d->diffView()->removedLines() > 0);
    d->confirmButton()->click();
    QTRY_COMPARE(readFile(f.cursorFile()), before);
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Not connected"_s);
}

void TestConnectClients::keyboardEnterOpensThePreview()
{
    Fixture f;
    f.open();
    ClientCard *cursor = f.card(u"cursor"_s);
    QVERIFY(cursor->focusPolicy() & Qt::TabFocus);
    QVERIFY(!cursor->accessibleName().isEmpty());
    cursor->setFocus();
    QTest::keyClick(cursor, Qt::Key_Return);
    QTRY_VERIFY(cursor->previewDialog() != nullptr);
    cursor->previewDialog()->reject();
    QTRY_VERIFY(!cursor->previewDialog());
    f.settle();
    // Down moves to the next card in display order.
    const QList<ClientCard *> cards = f.page->cards();
    cards.first()->activateWindow();
    cards.first()->setFocus();
    QTest::keyClick(cards.first(), Qt::Key_Down);
    QTRY_VERIFY(cards.at(1)->hasFocus() || QApplication::focusWidget() == cards.at(1));
}

void TestConnectClients::projectScopeWritesIntoTheProject()
{
    Fixture f;
    const QString project = f.dir.path() + u"/work/app"_s;
    QVERIFY(QDir().mkpath(project));
    f.open();
    // Claude Code has three files to choose from; Windsurf only one (no picker).
    PreviewDialog *d = f.openPreview(u"windsurf"_s);
    QVERIFY(!d->scopePicker()->isVisibleTo(d));
    d->reject();
    QTRY_VERIFY(!f.card(u"windsurf"_s)->previewDialog());
    f.settle();
    d = f.openPreview(u"claude-code"_s);
    QVERIFY(d->scopePicker()->isVisibleTo(d));
    QCOMPARE(d->scopePicker()->comboBox()->count(), 3);
    d->reject();
    QTRY_VERIFY(!f.card(u"claude-code"_s)->previewDialog());
    f.settle();

    // Cursor: the project's file instead of ~/.cursor/mcp.json, chosen in the preview.
    ClientCard *cursor = f.card(u"cursor"_s);
    d = f.openPreview(u"cursor"_s);
    QVERIFY(d->diffView()->diff().contains(u".cursor/mcp.json"_s));
    d->scopePicker()->select({u"cursor"_s, Scope::Project, project});
    QTRY_VERIFY(d->confirmButton()->isEnabled() && d->plan() && d->plan()->path == project + u"/.cursor/mcp.json"_s);
    QVERIFY(d->diffView()->diff().contains(u"work/app/.cursor/mcp.json"_s));
    d->confirmButton()->click();
    QTRY_COMPARE(cursorEntry(project + u"/.cursor/mcp.json"_s, u"acme"_s).value(u"url"_s).toString(), u"https://mcp.acme.dev/mcp"_s);
    QVERIFY(!QFile::exists(f.cursorFile()));
    // The card follows the file it wrote.
    f.settle();
    QCOMPARE(cursor->state()->status.configPath, project + u"/.cursor/mcp.json"_s);
    QCOMPARE(f.chip(u"cursor"_s), u"Connected"_s);
}

void TestConnectClients::entryNameIsValidatedAndOffersTheSlug()
{
    Fixture f;
    f.open(profile(u"Acme Tools!"_s));
    ClientCard *cursor = f.card(u"cursor"_s);
    // A profile name no client accepts: the slug is proposed from the start.
    QCOMPARE(cursor->entryName(), u"Acme-Tools"_s);
    PreviewDialog *d = f.openPreview(u"cursor"_s);
    QCOMPARE(d->nameEdit()->text(), u"Acme-Tools"_s);
    QVERIFY(!d->slugButton()->isVisibleTo(d));
    // An invalid name blocks the write and says why; the slug is one click away.
    d->nameEdit()->setText(u"acme tools"_s);
    Q_EMIT d->nameEdit()->textEdited(d->nameEdit()->text());
    QVERIFY(!d->confirmButton()->isEnabled());
    QVERIFY(d->errorLabel()->isVisibleTo(d));
    QVERIFY(d->errorLabel()->text().contains(u"letters, digits"_s));
    QVERIFY(d->slugButton()->isVisibleTo(d));
    d->nameEdit()->setText(QString(65, u'a'));
    Q_EMIT d->nameEdit()->textEdited(d->nameEdit()->text());
    QVERIFY(!d->confirmButton()->isEnabled());
    d->slugButton()->click();
    QCOMPARE(d->nameEdit()->text(), u"Acme-Tools"_s);
    // Another valid name: the diff follows it, and it is what gets written.
    d->nameEdit()->setText(u"acme_tools-2"_s);
    Q_EMIT d->nameEdit()->textEdited(d->nameEdit()->text());
    QTRY_VERIFY(d->confirmButton()->isEnabled() && d->diffView()->diff().contains(u"\"acme_tools-2\""_s));
    d->confirmButton()->click();
    QTRY_VERIFY(!cursorEntry(f.cursorFile(), u"acme_tools-2"_s).isEmpty());
    f.settle();
    QCOMPARE(cursor->entryName(), u"acme_tools-2"_s);
    QTRY_COMPARE(f.chip(u"cursor"_s), u"Connected"_s);
}

void TestConnectClients::vscodeKeepsCommentsByteForByte()
{
    Fixture f;
    const QString path = f.env.xdgConfigHome + u"/Code/User/mcp.json"_s;
    const QByteArray head = "// My servers. Do not remove this comment.\n{\n  /* the team's */\n  \"servers\": {\n"
                            "    \"other\": { \"type\": \"http\", \"url\": \"https://other.dev/mcp\" } // keep\n";
    const QByteArray tail = "  },\n  // inputs stay too\n  \"inputs\": []\n}\n";
    const QByteArray before = head + tail;
    QVERIFY(writeFile(path, before));
    f.open();
    PreviewDialog *d = f.openPreview(u"vscode"_s);
    QVERIFY(d->diffView()->diff().contains(u"acme"_s));
    d->confirmButton()->click();
    QTRY_VERIFY(readFile(path).contains("\"acme\""));
    const QByteArray after = readFile(path);
    // Everything before and after the new entry is the original, byte for byte.
    QVERIFY2(after.startsWith(QByteArray(head.left(head.lastIndexOf("} // keep") + 1))), after.constData());
    QVERIFY2(after.endsWith(tail), after.constData());
    QVERIFY(after.contains("// My servers. Do not remove this comment.\n"));
    QVERIFY(after.contains("/* the team's */"));
    QVERIFY(after.contains("// keep"));
    f.settle();
    QTRY_COMPARE(f.chip(u"vscode"_s), u"Connected"_s);
    // And Undo gives the exact original back.
    f.card(u"vscode"_s)->report()->actionButton()->click();
    QTRY_COMPARE(readFile(path), before);
}

void TestConnectClients::vscodeLegacyBlockIsMentioned()
{
    Fixture f;
    QVERIFY(writeFile(f.env.xdgConfigHome + u"/Code/User/settings.json"_s,
                      "{\n  \"mcp\": {\n    \"servers\": {\"old\": {\"url\": \"https://old.dev/mcp\"}}\n  }\n}\n"));
    f.open();
    QLabel *notes = f.card(u"vscode"_s)->details()->notesLabel();
    QVERIFY(notes->isVisibleTo(f.page.get()));
    QVERIFY2(notes->text().contains(u"legacy"_s) && notes->text().contains(u"old"_s), qPrintable(notes->text()));
}

void TestConnectClients::bridgeIsOfferedWhereTheClientHasOne()
{
    // The preview's options appear for a plain OAuth server only where the bridge form
    // means something: Windsurf (the seed's alternative) and Junie (stdio-only plugins).
    const ServerProfile http = profile();
    QVERIFY(EntryOptionsBox::needed(u"windsurf"_s, http));
    QVERIFY(EntryOptionsBox::needed(u"junie"_s, http));
    QVERIFY(!EntryOptionsBox::needed(u"cursor"_s, http));
    QVERIFY(!EntryOptionsBox::needed(u"claude-desktop"_s, http)); // always the bridge, no choice
    ServerProfile local = http;
    local.transport = TransportKind::Stdio;
    local.command = u"npx"_s;
    QVERIFY(!EntryOptionsBox::needed(u"junie"_s, local));
}

QTEST_MAIN(TestConnectClients)
#include "tst_connectclients.moc"
