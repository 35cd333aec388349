// The schema-driven argument form: which widget each property gets, and the typed JSON
// arguments it produces (numbers as numbers, booleans as booleans, optional fields left
// out, required ones enforced, objects/arrays parsed).
#include "tools/toolform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace mcpc::ui;
using nlohmann::json;

#define JCOMPARE(actual, expected) \
    QVERIFY2(json(actual) == json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(json(actual).dump()), QString::fromStdString(json(expected).dump()))))

namespace {

json schema()
{
    return json::parse(R"({
      "type": "object",
      "properties": {
        "query":   {"type": "string", "description": "What to look for"},
        "limit":   {"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
        "ratio":   {"type": "number"},
        "verbose": {"type": "boolean"},
        "mode":    {"type": "string", "enum": ["fast", "thorough"]},
        "level":   {"enum": [1, 2, 3]},
        "filter":  {"type": "object"},
        "tags":    {"type": "array", "items": {"type": "string"}},
        "maybe":   {"type": ["string", "null"]}
      },
      "required": ["query", "mode"]
    })");
}

} // namespace

class TestToolForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widgetsFollowTheSchema();
    void requiredFieldsComeFirst();
    void argumentsAreTyped();
    void optionalFieldsAreLeftOut();
    void requiredFieldsAreEnforced();
    void badNumbersAndJsonAreExplained();
    void rangesAreChecked();
    void noPropertiesMeansNoArguments();
    void enterSubmits();
};

void TestToolForm::widgetsFollowTheSchema()
{
    ToolForm form;
    form.setSchema(schema());
    QCOMPARE(form.fieldCount(), 9);
    QCOMPARE(form.fieldKind(QStringLiteral("query")), ToolForm::Kind::String);
    QVERIFY(qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("query"))));
    QCOMPARE(form.fieldKind(QStringLiteral("limit")), ToolForm::Kind::Integer);
    QCOMPARE(form.fieldKind(QStringLiteral("ratio")), ToolForm::Kind::Number);
    QCOMPARE(form.fieldKind(QStringLiteral("verbose")), ToolForm::Kind::Boolean);
    QVERIFY(qobject_cast<QCheckBox *>(form.fieldWidget(QStringLiteral("verbose"))));
    QCOMPARE(form.fieldKind(QStringLiteral("mode")), ToolForm::Kind::Enum);
    auto *mode = qobject_cast<QComboBox *>(form.fieldWidget(QStringLiteral("mode")));
    QVERIFY(mode);
    QCOMPARE(mode->count(), 2); // required: no "(not set)" entry
    auto *level = qobject_cast<QComboBox *>(form.fieldWidget(QStringLiteral("level")));
    QVERIFY(level);
    QCOMPARE(level->count(), 4); // optional: "(not set)" + 3
    QCOMPARE(form.fieldKind(QStringLiteral("filter")), ToolForm::Kind::Json);
    QVERIFY(qobject_cast<QPlainTextEdit *>(form.fieldWidget(QStringLiteral("filter"))));
    QCOMPARE(form.fieldKind(QStringLiteral("tags")), ToolForm::Kind::Json);
    QCOMPARE(form.fieldKind(QStringLiteral("maybe")), ToolForm::Kind::String); // nullable string
    auto *limit = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("limit")));
    QVERIFY(limit->placeholderText().contains(QStringLiteral("default 10")));
    QVERIFY(form.fieldWidget(QStringLiteral("query"))->toolTip().contains(QStringLiteral("What to look for")));
}

void TestToolForm::requiredFieldsComeFirst()
{
    ToolForm form;
    form.setSchema(schema());
    const QStringList names = form.fieldNames();
    QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("mode"), QStringLiteral("query")}));
}

void TestToolForm::argumentsAreTyped()
{
    ToolForm form;
    form.setSchema(schema());
    QVERIFY(form.setFieldText(QStringLiteral("query"), QStringLiteral("42"))); // a string, even if it looks numeric
    QVERIFY(form.setFieldText(QStringLiteral("mode"), QStringLiteral("thorough")));
    QVERIFY(form.setFieldText(QStringLiteral("limit"), QStringLiteral("7")));
    QVERIFY(form.setFieldText(QStringLiteral("ratio"), QStringLiteral("0.25")));
    QVERIFY(form.setFieldText(QStringLiteral("verbose"), QStringLiteral("true")));
    QVERIFY(form.setFieldText(QStringLiteral("level"), QStringLiteral("2")));
    QVERIFY(form.setFieldText(QStringLiteral("filter"), QStringLiteral(R"({"owner": "ada", "open": true})")));
    QVERIFY(form.setFieldText(QStringLiteral("tags"), QStringLiteral(R"(["a", "b"])")));
    auto args = form.arguments();
    QVERIFY2(args.has_value(), qPrintable(args ? QString() : args.error().message));
    JCOMPARE(*args, json::parse(R"({"query": "42", "mode": "thorough", "limit": 7, "ratio": 0.25, "verbose": true,
                                    "level": 2, "filter": {"owner": "ada", "open": true}, "tags": ["a", "b"]})"));
    QVERIFY((*args)["limit"].is_number_integer());
    QVERIFY((*args)["ratio"].is_number_float());
    QVERIFY((*args)["level"].is_number_integer()); // enum values keep their JSON type
}

void TestToolForm::optionalFieldsAreLeftOut()
{
    ToolForm form;
    form.setSchema(schema());
    form.setFieldText(QStringLiteral("query"), QStringLiteral("x"));
    auto args = form.arguments();
    QVERIFY(args.has_value());
    // Unset optional fields (even a boolean nobody touched) are not sent: the server's
    // defaults apply. The required enum has its first value selected.
    JCOMPARE(*args, json::parse(R"({"query": "x", "mode": "fast"})"));
    auto *verbose = qobject_cast<QCheckBox *>(form.fieldWidget(QStringLiteral("verbose")));
    verbose->setChecked(true);
    verbose->setChecked(false);
    JCOMPARE(form.arguments()->value("verbose", json()), json(false)); // touched: sent as false
}

void TestToolForm::requiredFieldsAreEnforced()
{
    ToolForm form;
    form.setSchema(schema());
    auto args = form.arguments();
    QVERIFY(!args.has_value());
    QCOMPARE(args.error().message, QStringLiteral("'query' is required."));
}

void TestToolForm::badNumbersAndJsonAreExplained()
{
    ToolForm form;
    form.setSchema(schema());
    form.setFieldText(QStringLiteral("query"), QStringLiteral("x"));
    form.setFieldText(QStringLiteral("limit"), QStringLiteral("abc")); // programmatic text skips the validator
    QCOMPARE(form.arguments().error().message, QStringLiteral("'limit' must be a whole number."));
    form.setFieldText(QStringLiteral("limit"), QString());
    form.setFieldText(QStringLiteral("filter"), QStringLiteral("{not json"));
    QCOMPARE(form.arguments().error().message, QStringLiteral("'filter' is not valid JSON."));
    form.setFieldText(QStringLiteral("filter"), QStringLiteral("[1]"));
    QCOMPARE(form.arguments().error().message, QStringLiteral("'filter' must be a JSON object."));
    // Typing goes through the validator: letters never reach an integer field.
    form.setFieldText(QStringLiteral("filter"), QString());
    auto *limit = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("limit")));
    limit->clear();
    QTest::keyClicks(limit, QStringLiteral("1x2"));
    QCOMPARE(limit->text(), QStringLiteral("12"));
}

void TestToolForm::rangesAreChecked()
{
    ToolForm form;
    form.setSchema(schema());
    form.setFieldText(QStringLiteral("query"), QStringLiteral("x"));
    form.setFieldText(QStringLiteral("limit"), QStringLiteral("51"));
    QCOMPARE(form.arguments().error().message, QStringLiteral("'limit' must be at most 50."));
    form.setFieldText(QStringLiteral("limit"), QStringLiteral("0"));
    QCOMPARE(form.arguments().error().message, QStringLiteral("'limit' must be at least 1."));
}

void TestToolForm::noPropertiesMeansNoArguments()
{
    ToolForm form;
    form.setSchema(json{{"type", "object"}});
    QCOMPARE(form.fieldCount(), 0);
    JCOMPARE(*form.arguments(), json::object());
    form.setSchema(schema());
    form.setSchema(json{{"type", "object"}, {"properties", json::object()}});
    QCOMPARE(form.fieldCount(), 0); // a new schema replaces the old fields
}

void TestToolForm::enterSubmits()
{
    ToolForm form;
    form.setSchema(schema());
    int submitted = 0;
    connect(&form, &ToolForm::submitRequested, this, [&] { ++submitted; });
    QTest::keyClick(form.fieldWidget(QStringLiteral("query")), Qt::Key_Return);
    QCOMPARE(submitted, 1);
}

QTEST_MAIN(TestToolForm)
#include "tst_toolform.moc"
