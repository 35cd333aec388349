// The Load tab: its chart model (ceilings on 1-2-5 steps, capacity, time axis) and its
// state machine against a hand-driven server (Idle -> Running -> Finished with the
// summary; Stop cancels; a bad form value never starts; a remote target asks first and
// Cancel leaves it Idle).
#include "faketoolserver.h"
#include "tools/loadchartmodel.h"
#include "tools/loadpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using mcpc::test::FakeToolServer;
using nlohmann::json;

class TestLoadPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void chartModelRanges();
    void runsToFinishedWithASummary();
    void stopCancels();
    void badArgumentsNeverStart();
    void remoteTargetAsksFirst();

private:
    QList<json> openCalls() { return m_server->openCalls(); }
    void answerAll();

    std::unique_ptr<FakeToolServer> m_server;
    McpClient *m_client = nullptr;
    test::FakeTransport *m_transport = nullptr;
    test::ManualLoadClock m_clock;
};

void TestLoadPanel::init()
{
    m_server = std::make_unique<FakeToolServer>();
    QVERIFY(m_server->ready());
    m_client = m_server->client();
    m_transport = m_server->transport();
}

void TestLoadPanel::cleanup()
{
    m_server.reset();
}

void TestLoadPanel::answerAll()
{
    for (const json &c : openCalls()) {
        m_clock.now += 1500;
        m_server->answer(c, {{"content", json::array()}});
    }
}

void TestLoadPanel::chartModelRanges()
{
    QCOMPARE(LoadChartModel::niceCeiling(1000), 1000);
    QCOMPARE(LoadChartModel::niceCeiling(1001), 2000);
    QCOMPARE(LoadChartModel::niceCeiling(2500), 5000);
    QCOMPARE(LoadChartModel::niceCeiling(7000), 10000);
    QCOMPARE(LoadChartModel::niceCeiling(120'000), 200'000);
    LoadChartModel m(3);
    QVERIFY(m.isEmpty());
    QCOMPARE(m.ceilingUs(), 1000); // never a zero-height axis
    QCOMPARE(m.endUs() - m.startUs(), 10'000'000);
    for (int i = 1; i <= 5; ++i)
        m.add(load::LoadInterval{i * 250'000, 10, 0, 800, qint64(i) * 3000, qint64(i) * 4000});
    QCOMPARE(m.points().size(), 3); // capacity: the oldest go
    QCOMPARE(m.startUs(), 750'000);
    QCOMPARE(m.ceilingUs(), 20'000); // p99 up to 15 ms -> 20 ms
    QCOMPARE(m.endUs(), 10'750'000);
    m.add(load::LoadInterval{30'000'000, 1, 0, 1, 1, 1});
    QCOMPARE(m.endUs(), 30'000'000);
}

void TestLoadPanel::runsToFinishedWithASummary()
{
    LoadPanel panel;
    panel.setClock(&m_clock);
    panel.setTarget(QUrl(QStringLiteral("http://127.0.0.1:3000/mcp")), false);
    panel.setTool(QStringLiteral("echo"));
    panel.setArgumentsSource([] { return Result<json>(json{{"message", "hi"}}); });
    QVERIFY(!panel.startButton()->isEnabled()); // no connection yet
    panel.setClient(m_client);
    QVERIFY(panel.startButton()->isEnabled());
    panel.concurrencyBox()->setValue(4);
    panel.limitKindBox()->setCurrentIndex(1); // requests
    panel.limitBox()->setValue(12);
    QSignalSpy states(&panel, &LoadPanel::stateChanged);
    panel.startButton()->click();
    QCOMPARE(panel.state(), LoadPanel::State::Running);
    QVERIFY(!panel.startButton()->isEnabled());
    QVERIFY(panel.stopButton()->isEnabled());
    QVERIFY(!panel.concurrencyBox()->isEnabled()); // settings are locked while it runs
    QTRY_COMPARE(openCalls().size(), 4);
    QVERIFY(openCalls().first()["params"]["arguments"]["message"] == "hi");
    while (panel.state() == LoadPanel::State::Running) {
        answerAll();
        QTest::qWait(20);
    }
    QCOMPARE(panel.state(), LoadPanel::State::Finished);
    QCOMPARE(m_transport->sentWithMethod("tools/call").size(), 12);
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("OK:          12")));
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("p99")));
    QVERIFY(!panel.chartModel().isEmpty()); // the chart got its last point at least
    QVERIFY(panel.startButton()->isEnabled());
    QCOMPARE(states.size(), 2);
}

void TestLoadPanel::stopCancels()
{
    LoadPanel panel;
    panel.setClock(&m_clock);
    panel.setTarget(QUrl(QStringLiteral("http://localhost:3000/mcp")), false);
    panel.setTool(QStringLiteral("echo"));
    panel.setClient(m_client);
    panel.concurrencyBox()->setValue(3);
    panel.start();
    QTRY_COMPARE(openCalls().size(), 3);
    panel.stopButton()->click();
    QTRY_COMPARE(panel.state(), LoadPanel::State::Finished);
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("stopped early; 3 in flight cancelled")));
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Stopped."));
}

void TestLoadPanel::badArgumentsNeverStart()
{
    LoadPanel panel;
    panel.setTarget(QUrl(QStringLiteral("http://127.0.0.1:3000/mcp")), false);
    panel.setTool(QStringLiteral("echo"));
    panel.setClient(m_client);
    panel.setArgumentsSource([] { return Result<json>(std::unexpected(Error::make(ErrorKind::Usage, QStringLiteral("'count' must be a whole number")))); });
    panel.start();
    QCOMPARE(panel.state(), LoadPanel::State::Idle);
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("'count' must be a whole number")));
    QTest::qWait(50);
    QCOMPARE(m_transport->sentWithMethod("tools/call").size(), 0);
}

void TestLoadPanel::remoteTargetAsksFirst()
{
    LoadPanel panel;
    panel.setTarget(QUrl(QStringLiteral("https://mcp.example.com/mcp")), false);
    panel.setTool(QStringLiteral("echo"));
    panel.setClient(m_client);
    panel.concurrencyBox()->setValue(50);
    panel.start();
    QCOMPARE(panel.state(), LoadPanel::State::Idle); // over the remote cap: refused outright
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("at most 20")));
    panel.concurrencyBox()->setValue(5);
    panel.start();
    QCOMPARE(panel.state(), LoadPanel::State::Confirming);
    QVERIFY(panel.confirmation());
    QVERIFY(panel.confirmation()->text().contains(QStringLiteral("mcp.example.com")));
    panel.confirmation()->reject();
    QTRY_COMPARE(panel.state(), LoadPanel::State::Idle);
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Load test not started."));
    QCOMPARE(m_transport->sentWithMethod("tools/call").size(), 0);
}

QTEST_MAIN(TestLoadPanel)
#include "tst_loadpanel.moc"
