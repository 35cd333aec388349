// Reading members of outside JSON without trusting their types (util/jsonfield.h), and
// the parsers that use it: a wrong type once threw nlohmann's type_error through Qt
// (std::terminate: a server's "isError": "yes" ended the app), and a float too large
// for 64 bits was undefined behaviour (found by fuzz_oauthmetadata).
#include "oauth/oauthtypes.h"
#include "protocol/types.h"
#include "util/jsonfield.h"

#include <QTest>

using nlohmann::json;

class TestJsonField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readersGiveTheFallbackForAWrongType()
    {
        const json o = json::parse(R"({"s":"text","n":5,"f":2.5,"b":true,"a":[1],"o":{},"z":null})");
        QCOMPARE(mcpc::jsonString(o, "s"), QStringLiteral("text"));
        QCOMPARE(mcpc::jsonString(o, "n", QStringLiteral("x")), QStringLiteral("x"));
        QCOMPARE(mcpc::jsonStdString(o, "b", "d"), std::string("d"));
        QCOMPARE(mcpc::jsonStdString(o, "missing", "d"), std::string("d"));
        QCOMPARE(mcpc::jsonBool(o, "b", false), true);
        QCOMPARE(mcpc::jsonBool(o, "s", false), false);
        QCOMPARE(mcpc::jsonBool(o, "n", true), true);
        QCOMPARE(mcpc::jsonNumber(o, "f", -1), 2.5);
        QCOMPARE(mcpc::jsonNumber(o, "n", -1), 5.0);
        QCOMPARE(mcpc::jsonNumber(o, "s", -1), -1.0);
        QCOMPARE(mcpc::jsonNumber(o, "z", -1), -1.0);
        // Not an object at all: every reader falls back.
        for (const json &notObject : {json(5), json("s"), json::array(), json()}) {
            QCOMPARE(mcpc::jsonString(notObject, "s"), QString());
            QCOMPARE(mcpc::jsonBool(notObject, "b", false), false);
            QVERIFY(!mcpc::jsonInt64(notObject, "n"));
            QVERIFY(!mcpc::jsonMember(notObject, "s"));
        }
    }

    void int64ReadsOnlyWhatFits()
    {
        QCOMPARE(mcpc::jsonInt64(json(-7)).value_or(0), qint64(-7));
        QCOMPARE(mcpc::jsonInt64(json(std::numeric_limits<qint64>::max())).value_or(0), std::numeric_limits<qint64>::max());
        QCOMPARE(mcpc::jsonInt64(json(1.7e12)).value_or(0), qint64(1700000000000));
        QCOMPARE(mcpc::jsonInt64(json(-2.9)).value_or(0), qint64(-2));
        // Unsigned past qint64, floats past 2^63 (the fuzzer's 4.4e19), and non-numbers.
        QVERIFY(!mcpc::jsonInt64(json(quint64(1) << 63)));
        QVERIFY(!mcpc::jsonInt64(json::parse("44444444444444444441")));
        QVERIFY(!mcpc::jsonInt64(json(9223372036854775808.0)));
        QVERIFY(!mcpc::jsonInt64(json(-1e300)));
        QVERIFY(!mcpc::jsonInt64(json("12")));
        QVERIFY(!mcpc::jsonInt64(json(true)));
        QVERIFY(mcpc::jsonInt64(json(-9223372036854775808.0)));
    }

    void aStoredSignInWithWrongTypesStillParses()
    {
        // The fuzzer's input (trimmed) and the same field as a string: both once ended the
        // process (UB, then std::terminate).
        for (const char *blob : {R"({"access_token":"a","obtained_at_ms":44444444444444444441,"expires_at_ms":1e300})",
                                 R"({"access_token":"a","obtained_at_ms":"x","expires_at_ms":[1]})"}) {
            const auto r = mcpc::oauth::parseRecord(QByteArray(blob));
            QVERIFY(r);
            QCOMPARE(r->tokens.accessToken, QStringLiteral("a"));
            QCOMPARE(r->obtainedAtMs, qint64(0));
            QCOMPARE(r->tokens.expiresAtMs, qint64(0));
        }
    }

    void authServerMetadataWithStringFlagsParses()
    {
        // Built, not a raw string: moc reads the "//" of a URL in a raw string as a comment.
        const json doc = {{"issuer", "https://as.example"}, {"authorization_endpoint", "https://as.example/a"},
                          {"token_endpoint", "https://as.example/t"}, {"client_id_metadata_document_supported", "yes"},
                          {"authorization_response_iss_parameter_supported", 1}};
        const QByteArray body = QByteArray::fromStdString(doc.dump());
        const auto m = mcpc::oauth::parseAuthServerMetadata(body);
        QVERIFY(m);
        QCOMPARE(m->clientIdMetadataDocumentSupported, false); // only a JSON true means yes
        QCOMPARE(m->issParameterSupported, false);
    }

    void aToolResultWithAStringIsErrorParses()
    {
        const auto r = mcpc::parseToolResult(json::parse(R"({"isError":"yes","content":[{"type":"text","text":"hi"}]})"));
        QVERIFY(r);
        QCOMPARE(r->isError, false);
        const auto t = mcpc::parseToolResult(json::parse(R"({"isError":true,"content":[]})"));
        QVERIFY(t);
        QCOMPARE(t->isError, true);
    }
};

QTEST_GUILESS_MAIN(TestJsonField)
#include "tst_jsonfield.moc"
