// `mcp-connect-cli demo-server` as a process: JSON banner, busy port, clean signal exit,
// sign-in on by default and off with --no-auth.
#include <QProcess>
#include <csignal>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

class TestDemoCli : public QObject
{
    Q_OBJECT
private:
    static QProcess *start(const QStringList &args, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->setProgram(QStringLiteral(MCPC_CLI_PATH));
        p->setArguments(args);
        p->start();
        return p;
    }

private Q_SLOTS:
    void jsonBannerAndSigterm()
    {
        QProcess *p = start({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--json")}, this);
        QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine(), 10000);
        const QByteArray line = p->readLine();
        const auto doc = nlohmann::json::parse(line.toStdString(), nullptr, false);
        QVERIFY(doc.is_object());
        const int port = doc.value("port", 0);
        QVERIFY(port > 0);
        QCOMPARE(QString::fromStdString(doc.value("url", std::string())),
                 QStringLiteral("http://127.0.0.1:%1/mcp").arg(port));

        // A second server on the same port fails clearly with exit code 2.
        QProcess *busy = start({QStringLiteral("demo-server"), QStringLiteral("--port"), QString::number(port)}, this);
        QSignalSpy busyDone(busy, &QProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(busyDone.count() == 1, 10000);
        QCOMPARE(busy->exitCode(), 2);
        QVERIFY(busy->readAllStandardError().contains(
            QStringLiteral("port %1 is in use; pass --port N").arg(port).toUtf8()));

        QSignalSpy done(p, &QProcess::finished);
        p->terminate(); // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 10000);
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }

    void textBanner()
    {
        QProcess *p = start({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0")}, this);
        QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine(), 10000);
        QVERIFY(p->readLine().startsWith("MCP demo server listening on http://127.0.0.1:"));
        QSignalSpy done(p, &QProcess::finished);
        ::kill(pid_t(p->processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 10000);
        QCOMPARE(p->exitCode(), 0);
    }

    void signInIsOnByDefaultAndOffWithNoAuth()
    {
        for (const bool noAuth : {false, true}) {
            QStringList args = {QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--json")};
            if (noAuth)
                args << QStringLiteral("--no-auth");
            QProcess *p = start(args, this);
            QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine(), 10000);
            const auto doc = nlohmann::json::parse(p->readLine().toStdString(), nullptr, false);
            QVERIFY(doc.is_object());
            // No default: a missing or non-boolean "auth" fails here.
            QVERIFY2(doc.contains("auth") && doc.at("auth").is_boolean(), doc.dump().c_str());
            QCOMPARE(doc.at("auth").get<bool>(), !noAuth);
            QSignalSpy done(p, &QProcess::finished);
            p->terminate();
            QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 10000);
            QCOMPARE(p->exitCode(), 0);
        }
    }

    void badArguments()
    {
        for (const QStringList &bad : {QStringList{QStringLiteral("--auto-consent"), QStringLiteral("maybe")},
                                       QStringList{QStringLiteral("--token-ttl"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--client")}}) {
            QProcess *b = start(QStringList{QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0")} + bad, this);
            QSignalSpy bdone(b, &QProcess::finished);
            QTRY_VERIFY_WITH_TIMEOUT(bdone.count() == 1, 10000);
            QCOMPARE(b->exitCode(), 1);
        }
        QProcess *p = start({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("70000")}, this);
        QSignalSpy done(p, &QProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 10000);
        QCOMPARE(p->exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_democli.moc"
