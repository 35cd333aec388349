// Start-up work the first frame does not show waits for the window's first paint (a
// zero-timer would run before it), and still runs.
#include "app/afterfirstpaint.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace mcpc::ui;

namespace {

// Counts the paints of its label (the window's only visible content).
class Window : public QWidget
{
public:
    Window()
    {
        auto *col = new QVBoxLayout(this);
        col->addWidget(label);
        resize(300, 200);
    }
    struct Label : QLabel
    {
        using QLabel::QLabel;
        int paints = 0;
        void paintEvent(QPaintEvent *e) override
        {
            ++paints;
            QLabel::paintEvent(e);
        }
    };
    Label *label = new Label(QStringLiteral("Hello"), this);
};

} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAfterTheFirstPaintInOrder()
    {
        Window w;
        QStringList ran;
        int paintsSeenByFirstJob = -1;
        AfterFirstPaint::run(&w, [&] {
            paintsSeenByFirstJob = w.label->paints;
            ran << QStringLiteral("icon");
        });
        AfterFirstPaint::run(&w, [&] { ran << QStringLiteral("second"); });
        // Posted events and zero-timers are not enough: nothing was painted yet.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(ran.isEmpty());
        QVERIFY(!AfterFirstPaint::painted(&w));

        w.show();
        QTRY_COMPARE(ran, (QStringList{QStringLiteral("icon"), QStringLiteral("second")}));
        QVERIFY(paintsSeenByFirstJob >= 1);
        QVERIFY(AfterFirstPaint::painted(&w));

        // Once painted, a later job runs from the event loop, not from inside run().
        AfterFirstPaint::run(&w, [&] { ran << QStringLiteral("later"); });
        QCOMPARE(ran.size(), 2);
        QTRY_COMPARE(ran.size(), 3);
        QCOMPARE(ran.last(), QStringLiteral("later"));
    }

    void anotherWindowsPaintDoesNotCount()
    {
        Window shown, hidden;
        bool ran = false;
        AfterFirstPaint::run(&hidden, [&] { ran = true; });
        shown.show();
        QTRY_VERIFY(shown.label->paints > 0);
        QCoreApplication::processEvents();
        QVERIFY(!ran);
        hidden.show();
        QTRY_VERIFY(ran);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
