// The elicitation form model shared by the terminal prompts and the app's dialog: which
// schemas are accepted, how typed text becomes a value, and what is refused.
#include "protocol/elicitationschema.h"

#include <QTest>

using namespace mcpc;
using nlohmann::json;

#define JCOMPARE(actual, expected) \
    QVERIFY2(nlohmann::json(actual) == nlohmann::json(expected), \
             qPrintable(QStringLiteral("got %1, want %2") \
                            .arg(QString::fromStdString(nlohmann::json(actual).dump()), QString::fromStdString(nlohmann::json(expected).dump()))))

class TestElicitationSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryFieldKind()
    {
        const auto form = parseElicitationSchema(json::parse(R"({"type":"object","properties":{
            "a":{"type":"string","format":"email"},
            "b":{"type":"integer","minimum":1,"maximum":5,"default":9},
            "c":{"type":"boolean","default":true},
            "d":{"type":"string","enum":["x","y"],"enumNames":["Ex","Why"]},
            "e":{"type":"string","oneOf":[{"const":"r","title":"Red"}]},
            "f":{"type":"array","items":{"anyOf":[{"const":"s","title":"Small"},{"const":"m","title":"Medium"}]},"maxItems":1}
          },"required":["e"]})"));
        QVERIFY(form);
        QCOMPARE(form->fields.size(), 6);
        QCOMPARE(form->fields[0].key, std::string("e")); // required first
        QVERIFY(form->fields[0].required);
        const auto byKey = [&](const char *k) { for (const auto &f : form->fields) if (f.key == k) return f; return ElicitationField(); };
        QCOMPARE(byKey("d").optionTitles, QStringList({QStringLiteral("Ex"), QStringLiteral("Why")}));
        QVERIFY(byKey("b").defaultValue.is_null()); // 9 is out of range: not offered
        JCOMPARE(byKey("c").defaultValue, true);
        QCOMPARE(byKey("f").type, ElicitationField::Type::MultiEnum);
    }

    void typedTextBecomesValues()
    {
        const auto form = *parseElicitationSchema(json::parse(R"({"properties":{
            "n":{"type":"number"},"i":{"type":"integer","maximum":10},"b":{"type":"boolean"},
            "e":{"type":"string","oneOf":[{"const":"r","title":"Red"},{"const":"g","title":"Green"}]},
            "m":{"type":"array","items":{"enum":["s","m","l"]},"maxItems":2},"t":{"type":"string","minLength":2}}})"));
        const auto f = [&](const char *k) { for (const auto &x : form.fields) if (x.key == k) return x; return ElicitationField(); };
        JCOMPARE(*parseFieldText(f("n"), QStringLiteral(" 2.5 ")), 2.5);
        JCOMPARE(*parseFieldText(f("i"), QStringLiteral("7")), 7);
        QVERIFY(!parseFieldText(f("i"), QStringLiteral("7.5")));
        QVERIFY(parseFieldText(f("i"), QStringLiteral("11")).error().message.contains(QStringLiteral("at most 10")));
        QVERIFY(!parseFieldText(f("n"), QStringLiteral("inf")));
        JCOMPARE(*parseFieldText(f("b"), QStringLiteral("Yes")), true);
        JCOMPARE(*parseFieldText(f("b"), QStringLiteral("n")), false);
        QVERIFY(!parseFieldText(f("b"), QStringLiteral("perhaps")));
        JCOMPARE(*parseFieldText(f("e"), QStringLiteral("green")), "g"); // by title
        JCOMPARE(*parseFieldText(f("e"), QStringLiteral("1")), "r");     // by number
        QVERIFY(!parseFieldText(f("e"), QStringLiteral("3")));
        JCOMPARE(*parseFieldText(f("m"), QStringLiteral("s, l")), json({"s", "l"}));
        QVERIFY(parseFieldText(f("m"), QStringLiteral("s,m,l")).error().message.contains(QStringLiteral("at most 2")));
        QVERIFY(!parseFieldText(f("t"), QStringLiteral("a")));
        QVERIFY(!parseFieldText(f("t"), QString()));
    }

    void contentIsCheckedAndTrimmedToTheForm()
    {
        const auto form = *parseElicitationSchema(json::parse(R"({"properties":{"a":{"type":"string"},"b":{"type":"boolean"}},"required":["a"]})"));
        JCOMPARE(*validateContent(form, {{"a", "x"}, {"zzz", 1}}), json({{"a", "x"}}));
        QVERIFY(validateContent(form, {{"b", true}}).error().message.contains(QStringLiteral("needs a")));
        QVERIFY(!validateContent(form, {{"a", 1}}));
        QVERIFY(!validateContent(form, json::array()));
    }

    void unusableSchemasAreRefused()
    {
        for (const char *s : {R"({"type":"array"})", R"({"properties":[]})", R"({"properties":{"o":{"type":"object"}}})",
                              R"({"properties":{"x":{}}})", R"({"properties":{"e":{"type":"string","enum":[]}}})",
                              R"({"properties":{"m":{"type":"array","items":{"type":"string"}}}})"}) {
            const auto r = parseElicitationSchema(json::parse(s));
            QVERIFY2(!r, s);
            QCOMPARE(r.error().kind, ErrorKind::Protocol);
        }
        json many = {{"type", "object"}, {"properties", json::object()}};
        for (int i = 0; i < 65; ++i)
            many["properties"]["f" + std::to_string(i)] = {{"type", "string"}};
        QVERIFY(parseElicitationSchema(many).error().message.contains(QStringLiteral("65 fields")));
    }
};

QTEST_GUILESS_MAIN(TestElicitationSchema)
#include "tst_elicitationschema.moc"
