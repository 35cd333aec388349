#include "demo/demotools.h"
#include "util/jsonfield.h"

#include "demo/demotasktools.h"

#include <QTimer>

namespace mcpc::demo {

using nlohmann::json;

namespace {

json readOnly()
{
    return json{{"readOnlyHint", true}, {"destructiveHint", false}, {"openWorldHint", false}};
}

DemoTool getUserData()
{
    DemoTool t;
    t.name = QStringLiteral("get_user_data");
    t.title = QStringLiteral("Get user data");
    t.description = QStringLiteral("Returns the signed-in user's profile: ids, names, e-mail addresses, "
                                   "account flags and linked external accounts.");
    t.inputSchema = json{{"type", "object"}, {"properties", json::object()}, {"additionalProperties", false}};
    t.outputSchema = demoUserOutputSchema();
    t.annotations = readOnly();
    t.run = [](DemoToolCall *call) {
        const DemoUser &user = call->auth().user;
        json result = {{"content", json::array({textContent(user.toText())})},
                       {"structuredContent", demoUserToJson(user)}};
        call->finish(std::move(result));
    };
    return t;
}

DemoTool echo()
{
    DemoTool t;
    t.name = QStringLiteral("echo");
    t.title = QStringLiteral("Echo");
    t.description = QStringLiteral("Echoes back the input message.");
    t.inputSchema = json{{"type", "object"},
                         {"properties", {{"message", {{"type", "string"}, {"description", "Message to echo"}}}}},
                         {"required", {"message"}}};
    t.annotations = readOnly();
    t.run = [](DemoToolCall *call) {
        call->finishText(QStringLiteral("Echo: ")
                         + QString::fromStdString(call->arguments().at("message").get<std::string>()));
    };
    return t;
}

DemoTool getAvatar()
{
    DemoTool t;
    t.name = QStringLiteral("get_avatar");
    t.title = QStringLiteral("Get avatar");
    t.description = QStringLiteral("Returns the signed-in user's avatar as a PNG image.");
    t.inputSchema = json{{"type", "object"}, {"properties", json::object()}};
    t.annotations = readOnly();
    t.run = [](DemoToolCall *call) {
        const DemoUser &user = call->auth().user;
        json image = {{"type", "image"},
                      {"data", demoAvatarPngBase64().toStdString()},
                      {"mimeType", "image/png"}};
        const QString caption = QStringLiteral("Avatar of %1 %2 (24x24 PNG)").arg(user.firstName, user.lastName);
        call->finish(json{{"content", json::array({image, textContent(caption)})}});
    };
    return t;
}

DemoTool longTask()
{
    DemoTool t;
    t.name = QStringLiteral("long_task");
    t.title = QStringLiteral("Long task");
    t.description = QStringLiteral("Works for a while in steps, reporting progress after each one. "
                                   "Send a progressToken to see the progress; cancel it any time.");
    t.inputSchema = json{
        {"type", "object"},
        {"properties",
         {{"steps", {{"type", "integer"}, {"minimum", 1}, {"maximum", kLongTaskMaxSteps}, {"default", 5},
                     {"description", "How many steps to run"}}},
          {"delayMs", {{"type", "integer"}, {"minimum", 0}, {"maximum", kLongTaskMaxDelayMs}, {"default", 200},
                       {"description", "Milliseconds per step"}}}}}};
    t.annotations = readOnly();
    t.run = [](DemoToolCall *call) {
        const int steps = int(jsonInt64(call->arguments(), "steps").value_or(5));
        const int delayMs = int(jsonInt64(call->arguments(), "delayMs").value_or(200));
        auto *timer = new QTimer(call); // dies with the call, so cancelling stops it too
        auto done = std::make_shared<int>(0);
        QObject::connect(call, &DemoToolCall::cancelled, timer, &QTimer::stop);
        QObject::connect(timer, &QTimer::timeout, call, [call, timer, done, steps] {
            ++*done;
            call->progress(*done, steps, QStringLiteral("step %1 of %2").arg(*done).arg(steps));
            if (*done >= steps) {
                timer->stop();
                call->finishText(QStringLiteral("Long task finished: %1 steps done.").arg(steps));
            }
        });
        call->progress(0, steps, QStringLiteral("starting"));
        timer->start(delayMs);
    };
    return t;
}

DemoTool fail()
{
    DemoTool t;
    t.name = QStringLiteral("fail");
    t.title = QStringLiteral("Fail");
    t.description = QStringLiteral("Always fails with a tool error (isError), to show how clients display errors.");
    t.inputSchema = json{{"type", "object"},
                         {"properties", {{"message", {{"type", "string"}, {"description", "Error text to report"}}}}}};
    t.annotations = readOnly();
    t.run = [](DemoToolCall *call) {
        const std::string msg = jsonStdString(call->arguments(), "message", "something went wrong");
        call->finishText(QStringLiteral("The demo tool failed on purpose: ") + QString::fromStdString(msg), true);
    };
    return t;
}

} // namespace

QList<DemoTool> builtInTools()
{
    return {getUserData(), echo(), getAvatar(), longTask(), fail(), generateReportTool()};
}

json demoUserToJson(const DemoUser &u)
{
    json accounts = json::array();
    for (const QString &a : u.externalAccounts)
        accounts.push_back(a.toStdString());
    auto key = [](const char16_t *k) { return QString::fromUtf16(k).toStdString(); };
    return json{{key(userkey::userId), u.userId.toStdString()},
                {key(userkey::username), u.username.toStdString()},
                {key(userkey::firstName), u.firstName.toStdString()},
                {key(userkey::lastName), u.lastName.toStdString()},
                {key(userkey::primaryEmail), u.primaryEmail.toStdString()},
                {key(userkey::secondaryEmail), u.secondaryEmail.toStdString()},
                {key(userkey::twoFactorEnabled), u.twoFactorEnabled},
                {key(userkey::banned), u.banned},
                {key(userkey::locked), u.locked},
                {key(userkey::profileImageUrl), u.profileImageUrl.toStdString()},
                {key(userkey::externalAccounts), accounts},
                {key(userkey::createOrganizationEnabled), u.createOrganizationEnabled},
                {key(userkey::deleteSelfEnabled), u.deleteSelfEnabled}};
}

json demoUserOutputSchema()
{
    const json str = {{"type", "string"}};
    const json boolean = {{"type", "boolean"}};
    json props = json::object();
    json required = json::array();
    for (const DemoUserField &f : demoUserFields()) {
        const std::string k = f.key.toStdString();
        json p;
        if (f.key == QString::fromUtf16(userkey::externalAccounts))
            p = json{{"type", "array"}, {"items", str}};
        else if (f.key == QString::fromUtf16(userkey::twoFactorEnabled) || f.key == QString::fromUtf16(userkey::banned)
                 || f.key == QString::fromUtf16(userkey::locked)
                 || f.key == QString::fromUtf16(userkey::createOrganizationEnabled)
                 || f.key == QString::fromUtf16(userkey::deleteSelfEnabled))
            p = boolean;
        else
            p = str;
        p["description"] = f.label.toStdString();
        props[k] = p;
        required.push_back(k);
    }
    return json{{"type", "object"}, {"properties", props}, {"required", required}, {"additionalProperties", false}};
}

QByteArray demoAvatarPngBase64()
{
    // 24x24 RGBA PNG: a purple disc with a light head-and-shoulders silhouette.
    return QByteArrayLiteral("iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAAb0lEQVR42mNgGEiQ4/7/PzGYpoaTbAmpBpNkEaWGE7QEl4avH7Bjkiwg1XCSLMHnXXItQLFk1ILBbQE5yZRkCyjOcMPXAkIRTFFuJtZwXJbgLY9INRzdEoKlKc0sAAFyDYdhoms2mhlMjiUD2jIBAPvm+z2GvkiPAAAAAElFTkSuQmCC");
}

} // namespace mcpc::demo
