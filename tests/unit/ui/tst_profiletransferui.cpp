// Profiles in and out in the window: the Servers × Clients matrix shows the cards' own
// states and leads to the card; the import preview lists what the clients have, with
// checkboxes and sources; an import changes the server list and Undo takes it back.
#include "uitestsupport.h"

#include "clients/clientcard.h"
#include "clients/connectclientspage.h"
#include "mainwindow/mainwindow.h"
#include "overview/serverclientmatrixdialog.h"
#include "overview/serverclientmatrixmodel.h"
#include "profiles/profileexporter.h"
#include "profiles/profilestore.h"
#include "serverview/serverpage.h"
#include "servers/serverlistmodel.h"
#include "transfer/importpreviewdialog.h"
#include "transfer/profiletransfer.h"
#include "widgets/banner.h"
#include "widgets/chip.h"

#include <QHeaderView>
#include <QMenuBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace mcpc;
using namespace mcpc::ui;
using namespace mcpc::clientconfig;
using namespace Qt::StringLiterals;

namespace {

ServerProfile httpProfile(const QString &name, const QString &url)
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}

QString userFile(const ClientEnvironment &env, const QString &client)
{
    return clientAdapter(client)->location(env, Scope::User, QString(), QString())->path;
}

int columnOf(const ServerClientMatrixModel &m, const QString &client)
{
    for (int c = 0; c < m.columnCount(); ++c)
        if (m.clientAt(c) == client)
            return c;
    return -1;
}

} // namespace

class TestProfileTransferUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixShowsTheCardsStates()
    {
        uitest::Env env;
        const ServerProfile acme = httpProfile(u"acme"_s, u"https://mcp.acme.example/mcp"_s);
        const ServerProfile beta = httpProfile(u"beta"_s, u"https://beta.example/mcp"_s);
        QVERIFY(env.services->profiles()->add(acme).has_value());
        QVERIFY(env.services->profiles()->add(beta).has_value());
        const ClientEnvironment cenv = env.services->clientConfigs()->environment();
        ClientConfigEngine engine(cenv);
        QVERIFY(engine.connect({{u"cursor"_s}, acme}).has_value());
        QVERIFY(engine.connect({{u"vscode"_s}, acme}).has_value());
        // Edited by hand in VS Code; beta added by hand to Claude Code.
        QByteArray vs = testhelpers::readFile(userFile(cenv, u"vscode"_s));
        QVERIFY(testhelpers::writeFile(userFile(cenv, u"vscode"_s), vs.replace("https://mcp.acme.example/mcp", "https://mcp.acme.example/v2")));
        QVERIFY(testhelpers::writeFile(userFile(cenv, u"claude-code"_s),
                                       "{\"mcpServers\":{\"beta\":{\"type\":\"http\",\"url\":\"https://beta.example/mcp\"}}}"));

        ServerClientMatrixModel model(env.services->clientConfigs());
        QSignalSpy ready(&model, &ServerClientMatrixModel::ready);
        model.refresh({acme, beta});
        QVERIFY(model.isLoading());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(allClientAdapters().size()));
        // The clients holding these servers come first.
        const QStringList firstThree{model.clientAt(0), model.clientAt(1), model.clientAt(2)};
        QVERIFY2(firstThree.contains(u"cursor"_s) && firstThree.contains(u"vscode"_s) && firstThree.contains(u"claude-code"_s),
                 qPrintable(firstThree.join(u',')));

        const int cursor = columnOf(model, u"cursor"_s), vscode = columnOf(model, u"vscode"_s),
                  claude = columnOf(model, u"claude-code"_s), zed = columnOf(model, u"zed"_s);
        QCOMPARE(model.index(0, cursor).data().toString(), u"Connected"_s);
        QCOMPARE(model.index(0, cursor).data(ServerClientMatrixModel::ToneRole).toInt(), int(Chip::Tone::Success));
        QCOMPARE(model.index(0, vscode).data().toString(), u"Edited by hand"_s);
        QCOMPARE(model.index(1, claude).data().toString(), u"Connected (added by hand)"_s);
        QCOMPARE(model.index(1, cursor).data().toString(), u"—"_s);
        QVERIFY(!model.index(1, cursor).data(ServerClientMatrixModel::PresentRole).toBool());
        QVERIFY(model.index(1, cursor).data(Qt::ToolTipRole).toString().contains(u"not in Cursor's config"_s));
        QCOMPARE(model.index(0, zed).data().toString(), u"—"_s);
        QCOMPARE(model.presentCount(), 3);
        QCOMPARE(model.attentionCount(), 1);
        QCOMPARE(model.index(1, claude).data(ServerClientMatrixModel::ServerRole).toString(), u"beta"_s);

        // Removed behind our back: the matrix says so, like the card.
        QVERIFY(testhelpers::writeFile(userFile(cenv, u"cursor"_s), "{\"mcpServers\":{}}"));
        model.refresh({acme, beta});
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(model.index(0, columnOf(model, u"cursor"_s)).data().toString(), u"Removed by the client"_s);
        QCOMPARE(model.attentionCount(), 2);
    }

    void matrixCellLeadsToTheCard()
    {
        uitest::Env env;
        QVERIFY(env.services->profiles()->add(httpProfile(u"acme"_s, u"https://mcp.acme.example/mcp"_s)).has_value());
        QVERIFY(env.services->profiles()->add(httpProfile(u"beta"_s, u"https://beta.example/mcp"_s)).has_value());
        MainWindow w(env.services.get());
        w.show();
        w.selectServer(u"acme"_s);
        ServerClientMatrixDialog *d = w.transfer()->showMatrix();
        QTRY_COMPARE(d->model()->rowCount(), 2);
        const int row = d->model()->serverAt(0) == u"beta"_s ? 0 : 1;
        const int col = columnOf(*d->model(), u"windsurf"_s);
        const QModelIndex cell = d->model()->index(row, col);
        d->view()->scrollTo(cell);
        QTest::mouseClick(d->view()->viewport(), Qt::LeftButton, {}, d->view()->visualRect(cell).center());
        QCOMPARE(w.currentServer(), u"beta"_s);
        ServerPage *page = w.page(u"beta"_s);
        QVERIFY(page);
        QTRY_VERIFY(page->clientsPage()->card(u"windsurf"_s));
        QCOMPARE(page->tabs()->currentIndex(), int(ServerPage::ClientsIndex));
        ClientCard *card = page->clientsPage()->card(u"windsurf"_s);
        QVERIFY(w.focusWidget() == card || card->isAncestorOf(w.focusWidget())); // the window's focus, once it is active
        // Reachable from the window's View menu.
        bool inMenu = false;
        for (QAction *top : w.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(w.transfer()->matrixAction()))
                inMenu = true;
        QVERIFY(inMenu);
    }

    void matrixScrollsSidewaysInANarrowWindow()
    {
        // Every client a column, at 800 px: the columns keep the width of their text (no
        // squeezed, elided or wrapped states) and the table scrolls sideways to the last.
        uitest::Env env;
        const ServerProfile acme = httpProfile(u"acme"_s, u"https://mcp.acme.example/mcp"_s);
        QVERIFY(env.services->profiles()->add(acme).has_value());
        ClientConfigEngine engine(env.services->clientConfigs()->environment());
        QVERIFY(engine.connect({{u"cursor"_s}, acme}).has_value());
        ServerClientMatrixDialog d(env.services->clientConfigs());
        QSignalSpy ready(d.model(), &ServerClientMatrixModel::ready);
        d.setProfiles({acme});
        d.resize(800, 460);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(d.width(), 800);
        QHeaderView *header = d.view()->horizontalHeader();
        const QFontMetrics fm(d.view()->font());
        const int columns = d.model()->columnCount();
        QVERIFY(columns >= 8);
        for (int c = 0; c < columns; ++c) {
            const QString state = d.model()->index(0, c).data().toString();
            const QString name = d.model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= fm.horizontalAdvance(state), qPrintable(state));
            QVERIFY2(header->sectionSize(c) >= fm.horizontalAdvance(name), qPrintable(name));
        }
        QScrollBar *sideways = d.view()->horizontalScrollBar();
        QVERIFY(header->length() > d.view()->viewport()->width());
        QTRY_VERIFY(sideways->isVisible());
        QVERIFY(sideways->maximum() > 0);
        const QModelIndex last = d.model()->index(0, columns - 1);
        QVERIFY(!d.view()->viewport()->rect().contains(d.view()->visualRect(last)));
        d.view()->scrollTo(last);
        QVERIFY(d.view()->viewport()->rect().contains(d.view()->visualRect(last)));
    }

    void importFromClientsWithUndo()
    {
        uitest::Env env;
        QVERIFY(env.services->profiles()->add(httpProfile(u"saved"_s, u"https://saved.example/mcp"_s)).has_value());
        const ClientEnvironment cenv = env.services->clientConfigs()->environment();
        QVERIFY(testhelpers::writeFile(userFile(cenv, u"cursor"_s),
            "{\"mcpServers\":{\"linear\":{\"url\":\"https://mcp.linear.example/mcp\"},"
            "\"again\":{\"url\":\"https://saved.example/mcp\"},\"odd\":{\"x\":1}}}"));
        QVERIFY(testhelpers::writeFile(userFile(cenv, u"windsurf"_s),
            "{\"mcpServers\":{\"linear\":{\"serverUrl\":\"https://mcp.linear.example/mcp\"},"
            "\"files\":{\"command\":\"npx\",\"args\":[\"-y\",\"server-files\"]}}}"));
        MainWindow w(env.services.get());
        QSignalSpy ready(w.transfer(), &ProfileTransfer::previewReady);
        w.transfer()->importClientsAction()->trigger();
        QTRY_COMPARE(ready.count(), 1);
        auto *d = ready.at(0).at(0).value<ImportPreviewDialog *>();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        QTreeWidget *list = d->list();
        QCOMPARE(list->topLevelItemCount(), 4); // linear, again, odd, files
        QTreeWidgetItem *linear = list->findItems(u"linear"_s, Qt::MatchExactly).value(0);
        QVERIFY(linear);
        QCOMPARE(linear->text(2), u"Cursor, Windsurf"_s);
        QCOMPARE(linear->checkState(0), Qt::Checked);
        QTreeWidgetItem *again = list->findItems(u"again"_s, Qt::MatchExactly).value(0);
        QCOMPARE(again->checkState(0), Qt::Unchecked); // already saved as "saved"
        QTreeWidgetItem *odd = list->findItems(u"odd"_s, Qt::MatchExactly).value(0);
        QVERIFY(!(odd->flags() & Qt::ItemIsEnabled));
        QVERIFY(odd->text(3).contains(u"not importable"_s, Qt::CaseInsensitive));
        QCOMPARE(d->importButton()->text(), u"Import 2 servers"_s);
        d->setChecked(list->indexOfTopLevelItem(list->findItems(u"files"_s, Qt::MatchExactly).value(0)), false);
        QCOMPARE(d->importButton()->text(), u"Import 1 server"_s);
        QTest::mouseClick(d->importButton(), Qt::LeftButton);

        QTRY_VERIFY(w.model()->profile(u"linear"_s));
        QVERIFY(!w.model()->profile(u"files"_s));
        QVERIFY(w.transfer()->banner()->text().contains(u"Imported 1 server"_s));
        QVERIFY(w.transfer()->undoAction()->isEnabled());
        QVERIFY((*env.services->profiles()->find(u"linear"_s)).has_value());

        w.transfer()->undoAction()->trigger();
        QVERIFY(!w.model()->profile(u"linear"_s));
        QVERIFY(!(*env.services->profiles()->find(u"linear"_s)).has_value());
        QVERIFY(w.model()->profile(u"saved"_s));
        QVERIFY(!w.transfer()->undoAction()->isEnabled());
    }

    void importFileReplaceAndBadFile()
    {
        uitest::Env env;
        QVERIFY(env.services->profiles()->add(httpProfile(u"acme"_s, u"https://old.example/mcp"_s)).has_value());
        MainWindow w(env.services.get());
        const QString good = env.dir.filePath(u"servers.json"_s);
        QVERIFY(testhelpers::writeFile(good, ProfileExporter::exportProfiles({httpProfile(u"acme"_s, u"https://new.example/mcp"_s)}).json));
        ImportPreviewDialog *d = w.transfer()->previewFile(good);
        QVERIFY(d);
        QCOMPARE(d->items().at(0).conflict, ImportConflict::SameName);
        d->setChoice(0, DuplicateChoice::Replace);
        QVERIFY(w.transfer()->importChosen(d->items()).has_value());
        QCOMPARE(w.model()->profile(u"acme"_s)->url.toString(), u"https://new.example/mcp"_s);
        w.transfer()->undoImport();
        QCOMPARE(w.model()->profile(u"acme"_s)->url.toString(), u"https://old.example/mcp"_s);
        delete d;

        const QString bad = env.dir.filePath(u"bad.json"_s);
        QVERIFY(testhelpers::writeFile(bad, "{\"format\":\"mcp-connect-profiles\",\"schemaVersion\":7,\"profiles\":[]}"));
        const QString before = env.profileFileText();
        QVERIFY(!w.transfer()->previewFile(bad));
        QVERIFY(w.transfer()->banner()->text().contains(u"schema version 7"_s));
        QCOMPARE(env.profileFileText(), before);
    }
};

QTEST_MAIN(TestProfileTransferUi)
#include "tst_profiletransferui.moc"
