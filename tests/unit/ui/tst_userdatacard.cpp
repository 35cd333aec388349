// Rendering results: the user-data card (seed labels in a two-column form, avatar) and
// the tool result view (text, images, links, structured content, isError).
#include "protocol/types.h"
#include "serverview/userdatacard.h"
#include "tools/toolresultview.h"

#include <QBuffer>
#include <QLabel>
#include <QImage>
#include <QTest>

using namespace mcpc;
using namespace mcpc::ui;
using nlohmann::json;

namespace {

ToolResult parse(const json &j)
{
    auto r = parseToolResult(j);
    return r ? *r : ToolResult{};
}

QByteArray pngBase64()
{
    QImage img(8, 8, QImage::Format_ARGB32);
    img.fill(Qt::red);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes.toBase64();
}

json userJson()
{
    // Built in code, not a raw string: moc's lexer reads "//" in raw strings as a comment.
    return json{{"userId", "user_123"}, {"username", "ada.demo"}, {"firstName", "Ada"}, {"lastName", "Lovelace"},
                {"primaryEmail", "ada@example.com"}, {"secondaryEmail", ""}, {"twoFactorEnabled", false},
                {"banned", false}, {"locked", false}, {"profileImageUrl", "https://img.example.com/a.png"},
                {"externalAccounts", json::array({"google"})}, {"createOrganizationEnabled", true},
                {"deleteSelfEnabled", true}};
}

} // namespace

class TestUserDataCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structuredContentInSeedOrder();
    void textLinesWhenNoStructuredContent();
    void imageBlockBecomesTheAvatar();
    void errorsAreShownWithTheHint();
    void resultViewRendersEveryKind();
    void resultViewShowsToolErrorsInRed();
};

void TestUserDataCard::structuredContentInSeedOrder()
{
    UserDataCard card;
    card.showResult(parse(json{{"content", json::array({{{"type", "text"}, {"text", "ignored"}}})},
                               {"structuredContent", userJson()}}),
                    QStringLiteral("get_user_data"));
    const auto fields = card.fields();
    // All 13 seed fields, in the seed's order (the JSON object itself is sorted by key).
    const QList<QPair<QString, QString>> seed = {
        {QStringLiteral("User ID"), QStringLiteral("user_123")},
        {QStringLiteral("Username"), QStringLiteral("ada.demo")},
        {QStringLiteral("First Name"), QStringLiteral("Ada")},
        {QStringLiteral("Last Name"), QStringLiteral("Lovelace")},
        {QStringLiteral("Primary Email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("Secondary Email"), QStringLiteral("")},
        {QStringLiteral("2FA Enabled"), QStringLiteral("No")},
        {QStringLiteral("Account Banned"), QStringLiteral("No")},
        {QStringLiteral("Account Locked"), QStringLiteral("No")},
        {QStringLiteral("Profile Image"), QStringLiteral("https://img.example.com/a.png")},
        {QStringLiteral("External Accounts"), QStringLiteral("google")},
        {QStringLiteral("Organization Creation Enabled"), QStringLiteral("Yes")},
        {QStringLiteral("Delete Self Enabled"), QStringLiteral("Yes")},
    };
    QVERIFY2(fields.size() >= seed.size(), qPrintable(QString::number(fields.size())));
    for (qsizetype i = 0; i < seed.size(); ++i)
        QCOMPARE(fields.at(i), seed.at(i));
    QVERIFY(card.messageText().isEmpty());
    QVERIFY(!card.hasAvatarImage()); // initials, and no fetching of the image URL
    // The labels and values are on screen as a two-column form.
    bool sawLabel = false, sawValue = false;
    for (QLabel *l : card.findChildren<QLabel *>()) {
        sawLabel = sawLabel || l->text() == u"Primary Email";
        sawValue = sawValue || l->text() == u"ada@example.com";
    }
    QVERIFY(sawLabel && sawValue);
}

void TestUserDataCard::textLinesWhenNoStructuredContent()
{
    UserDataCard card;
    card.showResult(parse(json{{"content", json::array({{{"type", "text"},
                                                         {"text", "User ID: u1\nUsername: grace\nFirst Name: Grace"}}})}}),
                    QStringLiteral("whoami"));
    QCOMPARE(card.fields().size(), 3);
    QCOMPARE(card.value(QStringLiteral("Username")), QStringLiteral("grace"));
}

void TestUserDataCard::imageBlockBecomesTheAvatar()
{
    UserDataCard card;
    card.showResult(parse(json{{"content", json::array({{{"type", "image"}, {"data", pngBase64().toStdString()},
                                                         {"mimeType", "image/png"}}})},
                               {"structuredContent", userJson()}}),
                    QStringLiteral("get_user_data"));
    QVERIFY(card.hasAvatarImage());
}

void TestUserDataCard::errorsAreShownWithTheHint()
{
    UserDataCard card;
    card.showError(Error::make(ErrorKind::Tool, QStringLiteral("Tool not available."), 0, QStringLiteral("Implement it.")));
    QVERIFY(card.messageText().contains(QStringLiteral("Tool not available.")));
    QVERIFY(card.messageText().contains(QStringLiteral("Implement it.")));
    QVERIFY(card.fields().isEmpty());
}

void TestUserDataCard::resultViewRendersEveryKind()
{
    ToolResultView view;
    view.showResult(parse(json{{"content", json::array({
                                   {{"type", "text"}, {"text", "Echo: hi"}},
                                   {{"type", "image"}, {"data", pngBase64().toStdString()}, {"mimeType", "image/png"}},
                                   {{"type", "resource_link"}, {"uri", "https://example.com/doc"}, {"name", "doc"}},
                               })},
                               {"structuredContent", {{"answer", 42}}}}));
    QVERIFY(!view.showsError());
    QCOMPARE(view.imageCount(), 1);
    const QString text = view.plainText();
    QVERIFY(text.contains(QStringLiteral("Echo: hi")));
    QVERIFY(text.contains(QStringLiteral("https://example.com/doc")));
    QVERIFY(text.contains(QStringLiteral("\"answer\": 42"))); // pretty JSON
}

void TestUserDataCard::resultViewShowsToolErrorsInRed()
{
    ToolResultView view;
    view.showResult(parse(json{{"content", json::array({{{"type", "text"}, {"text", "boom"}}})}, {"isError", true}}));
    QVERIFY(view.showsError());
    QVERIFY(view.plainText().contains(QStringLiteral("isError")));
    QVERIFY(view.plainText().contains(QStringLiteral("boom")));
    view.showError(Error::make(ErrorKind::Timeout, QStringLiteral("No answer in time.")));
    QVERIFY(view.showsError());
    QVERIFY(view.plainText().contains(QStringLiteral("No answer in time.")));
    QVERIFY(!view.plainText().contains(QStringLiteral("boom"))); // the old result is gone
}

QTEST_MAIN(TestUserDataCard)
#include "tst_userdatacard.moc"
