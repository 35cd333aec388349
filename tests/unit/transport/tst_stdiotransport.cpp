// The stdio transport with small shell "servers": framing, stderr capture, garbage,
// crashes and hangs.
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "transport/stdiotransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace mcpc;

namespace {

// A server in sh: answers initialize (id 1), then runs `then` for the next request.
StdioTransport *shellServer(const QString &then)
{
    const QString script = QStringLiteral(
        "read line; echo 'starting up' >&2; "
        "printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"serverInfo\":{\"name\":\"sh\",\"version\":\"1\"}}}'; "
        "read initialized; read request; ") + then;
    return new StdioTransport(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

} // namespace

class TestStdioTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripAndStderrCapture();
    void garbageLinesAreSkipped();
    void processDyingFailsPendingRequests();
    void hangingProcessTimesOutAndCloseKillsIt();
    void missingProgramIsAClearError();
};

void TestStdioTransport::roundTripAndStderrCapture()
{
    auto *t = shellServer(QStringLiteral(
        "printf '%s\\r\\n' '{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[]}}'; sleep 5"));
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    QSignalSpy diag(&client, &McpClient::diagnostic);
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QVERIFY(ready.wait(5000));
    RpcCall *c = client.call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(c->ok()); // CRLF line ends are fine
    QTRY_VERIFY(!diag.isEmpty());
    QCOMPARE(diag.at(0).at(0).toString(), QStringLiteral("starting up"));
    QSignalSpy closed(&client, &McpClient::closed);
    client.close();
    QVERIFY(closed.wait(10000)); // stdin closed, then SIGTERM: sleep exits
}

void TestStdioTransport::garbageLinesAreSkipped()
{
    auto *t = shellServer(QStringLiteral(
        "echo 'Server listening on stdio (a log line on stdout)'; echo '{broken'; echo; "
        "printf '%s\\n' '{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}'; sleep 5"));
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy diag(&client, &McpClient::diagnostic);
    client.connectToServer();
    QVERIFY(ready.wait(5000));
    RpcCall *c = client.call(QStringLiteral("ping"));
    QSignalSpy done(c, &RpcCall::finished);
    QVERIFY(done.wait(5000));
    QVERIFY(c->ok());
    bool sawIgnored = false;
    for (const auto &args : diag)
        sawIgnored = sawIgnored || args.at(0).toString().startsWith(QStringLiteral("Ignored a message"));
    QVERIFY(sawIgnored);
}

void TestStdioTransport::processDyingFailsPendingRequests()
{
    auto *t = shellServer(QStringLiteral("echo 'panic: out of cheese' >&2; exit 7"));
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy});
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy failed(&client, &McpClient::failed);
    client.connectToServer();
    QVERIFY(ready.wait(5000));
    RpcCall *c = client.call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(c->error().kind, ErrorKind::Connection);
    QVERIFY2(c->error().message.contains(QStringLiteral("exited with code 7")), qPrintable(c->error().message));
    QVERIFY(c->error().message.contains(QStringLiteral("out of cheese")));
    QCOMPARE(failed.size(), 1);
}

void TestStdioTransport::hangingProcessTimesOutAndCloseKillsIt()
{
    // Ignores SIGTERM and stdin EOF: only SIGKILL stops it. It tells us its pid, so the
    // test can see that close() really ended it.
    QTemporaryDir tmp;
    const QString pidFile = tmp.filePath(QStringLiteral("pid"));
    auto *t = shellServer(QStringLiteral("echo $$ > '%1.tmp'; mv '%1.tmp' '%1'; trap '' TERM; while true; do sleep 1; done").arg(pidFile));
    t->setGracePeriodMs(100);
    ClientOptions o;
    o.eraPreference = EraPreference::Legacy; // these tests cover the legacy handshake
    o.requestTimeoutMs = 200;
    McpClient client(t, o);
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QVERIFY(ready.wait(5000));
    RpcCall *c = client.call(QStringLiteral("tools/list"));
    QSignalSpy done(c, &RpcCall::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(c->error().kind, ErrorKind::Timeout);
    QTRY_VERIFY(QFile::exists(pidFile));
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(f.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, 0), 0); // alive before close()
    QSignalSpy closed(&client, &McpClient::closed);
    client.close();
    QVERIFY(closed.wait(5000));
    errno = 0;
    QVERIFY(::kill(pid, 0) != 0 && errno == ESRCH); // gone and reaped, not a zombie
}

void TestStdioTransport::missingProgramIsAClearError()
{
    McpClient client(new StdioTransport(QStringLiteral("/no/such/server-binary"), {}));
    QSignalSpy failed(&client, &McpClient::connectFailed);
    client.connectToServer();
    QVERIFY(failed.wait(5000));
    const Error e = failed.at(0).at(0).value<Error>();
    QCOMPARE(e.kind, ErrorKind::Connection);
    QVERIFY(e.message.contains(QStringLiteral("/no/such/server-binary")));
    QVERIFY(e.hint.contains(QStringLiteral("PATH")));
}

QTEST_GUILESS_MAIN(TestStdioTransport)
#include "tst_stdiotransport.moc"
