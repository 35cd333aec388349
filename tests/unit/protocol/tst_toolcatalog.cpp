// Pagination and list_changed refresh of the tool catalog.
#include "faketransport.h"
#include "protocol/mcpclient.h"
#include "protocol/toolcatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using mcpc::test::FakeTransport;
using nlohmann::json;

class TestToolCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsCursorsAcrossPages();
    void refusesACursorLoop();
    void refusesANonStringCursor();
    void listChangedRefreshesTheList();
    void keepsTheCachingHints();
};

namespace {
std::unique_ptr<McpClient> ready(FakeTransport *t)
{
    auto c = std::make_unique<McpClient>(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    QSignalSpy r(c.get(), &McpClient::ready);
    c->connectToServer();
    [&] { QTRY_COMPARE(t->sent.size(), 1); }();
    t->completeHandshake();
    [&] { QTRY_COMPARE(r.size(), 1); }();
    return c;
}
json tool(const char *name) { return {{"name", name}, {"inputSchema", {{"type", "object"}}}}; }
} // namespace

void TestToolCatalog::followsCursorsAcrossPages()
{
    auto *t = new FakeTransport;
    auto client = ready(t);
    ToolCatalog catalog(client.get());
    QSignalSpy changed(&catalog, &ToolCatalog::changed);
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a"), tool("b")}}, {"nextCursor", "page-2"}});
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 2);
    QCOMPARE(t->lastRequest("tools/list")["params"]["cursor"].get<std::string>(), std::string("page-2"));
    t->reply("tools/list", {{"tools", {tool("c")}}, {"nextCursor", "page-3"}});
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 3);
    t->reply("tools/list", {{"tools", json::array()}});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(catalog.tools().size(), 3);
    QCOMPARE(catalog.tools().at(2).name, QStringLiteral("c"));
    QVERIFY(!t->sentWithMethod("tools/list").first()["params"].contains("cursor"));
}

void TestToolCatalog::keepsTheCachingHints()
{
    // 2026-07-28 tools/list carries ttlMs/cacheScope: the catalog keeps them, so a
    // monitor can tell whether re-listing would only fetch the same list.
    auto *t = new FakeTransport;
    auto client = ready(t);
    ToolCatalog catalog(client.get());
    QSignalSpy changed(&catalog, &ToolCatalog::changed);
    QCOMPARE(catalog.ttlMs(), -1);
    QVERIFY(!catalog.isFresh());
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a")}}, {"ttlMs", 3600000}, {"cacheScope", "public"}});
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(catalog.ttlMs(), 3600000);
    QCOMPARE(catalog.cacheScope(), QStringLiteral("public"));
    QVERIFY(catalog.isFresh());
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a")}}, {"ttlMs", -5}});
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(catalog.ttlMs(), -1); // a negative hint is no hint
    QVERIFY(!catalog.isFresh());
}

void TestToolCatalog::refusesACursorLoop()
{
    auto *t = new FakeTransport;
    auto client = ready(t);
    ToolCatalog catalog(client.get());
    QSignalSpy failed(&catalog, &ToolCatalog::refreshFailed);
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a")}}, {"nextCursor", "same"}});
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 2);
    t->reply("tools/list", {{"tools", {tool("a")}}, {"nextCursor", "same"}});
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QStringLiteral("loops")));
}

// A number where the cursor should be is named as such, not reported as a loop.
void TestToolCatalog::refusesANonStringCursor()
{
    auto *t = new FakeTransport;
    auto client = ready(t);
    ToolCatalog catalog(client.get());
    QSignalSpy failed(&catalog, &ToolCatalog::refreshFailed);
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a")}}, {"nextCursor", 5}});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().message,
             QStringLiteral("The server's tools/list reply has a nextCursor that is not a string."));
    QCOMPARE(t->sentWithMethod("tools/list").size(), 1);
}

void TestToolCatalog::listChangedRefreshesTheList()
{
    auto *t = new FakeTransport;
    auto client = ready(t);
    ToolCatalog catalog(client.get());
    catalog.setDebounceMs(0);
    QSignalSpy changed(&catalog, &ToolCatalog::changed);
    catalog.refresh();
    t->reply("tools/list", {{"tools", {tool("a")}}});
    QTRY_COMPARE(changed.size(), 1);
    // Two notifications in a row: one refresh (debounced).
    t->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}});
    t->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}});
    QTRY_COMPARE(t->sentWithMethod("tools/list").size(), 2);
    t->reply("tools/list", {{"tools", {tool("a"), tool("new")}}});
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(catalog.find(QStringLiteral("new")));
    QTest::qWait(50);
    QCOMPARE(t->sentWithMethod("tools/list").size(), 2);
}

QTEST_GUILESS_MAIN(TestToolCatalog)
#include "tst_toolcatalog.moc"
