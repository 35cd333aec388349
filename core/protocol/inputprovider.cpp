#include "protocol/inputprovider.h"

#include "protocol/types.h"
#include "util/jsonfield.h"

using nlohmann::json;

namespace mcpc {

Result<ElicitationRequest> elicitationRequestFrom(const QString &key, const json &params, const QString &serverName)
{
    const json mode = params.is_object() ? params.value("mode", json("form")) : json();
    const QString message = jsonString(params, "message");
    if (mode == "url")
        return std::unexpected(Error::make(ErrorKind::Unavailable,
            QStringLiteral("The server asks you to open a web page (\"%1\"), and MCP Connect does not support that kind of request yet.").arg(message)));
    if (mode != "form")
        return std::unexpected(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server's input request '%1' has an unknown elicitation mode.").arg(key)));
    auto form = parseElicitationSchema(params.value("requestedSchema", json()));
    if (!form)
        return std::unexpected(form.error());
    ElicitationRequest q;
    q.key = key;
    q.serverName = serverName;
    q.message = message;
    q.requestedSchema = params.value("requestedSchema", json());
    q.form = *form;
    return q;
}

json ElicitationAnswer::toJson() const
{
    switch (action) {
    case Action::Accept:
        return json{{"action", "accept"}, {"content", content}};
    case Action::Decline:
        return json{{"action", "decline"}};
    case Action::Cancel:
        break;
    }
    return json{{"action", "cancel"}};
}

FixedInputProvider FixedInputProvider::accepting(json content)
{
    FixedInputProvider p;
    p.m_mode = Mode::Accept;
    p.m_content = std::move(content);
    return p;
}

FixedInputProvider FixedInputProvider::declining()
{
    FixedInputProvider p;
    p.m_mode = Mode::Decline;
    return p;
}

FixedInputProvider FixedInputProvider::refusing(QString hint)
{
    FixedInputProvider p;
    p.m_mode = Mode::Refuse;
    p.m_hint = std::move(hint);
    return p;
}

void FixedInputProvider::elicit(const ElicitationRequest &request, QObject *, ElicitationCallback done)
{
    switch (m_mode) {
    case Mode::Accept: {
        auto content = validateContent(request.form, m_content);
        if (!content) {
            Error e = content.error();
            e.message = QStringLiteral("The given answer does not fit the server's form (\"%1\"): %2").arg(request.message, e.message);
            return done(std::unexpected(e));
        }
        return done(ElicitationAnswer::accept(*content));
    }
    case Mode::Decline:
        return done(ElicitationAnswer::decline());
    case Mode::Refuse:
        break;
    }
    done(std::unexpected(Error::make(ErrorKind::InputNeeded, QStringLiteral("The server needs input: %1").arg(request.message), 0, m_hint)));
}

} // namespace mcpc
