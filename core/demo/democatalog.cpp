#include "demo/democatalog.h"

#include "demo/demotools.h"

#include <QRegularExpression>

namespace mcpc::demo {

using nlohmann::json;

namespace {
void putOptional(json &j, const char *key, const QString &value)
{
    if (!value.isEmpty())
        j[key] = value.toStdString();
}
} // namespace

json DemoResource::toJson() const
{
    json j = {{"uri", uri.toStdString()}, {"name", name.toStdString()}};
    putOptional(j, "title", title);
    putOptional(j, "description", description);
    putOptional(j, "mimeType", mimeType);
    return j;
}

json DemoResource::contents() const
{
    json j = {{"uri", uri.toStdString()}};
    putOptional(j, "mimeType", mimeType);
    if (binary)
        j["blob"] = blob.toBase64().toStdString();
    else
        j["text"] = QString::fromUtf8(text).toStdString();
    return j;
}

json DemoResourceTemplate::toJson() const
{
    json j = {{"uriTemplate", uriTemplate.toStdString()}, {"name", name.toStdString()}};
    putOptional(j, "title", title);
    putOptional(j, "description", description);
    putOptional(j, "mimeType", mimeType);
    return j;
}

std::optional<QMap<QString, QString>> DemoResourceTemplate::match(const QString &uri) const
{
    // Literal parts must match exactly; each {var} takes one non-empty path segment.
    static const QRegularExpression var(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    QString pattern = QStringLiteral("^");
    QStringList names;
    qsizetype last = 0;
    for (auto it = var.globalMatch(uriTemplate); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(uriTemplate.mid(last, m.capturedStart() - last));
        pattern += QStringLiteral("([^/?#]+)");
        names.append(m.captured(1));
        last = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(uriTemplate.mid(last)) + u'$';
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(uri);
    if (!m.hasMatch())
        return std::nullopt;
    QMap<QString, QString> vars;
    for (qsizetype i = 0; i < names.size(); ++i)
        vars.insert(names[i], m.captured(int(i) + 1));
    return vars;
}

json DemoPrompt::toJson() const
{
    json j = {{"name", name.toStdString()}};
    putOptional(j, "title", title);
    putOptional(j, "description", description);
    if (!arguments.isEmpty()) {
        json args = json::array();
        for (const DemoPromptArgument &a : arguments) {
            json arg = {{"name", a.name.toStdString()}, {"required", a.required}};
            putOptional(arg, "description", a.description);
            args.push_back(arg);
        }
        j["arguments"] = args;
    }
    return j;
}

const DemoTool *DemoCatalog::tool(const QString &name) const
{
    for (const DemoTool &t : tools) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const DemoPrompt *DemoCatalog::prompt(const QString &name) const
{
    for (const DemoPrompt &p : prompts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::optional<DemoResource> DemoCatalog::resource(const QString &uri) const
{
    for (const DemoResource &r : resources) {
        if (r.uri == uri)
            return r;
    }
    for (const DemoResourceTemplate &t : templates) {
        if (auto vars = t.match(uri); vars && t.resolve)
            return t.resolve(uri, *vars);
    }
    return std::nullopt;
}

namespace {

json userMessage(const QString &text)
{
    return json{{"role", "user"}, {"content", textContent(text)}};
}

QList<DemoResource> builtInResources()
{
    DemoResource profile;
    profile.uri = QStringLiteral("demo://user/profile");
    profile.name = QStringLiteral("user-profile");
    profile.title = QStringLiteral("Demo user profile");
    profile.description = QStringLiteral("The built-in demo user as JSON (the same data get_user_data returns).");
    profile.mimeType = QStringLiteral("application/json");
    profile.text = QByteArray::fromStdString(demoUserToJson(DemoUser::builtIn()).dump(2));

    DemoResource readme;
    readme.uri = QStringLiteral("demo://docs/readme");
    readme.name = QStringLiteral("readme");
    readme.title = QStringLiteral("About the demo server");
    readme.description = QStringLiteral("What this server is and which tools it offers.");
    readme.mimeType = QStringLiteral("text/markdown");
    readme.text = QByteArrayLiteral(
        "# MCP Connect demo server\n\n"
        "A local MCP server built into MCP Connect, for trying clients without an account or network.\n\n"
        "Tools: get_user_data, echo, get_avatar, long_task (progress, cancellable), fail (tool error).\n");
    return {profile, readme};
}

DemoResourceTemplate greetingTemplate()
{
    DemoResourceTemplate t;
    t.uriTemplate = QStringLiteral("demo://greeting/{name}");
    t.name = QStringLiteral("greeting");
    t.title = QStringLiteral("Greeting");
    t.description = QStringLiteral("A one-line greeting for the given name.");
    t.mimeType = QStringLiteral("text/plain");
    t.resolve = [](const QString &uri, const QMap<QString, QString> &vars) {
        DemoResource r;
        r.uri = uri;
        r.name = QStringLiteral("greeting");
        r.mimeType = QStringLiteral("text/plain");
        r.text = QStringLiteral("Hello, %1!").arg(vars.value(QStringLiteral("name"))).toUtf8();
        return r;
    };
    return t;
}

QList<DemoPrompt> builtInPrompts()
{
    DemoPrompt summary;
    summary.name = QStringLiteral("summarize_user");
    summary.title = QStringLiteral("Summarize my account");
    summary.description = QStringLiteral("Asks the model to fetch the user's data and summarise the account.");
    summary.render = [](const QMap<QString, QString> &) {
        return json::array({userMessage(QStringLiteral(
            "Call the get_user_data tool and summarise my account in two sentences, "
            "mentioning anything that looks unusual."))});
    };

    DemoPrompt greet;
    greet.name = QStringLiteral("greet");
    greet.title = QStringLiteral("Write a greeting");
    greet.description = QStringLiteral("Writes a short greeting for someone.");
    greet.arguments = {
        {QStringLiteral("name"), QStringLiteral("Who to greet"), true, {}},
        {QStringLiteral("style"), QStringLiteral("friendly, formal or pirate"), false,
         {QStringLiteral("friendly"), QStringLiteral("formal"), QStringLiteral("pirate")}},
    };
    greet.render = [](const QMap<QString, QString> &args) {
        const QString style = args.value(QStringLiteral("style"), QStringLiteral("friendly"));
        return json::array({userMessage(
            QStringLiteral("Write a short %1 greeting for %2.").arg(style, args.value(QStringLiteral("name"))))});
    };
    return {summary, greet};
}

} // namespace

DemoCatalog DemoCatalog::builtIn()
{
    DemoCatalog c;
    c.tools = builtInTools();
    c.resources = builtInResources();
    c.templates = {greetingTemplate()};
    c.prompts = builtInPrompts();
    return c;
}

} // namespace mcpc::demo
