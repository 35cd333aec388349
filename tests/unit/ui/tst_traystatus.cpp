// The tray's decisions, as pure logic: the overall status is the worst server's; a
// server going down, recovering or needing sign-in is news, starting up is not; a sign-in
// that will end without renewal is announced once, ahead of time.
#include "tray/traystatus.h"

#include <QTest>

using namespace mcpc::ui::tray;

class TestTrayStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worstServerWins()
    {
        QCOMPARE(aggregate({}).state, State::Unknown);
        QVERIFY(aggregate({}).tooltip.contains(QStringLiteral("no servers")));
        QMap<QString, State> s{{QStringLiteral("a"), State::Up}, {QStringLiteral("b"), State::Up}};
        QCOMPARE(aggregate(s).state, State::Up);
        s[QStringLiteral("c")] = State::Connecting;
        QCOMPARE(aggregate(s).state, State::Connecting);
        s[QStringLiteral("d")] = State::Degraded;
        QCOMPARE(aggregate(s).state, State::Degraded);
        s[QStringLiteral("e")] = State::NeedsLogin;
        QCOMPARE(aggregate(s).state, State::NeedsLogin);
        s[QStringLiteral("f")] = State::Down;
        const Overall o = aggregate(s);
        QCOMPARE(o.state, State::Down);
        QCOMPARE(o.servers, 6);
        QCOMPARE(o.up, 3); // Up, Up, Degraded
        QCOMPARE(o.problems, 2);
        QVERIFY(o.tooltip.contains(QStringLiteral("3 of 6 servers up")));
        QVERIFY(o.tooltip.contains(QStringLiteral("Down: f")));
        QVERIFY(o.tooltip.contains(QStringLiteral("Needs sign-in: e")));
    }

    void notices_data()
    {
        QTest::addColumn<State>("previous");
        QTest::addColumn<State>("next");
        QTest::addColumn<Notice>("notice");
        QTest::newRow("first result up") << State::Unknown << State::Up << Notice::None;
        QTest::newRow("first result down") << State::Connecting << State::Down << Notice::None;
        QTest::newRow("up -> down") << State::Up << State::Down << Notice::WentDown;
        QTest::newRow("degraded -> down") << State::Degraded << State::Down << Notice::WentDown;
        QTest::newRow("down -> up") << State::Down << State::Up << Notice::Recovered;
        QTest::newRow("down -> degraded") << State::Down << State::Degraded << Notice::Recovered;
        QTest::newRow("needs login -> up") << State::NeedsLogin << State::Up << Notice::Recovered;
        QTest::newRow("up -> needs login") << State::Up << State::NeedsLogin << Notice::NeedsSignIn;
        QTest::newRow("up -> degraded") << State::Up << State::Degraded << Notice::None;
        QTest::newRow("degraded -> up") << State::Degraded << State::Up << Notice::None;
        QTest::newRow("down -> down") << State::Down << State::Down << Notice::None;
    }
    void notices()
    {
        QFETCH(State, previous);
        QFETCH(State, next);
        QTEST(noticeFor(previous, next), "notice");
    }

    void expiryWarnedOnceWhenItCannotRenew()
    {
        const qint64 now = 1'000'000'000;
        const qint64 lead = 15 * 60 * 1000;
        SignInTimes s{true, false, now + 10 * 60 * 1000};
        QVERIFY(shouldWarnExpiry(s, now, lead, 0));
        QVERIFY(!shouldWarnExpiry(s, now, lead, s.expiresAtMs)); // already told
        s.refreshable = true;
        QVERIFY(!shouldWarnExpiry(s, now, lead, 0)); // renews itself
        s.refreshable = false;
        s.expiresAtMs = now + 60 * 60 * 1000;
        QVERIFY(!shouldWarnExpiry(s, now, lead, 0)); // not yet
        s.expiresAtMs = now - 1;
        QVERIFY(!shouldWarnExpiry(s, now, lead, 0)); // over: the status says Needs login
        s.expiresAtMs = 0;
        QVERIFY(!shouldWarnExpiry(s, now, lead, 0)); // no lifetime given
        s = SignInTimes{false, false, now + 1000};
        QVERIFY(!shouldWarnExpiry(s, now, lead, 0)); // not signed in
        // A new sign-in with a new expiry is announced again.
        s = SignInTimes{true, false, now + 5 * 60 * 1000};
        QVERIFY(shouldWarnExpiry(s, now, lead, now + 10 * 60 * 1000));
    }
};

QTEST_GUILESS_MAIN(TestTrayStatus)
#include "tst_traystatus.moc"
