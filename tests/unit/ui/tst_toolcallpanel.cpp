// The Tools tab's call panel with servers that take their time or ask questions:
// - a tool call the built-in demo server runs as a task (generate_report, one second
//   per step) becomes a row you can watch (status, the server's message, elapsed time)
//   and cancel (tasks/cancel), while Run is free for more; the result shows when it ends;
// - a 2025-era server's elicitation/create on the shared (monitor) connection opens the
//   same form dialog during a tool run, and is declined without any UI otherwise.
#include "demo/demoserver.h"
#include "faketransport.h"
#include "input/dialoginputprovider.h"
#include "input/elicitationdialog.h"
#include "monitor/serverchecker.h"
#include "protocol/inputrouter.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "secrets/memorysecretstore.h"
#include "tools/tasklist.h"
#include "tools/taskrow.h"
#include "tools/toolcallpanel.h"
#include "tools/toolform.h"
#include "tools/toolresultview.h"
#include "transport/streamablehttptransport.h"

#include "http/client/httpclient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace mcpc;
using namespace mcpc::ui;
using mcpc::test::FakeTransport;
using nlohmann::json;

namespace {

constexpr int TaskWaitMs = 15000; // the demo's steps take a second each

Tool reportTool()
{
    Tool t;
    t.name = QStringLiteral("generate_report");
    t.inputSchema = json::parse(R"({"type":"object","properties":{"steps":{"type":"integer","minimum":1,"maximum":20}}})");
    return t;
}

// The panel's argument form, filled in as a user would.
void setSteps(ToolCallPanel &panel, int steps)
{
    auto *field = panel.form()->findChild<QLineEdit *>();
    QVERIFY(field);
    field->setText(QString::number(steps));
}

// The in-process demo server and a modern-era client of it, like the app's connection.
struct DemoRig
{
    demo::DemoServer server;
    http::HttpClient http;
    std::unique_ptr<McpClient> client;
    QStringList sentMethods; // every request the client sent, in order

    bool start()
    {
        if (!server.listen())
            return false;
        client = std::make_unique<McpClient>(new StreamableHttpTransport(server.url(), &http));
        QObject::connect(client.get(), &McpClient::traffic, client.get(), [this](bool outgoing, const QByteArray &frame) {
            const json m = json::parse(frame.toStdString(), nullptr, false);
            if (outgoing && m.is_object() && m.contains("method") && m.contains("id"))
                sentMethods.append(QString::fromStdString(m["method"].get<std::string>()));
        });
        QSignalSpy ready(client.get(), &McpClient::ready);
        client->connectToServer();
        return ready.wait(10000);
    }
};

json ask(FakeTransport *t, int id)
{
    const json schema = {{"type", "object"}, {"properties", {{"name", {{"type", "string"}}}}}, {"required", {"name"}}};
    const qsizetype before = t->sent.size();
    t->deliver({{"jsonrpc", "2.0"}, {"id", id}, {"method", "elicitation/create"},
                {"params", {{"message", "Your name?"}, {"requestedSchema", schema}}}});
    [&] { QTRY_COMPARE(t->sent.size(), before + 1); }();
    return t->sent.last();
}

} // namespace

class TestToolCallPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskRowsUpdateAndShowTheResult();
    void cancelEndsCancelledAndTheServerKnows();
    void shortIdsKeepBothEnds();
    void legacyElicitationWithoutARunIsDeclined();
    void legacyElicitationDuringARunOpensTheDialog();
    void monitorConnectionsCarryTheRouter();
    void wrongTypedToolAndResultAreShown();
};

void TestToolCallPanel::taskRowsUpdateAndShowTheResult()
{
    DemoRig rig;
    QVERIFY(rig.start());
    QCOMPARE(rig.client->era(), ProtocolEra::Modern);
    ToolCallPanel panel;
    panel.resize(800, 600);
    panel.setTool(reportTool());
    panel.setClient(rig.client.get());
    panel.show();
    QVERIFY(!panel.taskList()->isVisible()); // nothing to show yet

    setSteps(panel, 3);
    QSignalSpy done(&panel, &ToolCallPanel::callFinished);
    panel.runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.taskList()->rows().size(), 1, TaskWaitMs);
    TaskRow *row = panel.taskList()->rows().first();
    QVERIFY(panel.taskList()->isVisible());
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled()); // free for another call while the task runs
    QVERIFY(row->isRunning());
    QCOMPARE(row->statusLabel()->text(), QStringLiteral("working"));
    QVERIFY(!row->taskId().isEmpty());
    QVERIFY(row->accessibleName().contains(QStringLiteral("generate_report")));
    QCOMPARE(panel.focusWidget(), row->cancelButton()); // keyboard users land on the way out
    // Tab order: the panel's Cancel, then the row's buttons (not the end of the window).
    QCOMPARE(panel.cancelButton()->nextInFocusChain(), static_cast<QWidget *>(row->copyButton()));
    QCOMPARE(row->copyButton()->nextInFocusChain(), static_cast<QWidget *>(row->cancelButton()));

    // The server's status message moves on, and so does the elapsed time.
    QTRY_COMPARE_WITH_TIMEOUT(row->messageLabel()->text(), QStringLiteral("Step 2 of 3"), TaskWaitMs);
    const QString elapsed = row->elapsedLabel()->text();
    QTRY_VERIFY_WITH_TIMEOUT(row->elapsedLabel()->text() != elapsed, TaskWaitMs);

    // A second task runs beside the first.
    setSteps(panel, 1);
    panel.runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.taskList()->rows().size(), 2, TaskWaitMs);
    QCOMPARE(panel.taskList()->runningCount(), 2);
    QVERIFY(panel.taskList()->rows().first()->taskId() != row->taskId()); // newest first

    // The task id is one click from the clipboard.
    row->copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), row->taskId());

    QTRY_COMPARE_WITH_TIMEOUT(panel.taskList()->runningCount(), 0, TaskWaitMs);
    QCOMPARE(row->end(), TaskRow::End::Completed);
    QCOMPARE(row->statusLabel()->text(), QStringLiteral("completed"));
    QVERIFY(!row->cancelButton()->isVisible());
    QVERIFY(row->showButton()->isVisible());
    QCOMPARE(done.size(), 2);
    QVERIFY(done.last().at(0).toBool());
    // The result shows as for a normal call (the 3-step report ended last).
    QVERIFY2(panel.resultView()->plainText().contains(QStringLiteral("3 sections")), qPrintable(panel.resultView()->plainText()));
    QVERIFY(!panel.resultView()->showsError());
    panel.taskList()->rows().first()->showButton()->click(); // the 1-step one, on request
    QVERIFY2(panel.resultView()->plainText().contains(QStringLiteral("1 sections")), qPrintable(panel.resultView()->plainText()));
    QVERIFY(rig.sentMethods.contains(QStringLiteral("tasks/get")));
    QVERIFY(!rig.sentMethods.contains(QStringLiteral("tasks/cancel")));
}

void TestToolCallPanel::cancelEndsCancelledAndTheServerKnows()
{
    DemoRig rig;
    QVERIFY(rig.start());
    ToolCallPanel panel;
    panel.setTool(reportTool());
    panel.setClient(rig.client.get());
    panel.show();
    setSteps(panel, 10);
    QSignalSpy done(&panel, &ToolCallPanel::callFinished);
    panel.run();
    QTRY_COMPARE_WITH_TIMEOUT(panel.taskList()->rows().size(), 1, TaskWaitMs);
    TaskRow *row = panel.taskList()->rows().first();
    QTRY_VERIFY_WITH_TIMEOUT(row->messageLabel()->text().startsWith(QStringLiteral("Step")), TaskWaitMs);
    // Keyboard: the focused Cancel button takes Space.
    QCOMPARE(panel.focusWidget(), row->cancelButton());
    QTest::keyClick(row->cancelButton(), Qt::Key_Space);
    QVERIFY(!row->cancelButton()->isEnabled()); // no double cancel while the server answers
    QTRY_COMPARE_WITH_TIMEOUT(row->end(), TaskRow::End::Cancelled, TaskWaitMs);
    QCOMPARE(row->statusLabel()->text(), QStringLiteral("cancelled"));
    QCOMPARE(row->error().kind, ErrorKind::Cancelled);
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.last().at(0).toBool());
    QVERIFY(rig.sentMethods.contains(QStringLiteral("tasks/cancel")));
    // The server got it: the task is cancelled there too.
    RpcCall *get = rig.client->call(QStringLiteral("tasks/get"), json{{"taskId", row->taskId().toStdString()}},
                                    CallOptions{.acceptsTasks = true});
    QSignalSpy got(get, &RpcCall::finished);
    QVERIFY(got.wait(TaskWaitMs));
    QVERIFY2(get->ok(), qPrintable(get->error().message));
    QCOMPARE(QString::fromStdString(get->result().value("status", std::string())), QStringLiteral("cancelled"));
    // An ended row can go.
    QVERIFY(row->dismissButton()->isVisible());
    row->dismissButton()->click();
    QTRY_COMPARE(panel.taskList()->rows().size(), 0);
    QTRY_VERIFY(!panel.taskList()->isVisible());
}

void TestToolCallPanel::shortIdsKeepBothEnds()
{
    QCOMPARE(TaskRow::shortId(QStringLiteral("t-1")), QStringLiteral("t-1"));
    const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString s = TaskRow::shortId(id);
    QVERIFY(s.size() < 14);
    QVERIFY(s.startsWith(QStringLiteral("012345")));
    QVERIFY(s.endsWith(QStringLiteral("cdef")));
}

void TestToolCallPanel::legacyElicitationWithoutARunIsDeclined()
{
    InputRouter router;
    auto *t = new FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy, .inputProvider = &router});
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    // The capability is declared: a tool run can answer.
    QVERIFY(t->lastRequest("initialize")["params"]["capabilities"].contains("elicitation"));
    t->completeHandshake();
    QTRY_COMPARE(client.state(), McpClient::State::Ready);
    QWidget window;
    window.show();
    const json answer = ask(t, 5);
    QVERIFY(answer["id"] == 5);
    QVERIFY(answer["result"]["action"] == "decline");
    QCOMPARE(router.declinedCount(), 1);
    QVERIFY(!window.findChild<ElicitationDialog *>());
}

void TestToolCallPanel::legacyElicitationDuringARunOpensTheDialog()
{
    InputRouter router;
    auto *t = new FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy, .inputProvider = &router});
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    t->completeHandshake();
    QTRY_COMPARE(client.state(), McpClient::State::Ready);
    QCOMPARE(InputRouter::of(&client), &router);

    ToolCallPanel panel;
    Tool tool;
    tool.name = QStringLiteral("ask_name");
    tool.inputSchema = {{"type", "object"}};
    panel.setTool(tool);
    panel.setClient(&client);
    panel.show();
    QSignalSpy done(&panel, &ToolCallPanel::callFinished);
    panel.run();
    QTRY_COMPARE(t->sentWithMethod("tools/call").size(), 1);
    QVERIFY(router.hasTarget());
    // The server asks while the call is open: the form opens over the panel.
    const json schema = {{"type", "object"}, {"properties", {{"name", {{"type", "string"}}}}}};
    const json params = {{"message", "Your name?"}, {"requestedSchema", schema}};
    t->deliver({{"jsonrpc", "2.0"}, {"id", 9}, {"method", "elicitation/create"}, {"params", params}});
    ElicitationDialog *d = nullptr;
    QTRY_VERIFY((d = panel.findChild<ElicitationDialog *>()) != nullptr);
    QTRY_VERIFY(d->isVisible());
    qobject_cast<QLineEdit *>(d->fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("Ada"));
    const qsizetype before = t->sent.size();
    d->acceptButton()->click();
    QTRY_COMPARE(t->sent.size(), before + 1);
    const json answer = t->sent.last();
    QVERIFY(answer["id"] == 9);
    QVERIFY(answer["result"]["action"] == "accept");
    QVERIFY(answer["result"]["content"]["name"] == "Ada");
    t->reply("tools/call", {{"content", {{{"type", "text"}, {"text", "Hello, Ada"}}}}});
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(done.at(0).at(0).toBool());
    // The run is over: the next question is declined without a form.
    QTRY_VERIFY(!router.hasTarget());
    QVERIFY(ask(t, 10)["result"]["action"] == "decline");
}

// A server that sends the right names with the wrong JSON types (tests/interop's
// hostile_json_server.mjs "types"): the panel read annotations with nlohmann's
// value(key, false), which throws on a string, and nothing between the event loop and
// the slot catches it, so the app ended (std::terminate).
void TestToolCallPanel::wrongTypedToolAndResultAreShown()
{
    auto *t = new FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    t->completeHandshake();
    QTRY_COMPARE(client.state(), McpClient::State::Ready);

    const auto tool = parseTool(json::parse(R"({"name":"typed","title":5,"description":6,
        "inputSchema":{"type":"object","description":[],"properties":{"a":{"type":5,"description":6,"title":7,"format":8},
        "b":{"type":"string","enum":[1,"x"]}},"required":[1]},
        "annotations":{"readOnlyHint":"yes","destructiveHint":1,"openWorldHint":[],"title":5}})"));
    QVERIFY(tool);
    ToolCallPanel panel;
    panel.setTool(*tool);
    panel.setClient(&client);
    panel.show();
    QVERIFY(panel.form()->findChildren<QWidget *>().size() > 0); // the two fields are there
    QSignalSpy done(&panel, &ToolCallPanel::callFinished);
    panel.run();
    QTRY_COMPARE(t->sentWithMethod("tools/call").size(), 1);
    const json call = t->lastRequest("tools/call");
    const json token = call["params"].contains("_meta") ? call["params"]["_meta"].value("progressToken", json(1)) : json(1);
    t->deliver({{"jsonrpc", "2.0"}, {"method", "notifications/progress"},
                {"params", {{"progressToken", token},
                            {"progress", "half"}, {"total", json::array()}, {"message", 9}}}});
    t->reply("tools/call", json::parse(R"({"isError":"yes","structuredContent":5,
        "content":[{"type":5,"text":6},{"type":"text","text":"still here"}]})"));
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(panel.resultView()->plainText().contains(QStringLiteral("still here")));
}

void TestToolCallPanel::monitorConnectionsCarryTheRouter()
{
    demo::DemoServer server;
    QVERIFY(server.listen());
    http::HttpClient http;
    MemorySecretStore secrets;
    ServerProfile profile;
    profile.name = QStringLiteral("demo");
    profile.url = server.url();
    ServerChecker checker(profile, &http, &secrets);
    checker.start();
    QTRY_VERIFY_WITH_TIMEOUT(checker.client() != nullptr, 10000);
    QCOMPARE(InputRouter::of(checker.client()), checker.inputRouter());
    checker.stop();
}

QTEST_MAIN(TestToolCallPanel)
#include "tst_toolcallpanel.moc"
