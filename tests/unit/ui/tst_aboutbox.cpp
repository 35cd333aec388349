// Help › About names the app's version, the Qt it runs on, and the MCP revisions of both
// eras (2026-07-28 and the 2025-era ones it still speaks).
#include "mainwindow/aboutbox.h"

#include <QTest>

using namespace mcpc::ui;

class TestAboutBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesVersions()
    {
        const QString text = AboutBox::text(QStringLiteral("Secret <Service>"));
        QVERIFY(text.contains(QStringLiteral("MCP Connect " MCPC_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("2026-07-28")));
        QVERIFY(text.contains(QStringLiteral("2025-11-25")));
        QVERIFY(text.contains(QStringLiteral("2025-03-26")));
        QVERIFY(text.contains(QStringLiteral("Secret &lt;Service&gt;"))); // escaped
    }
};

QTEST_MAIN(TestAboutBox)
#include "tst_aboutbox.moc"
