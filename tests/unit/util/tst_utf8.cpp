// utf8ToString: UTF-8 pieces of a document decode to every character they hold, a
// leading U+FEFF included (QString::fromUtf8 drops it as a byte-order mark).
#include "util/utf8.h"

#include <QTest>

using namespace mcpc;

class TestUtf8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryCharacter_data();
    void keepsEveryCharacter();
};

void TestUtf8::keepsEveryCharacter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArray("my-server") << QStringLiteral("my-server");
    QTest::newRow("leading mark") << QByteArray("\xEF\xBB\xBFmy-server") << QStringLiteral("\uFEFFmy-server");
    QTest::newRow("two leading marks") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFk") << QStringLiteral("\uFEFF\uFEFFk");
    QTest::newRow("mark alone") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("\uFEFF");
    QTest::newRow("mark inside") << QByteArray("a\xEF\xBB\xBF") << QStringLiteral("a\uFEFF");
    QTest::newRow("non-ascii") << QByteArray("\xC3\xBC\xF0\x9F\x98\x80") << QStringLiteral("\u00FC\U0001F600");
    QTest::newRow("invalid byte") << QByteArray("a\xFF") << QStringLiteral("a\uFFFD");
}

void TestUtf8::keepsEveryCharacter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(utf8ToString(bytes), expected);
    QCOMPARE(utf8ToString(bytes).toUtf8(), QString(expected).toUtf8()); // and back, byte for byte
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
