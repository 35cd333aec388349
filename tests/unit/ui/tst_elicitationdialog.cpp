// The app's elicitation form: widgets follow the requested schema, Accept validates and
// types the content, Decline and Cancel (Esc) answer without content, and the dialog
// provider hands the answer back (or closes when the request ended first).
#include "faketransport.h"
#include "input/dialoginputprovider.h"
#include "input/elicitationdialog.h"
#include "protocol/mcpclient.h"
#include "tools/toolcallpanel.h"
#include "tools/toolresultview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using nlohmann::json;

#define JCOMPARE(actual, expected) \
    QVERIFY2(nlohmann::json(actual) == nlohmann::json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(nlohmann::json(actual).dump()), QString::fromStdString(nlohmann::json(expected).dump()))))

namespace {

ElicitationRequest request()
{
    const json schema = json::parse(R"({
      "type": "object",
      "properties": {
        "name":   {"type": "string", "title": "Your name", "minLength": 2},
        "age":    {"type": "integer", "minimum": 0, "maximum": 150},
        "ratio":  {"type": "number", "default": 0.5},
        "agree":  {"type": "boolean", "description": "Accept the terms"},
        "color":  {"type": "string", "oneOf": [{"const": "r", "title": "Red"}, {"const": "g", "title": "Green"}]},
        "sizes":  {"type": "array", "items": {"enum": ["S", "M", "L"]}, "default": ["M"]}
      },
      "required": ["name", "color"]
    })");
    ElicitationRequest r;
    r.key = QStringLiteral("k");
    r.serverName = QStringLiteral("Shop");
    r.message = QStringLiteral("<b>Who</b> are you?");
    r.requestedSchema = schema;
    r.form = *parseElicitationSchema(schema);
    return r;
}

template<typename T>
T *editor(ElicitationDialog &d, const char *key)
{
    return qobject_cast<T *>(d.fieldWidget(QString::fromLatin1(key)));
}

} // namespace

class TestElicitationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widgetsFollowTheSchema();
    void acceptValidatesAndTypesTheContent();
    void declineAndCancelSendNoContent();
    void providerAnswersThroughTheDialog();
    void providerClosesTheDialogWhenTheRequestEnds();
    void toolRunShowsTheFormAndRetries();
};

void TestElicitationDialog::widgetsFollowTheSchema()
{
    ElicitationDialog d(request());
    QCOMPARE(d.windowTitle(), QStringLiteral("Shop needs your input"));
    auto *message = d.findChild<QLabel *>(QStringLiteral("message"));
    QCOMPARE(message->textFormat(), Qt::PlainText); // server text is never HTML
    QVERIFY(editor<QLineEdit>(d, "name"));
    QVERIFY(editor<QLineEdit>(d, "age"));
    QCOMPARE(editor<QLineEdit>(d, "ratio")->text(), QStringLiteral("0.5")); // default shown
    QVERIFY(editor<QCheckBox>(d, "agree"));
    auto *color = editor<QComboBox>(d, "color");
    QCOMPARE(color->count(), 3); // "(choose one)" + 2 titled choices
    QCOMPARE(color->itemText(1), QStringLiteral("Red"));
    auto *sizes = editor<QListWidget>(d, "sizes");
    QCOMPARE(sizes->count(), 3);
    QCOMPARE(sizes->item(1)->checkState(), Qt::Checked);
    QVERIFY(d.acceptButton()->isDefault()); // Enter accepts
}

void TestElicitationDialog::acceptValidatesAndTypesTheContent()
{
    ElicitationDialog d(request());
    QSignalSpy finished(&d, &QDialog::finished);
    d.show();
    // Nothing filled in: the required fields are flagged and the dialog stays open.
    d.acceptButton()->click();
    QCOMPARE(finished.size(), 0);
    QVERIFY(d.fieldError(QStringLiteral("name"))->isVisibleTo(&d));
    QVERIFY(d.fieldError(QStringLiteral("color"))->text().contains(QStringLiteral("required")));
    QVERIFY(!d.fieldError(QStringLiteral("age"))->isVisibleTo(&d)); // optional and empty is fine
    // Required fields come first (color, name); the first one that is wrong gets the focus.
    QCOMPARE(d.focusWidget(), d.fieldWidget(QStringLiteral("color")));
    // Bad values are explained next to their field.
    QTest::keyClicks(editor<QLineEdit>(d, "name"), QStringLiteral("A"));
    editor<QLineEdit>(d, "age")->setText(QStringLiteral("200"));
    editor<QComboBox>(d, "color")->setCurrentIndex(2);
    d.acceptButton()->click();
    QCOMPARE(finished.size(), 0);
    QVERIFY(d.fieldError(QStringLiteral("name"))->text().contains(QStringLiteral("at least 2")));
    QVERIFY(d.fieldError(QStringLiteral("age"))->text().contains(QStringLiteral("at most 150")));
    QVERIFY(!d.fieldError(QStringLiteral("color"))->isVisibleTo(&d));
    // Fixed: Enter in a field accepts, and the content is typed by the schema.
    QTest::keyClicks(editor<QLineEdit>(d, "name"), QStringLiteral("da"));
    editor<QLineEdit>(d, "age")->setText(QStringLiteral("36"));
    editor<QCheckBox>(d, "agree")->setChecked(true);
    QTest::keyClick(editor<QLineEdit>(d, "name"), Qt::Key_Return);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(d.answer().action, ElicitationAnswer::Action::Accept);
    JCOMPARE(d.answer().content, json({{"name", "Ada"}, {"age", 36}, {"ratio", 0.5}, {"agree", true}, {"color", "g"}, {"sizes", {"M"}}}));
}

void TestElicitationDialog::declineAndCancelSendNoContent()
{
    {
        ElicitationDialog d(request());
        d.show();
        d.declineButton()->click();
        JCOMPARE(d.answer().toJson(), json({{"action", "decline"}}));
    }
    {
        ElicitationDialog d(request());
        QSignalSpy finished(&d, &QDialog::finished);
        d.show();
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        JCOMPARE(d.answer().toJson(), json({{"action", "cancel"}}));
    }
}

void TestElicitationDialog::providerAnswersThroughTheDialog()
{
    QWidget window;
    DialogInputProvider provider(&window);
    QObject operation;
    QList<Result<ElicitationAnswer>> answers;
    provider.elicit(request(), &operation, [&](Result<ElicitationAnswer> a) { answers.append(a); });
    QPointer<ElicitationDialog> d = provider.openDialog();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QCOMPARE(d->windowModality(), Qt::WindowModal);
    QVERIFY(answers.isEmpty()); // asynchronous: nothing until the user acts
    d->declineButton()->click();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0]->action, ElicitationAnswer::Action::Decline);
    QTRY_VERIFY(d.isNull()); // deleted on close
}

void TestElicitationDialog::providerClosesTheDialogWhenTheRequestEnds()
{
    QWidget window;
    DialogInputProvider provider(&window);
    auto *operation = new QObject;
    int calls = 0;
    provider.elicit(request(), operation, [&](Result<ElicitationAnswer>) { ++calls; });
    QPointer<ElicitationDialog> d = provider.openDialog();
    QVERIFY(d && d->isVisible());
    delete operation;
    QTRY_VERIFY(d.isNull());
    QCOMPARE(calls, 0);
}

void TestElicitationDialog::toolRunShowsTheFormAndRetries()
{
    auto *t = new mcpc::test::FakeTransport;
    McpClient client(t, ClientOptions{.eraPreference = EraPreference::Legacy}); // a 2025-era fake server
    QSignalSpy ready(&client, &McpClient::ready);
    client.connectToServer();
    QTRY_COMPARE(t->sentWithMethod("initialize").size(), 1);
    t->completeHandshake();
    QTRY_COMPARE(ready.size(), 1);

    ToolCallPanel panel;
    Tool tool;
    tool.name = QStringLiteral("order");
    tool.inputSchema = {{"type", "object"}};
    panel.setTool(tool);
    panel.setClient(&client);
    panel.show();
    QSignalSpy done(&panel, &ToolCallPanel::callFinished);
    panel.run();
    QTRY_COMPARE(t->sentWithMethod("tools/call").size(), 1);
    t->reply("tools/call", {{"resultType", "input_required"}, {"requestState", "s1"},
                            {"inputRequests", {{"who", {{"method", "elicitation/create"},
                                                        {"params", {{"message", "Who are you?"}, {"requestedSchema", request().requestedSchema}}}}}}}});
    ElicitationDialog *d = nullptr;
    QTRY_VERIFY((d = panel.findChild<ElicitationDialog *>()) != nullptr);
    QTRY_VERIFY(d->isVisible());
    QVERIFY(panel.isRunning());
    editor<QLineEdit>(*d, "name")->setText(QStringLiteral("Ada"));
    editor<QComboBox>(*d, "color")->setCurrentIndex(1);
    d->acceptButton()->click();
    QTRY_COMPARE(t->sentWithMethod("tools/call").size(), 2);
    const json retry = t->lastRequest("tools/call")["params"];
    JCOMPARE(retry["requestState"], json("s1"));
    JCOMPARE(retry["inputResponses"]["who"]["action"], json("accept"));
    JCOMPARE(retry["inputResponses"]["who"]["content"]["name"], json("Ada"));
    t->reply("tools/call", {{"resultType", "complete"}, {"content", {{{"type", "text"}, {"text", "ordered"}}}}});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(!panel.isRunning());
}

QTEST_MAIN(TestElicitationDialog)
#include "tst_elicitationdialog.moc"
