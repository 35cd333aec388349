// Export / import of profiles: round trip, no secret in the output, bad input refused
// with nothing changed, duplicates skip / rename / replace, undo.
#include "profiles/profileexporter.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "profiles/secretscrubber.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mcpc;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, so it reads well in the table below (moc cannot
// parse raw string literals).
QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

const QString kToken = u"sk-PLANTED-7f3a9c21e4"_s;

ServerProfile http(const QString &name, const QString &url)
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}

ServerProfile stdio(const QString &name, const QString &command, const QStringList &args)
{
    ServerProfile p;
    p.name = name;
    p.transport = TransportKind::Stdio;
    p.command = command;
    p.args = args;
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestProfileTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ServerProfile a = http(u"acme"_s, u"https://mcp.acme.example/mcp"_s);
        a.auth = AuthMode::OAuth;
        a.userDataTool = u"whoami"_s;
        ServerProfile b = http(u"keyed"_s, u"https://api.example.com/mcp"_s);
        b.auth = AuthMode::Header;
        b.headerNames = {u"X-Api-Key"_s};
        b.transport = TransportKind::Sse;
        ServerProfile c = stdio(u"files"_s, u"npx"_s, {u"-y"_s, u"@modelcontextprotocol/server-filesystem"_s, u"/tmp"_s});
        ServerProfile d = http(u"lan"_s, u"http://192.168.1.20:8080/mcp"_s);
        d.allowInsecureHttp = true;

        const ProfileExport out = ProfileExporter::exportProfiles({a, b, c, d});
        QCOMPARE(out.count, 4);
        QVERIFY(out.removed.isEmpty());
        auto back = ProfileImporter::parse(out.json, u"export.json"_s);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->size(), 4);
        const QList<ServerProfile> original{a, b, c, d};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(ProfileImporter::sameSettings(back->at(i), original.at(i)), qPrintable(original.at(i).name));
        const auto doc = nlohmann::json::parse(out.json.toStdString());
        QCOMPARE(doc["schemaVersion"].get<int>(), kProfileSchemaVersion);
        QCOMPARE(doc["format"].get<std::string>(), std::string(kProfileFileFormat));
    }

    // Secrets pasted into the visible parts are replaced; the store's extra members (the
    // sign-in metadata, where a careless build might keep a token) are never exported.
    void noSecretInOutput()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.add(http(u"q"_s, u"https://x.example/mcp?api_key="_s + kToken + u"&region=eu"_s)).has_value());
        QVERIFY(store.add(http(u"userinfo"_s, u"https://bob:"_s + kToken + u"@y.example/mcp"_s)).has_value());
        QVERIFY(store.add(stdio(u"cli1"_s, u"server"_s, {u"--token"_s, kToken})).has_value());
        QVERIFY(store.add(stdio(u"cli2"_s, u"server"_s, {u"--api-key="_s + kToken})).has_value());
        QVERIFY(store.add(stdio(u"bridge"_s, u"npx"_s, {u"mcp-remote"_s, u"https://z.example/mcp"_s, u"--header"_s,
                                                       u"Authorization: Bearer "_s + kToken})).has_value());
        const std::string planted = "{\"accessToken\":\"" + kToken.toStdString() + "\"}";
        QVERIFY(store.setExtraValue(u"q"_s, "oauth", planted).has_value());
        QVERIFY(fileBytes(store.path()).contains(kToken.toUtf8())); // planted where the store keeps it

        auto profiles = store.profiles();
        QVERIFY(profiles.has_value());
        const ProfileExport out = ProfileExporter::exportProfiles(*profiles);
        QVERIFY2(!out.json.contains(kToken.toUtf8()), out.json.constData());
        QVERIFY(!out.json.contains("accessToken"));
        QCOMPARE(out.removed.size(), 5);
        QVERIFY(out.json.contains("region=eu")); // the harmless parameter stays
        QVERIFY(out.json.contains(SecretScrubber::placeholder().toUtf8()));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << u"not valid JSON"_s;
        QTest::newRow("not ours") << q("{'mcpServers':{}}") << u"not an MCP Connect profile file"_s;
        QTest::newRow("no version") << q("{'format':'mcp-connect-profiles','profiles':[]}") << u"schemaVersion"_s;
        QTest::newRow("newer") << q("{'format':'mcp-connect-profiles','schemaVersion':9,'profiles':[]}")
                               << u"schema version 9"_s;
        QTest::newRow("profiles not list") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':{}}")
                                           << u"must be a list"_s;
        QTest::newRow("bad name") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'ok','url':'https://a.example/mcp'},{'name':'bad name!','url':'https://b.example/mcp'}]}")
                                  << u"Profile 2 (“bad name!”)"_s;
        QTest::newRow("bad url") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':'ftp://a.example/'}]}") << u"must start with https://"_s;
        QTest::newRow("bad transport") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':'https://a.example/','transport':'carrier-pigeon'}]}") << u"unknown transport"_s;
        QTest::newRow("wrong type") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':42}]}") << u"“url” must be a string"_s;
        QTest::newRow("twice") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':'https://a.example/'},{'name':'x','url':'https://b.example/'}]}") << u"appears twice"_s;
        QTest::newRow("header name") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':'https://a.example/','auth':'header','headers':['Bad Header']}]}") << u"not a valid HTTP header name"_s;
        QTest::newRow("insecure") << q("{'format':'mcp-connect-profiles','schemaVersion':1,'profiles':[ {'name':'x','url':'http://a.example/'}]}") << u"plain HTTP"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.add(http(u"keep"_s, u"https://keep.example/mcp"_s)).has_value());
        const QByteArray before = fileBytes(store.path());
        auto parsed = ProfileImporter::parse(bytes, u"in.json"_s);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QCOMPARE(fileBytes(store.path()), before); // nothing was changed
    }

    void duplicates()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.json"_s));
        QVERIFY(store.add(http(u"same"_s, u"https://same.example/mcp"_s)).has_value());
        QVERIFY(store.add(http(u"clash"_s, u"https://old.example/mcp"_s)).has_value());
        QVERIFY(store.add(http(u"other"_s, u"https://moved.example/mcp"_s)).has_value());
        QVERIFY(store.setExtraValue(u"clash"_s, "oauth", "{\"issuer\":\"https://old.example\"}").has_value());
        const QList<ServerProfile> incoming{http(u"same"_s, u"https://same.example/mcp/"_s),
                                            http(u"clash"_s, u"https://new.example/mcp"_s),
                                            http(u"renamed"_s, u"https://MOVED.example/mcp"_s),
                                            http(u"fresh"_s, u"https://fresh.example/mcp"_s)};
        QList<ImportItem> items = ProfileImporter::plan(incoming, *store.profiles(), u"file"_s);
        QCOMPARE(items.at(0).conflict, ImportConflict::Identical);
        QVERIFY(!items.at(0).selected);
        QCOMPARE(items.at(1).conflict, ImportConflict::SameName);
        QCOMPARE(items.at(1).renameTo, u"clash-2"_s);
        QCOMPARE(items.at(2).conflict, ImportConflict::SameServer);
        QCOMPARE(items.at(2).existingName, u"other"_s);
        QCOMPARE(items.at(3).conflict, ImportConflict::None);

        // Rename: the clash is imported as clash-2; the same-server one is skipped.
        auto renamed = ProfileImporter::apply(store, items);
        QVERIFY(renamed.has_value());
        QCOMPARE(renamed->added.size(), 2);
        QCOMPARE(renamed->added.at(0).name, u"clash-2"_s);
        QCOMPARE(renamed->skipped, (QStringList{u"same"_s, u"renamed"_s}));
        QCOMPARE(store.profiles()->size(), 5);

        // Undo takes it back exactly.
        QVERIFY(ProfileImporter::undo(store, *renamed).has_value());
        QCOMPARE(store.profiles()->size(), 3);

        // Replace: clash gets the new URL under its own name (its sign-in metadata stays).
        items[1].choice = DuplicateChoice::Replace;
        items[2].selected = true;
        items[2].choice = DuplicateChoice::Skip;
        auto replaced = ProfileImporter::apply(store, items);
        QVERIFY(replaced.has_value());
        QCOMPARE(replaced->replacedAfter.size(), 1);
        QCOMPARE((*store.find(u"clash"_s))->url.toString(), u"https://new.example/mcp"_s);
        QVERIFY(!store.extraValue(u"clash"_s, "oauth")->empty());
        QVERIFY(ProfileImporter::undo(store, *replaced).has_value());
        QCOMPARE((*store.find(u"clash"_s))->url.toString(), u"https://old.example/mcp"_s);
        QVERIFY(!(*store.find(u"fresh"_s)).has_value());

        // Skip leaves every duplicate alone.
        items[1].choice = DuplicateChoice::Skip;
        auto skipped = ProfileImporter::apply(store, items);
        QVERIFY(skipped.has_value());
        QCOMPARE(skipped->changed(), 1);
        QCOMPARE(skipped->summary(), u"Imported 1 server, skipped 3."_s);
    }

    void freeNames()
    {
        QCOMPARE(ProfileImporter::freeName(u"a"_s, {}), u"a"_s);
        QCOMPARE(ProfileImporter::freeName(u"a"_s, {u"a"_s, u"a-2"_s}), u"a-3"_s);
        const QString long64(64, u'x');
        QCOMPARE(ProfileImporter::freeName(long64, {long64}).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestProfileTransfer)
#include "tst_profiletransfer.moc"
