#include "cli/terminalinputprovider.h"

#include "cli/output.h"

#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using nlohmann::json;

namespace mcpc::cli {

namespace {

QString defaultText(const ElicitationField &f)
{
    const json &d = f.defaultValue;
    if (d.is_null())
        return {};
    if (d.is_string())
        return QString::fromStdString(d.get<std::string>());
    if (d.is_boolean())
        return d.get<bool>() ? QStringLiteral("yes") : QStringLiteral("no");
    if (d.is_array()) {
        QStringList parts;
        for (const json &v : d)
            if (v.is_string())
                parts << QString::fromStdString(v.get<std::string>());
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(d.dump());
}

// Server text is shown, never interpreted: control characters (terminal escapes) go.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control && c != u'\n') ? QChar(u'?') : c;
    return out;
}

void prompt(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace

TerminalInputProvider::TerminalInputProvider(Output *out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
}

TerminalInputProvider::~TerminalInputProvider() = default;

void TerminalInputProvider::elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done)
{
    if (m_active) // the loop asks one question at a time; a second one is a bug, not a hang
        return done(std::unexpected(Error::make(ErrorKind::InputNeeded, QStringLiteral("Another question is still open."))));
    m_active = true;
    m_request = request;
    m_operation = operation;
    m_done = std::move(done);
    m_field = 0;
    m_content = json::object();
    const QString who = request.serverName.isEmpty() ? QStringLiteral("The server") : QStringLiteral("%1").arg(printable(request.serverName));
    m_out->info(QStringLiteral("\n%1 asks: %2").arg(who, printable(request.message)));
    m_out->info(QStringLiteral("(Enter keeps the default or skips an optional field; type !decline to decline, !cancel to cancel.)"));
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TerminalInputProvider::onReadable);
    }
    m_notifier->setEnabled(true);
    promptField();
}

void TerminalInputProvider::promptField()
{
    const bool confirmOnly = m_request.form.fields.isEmpty();
    if (m_field >= m_request.form.fields.size() && !(confirmOnly && m_field == 0))
        return finish(ElicitationAnswer::accept(m_content));
    if (confirmOnly) // a form without fields still needs a yes from the person
        prompt(QStringLiteral("  Continue? (y = accept, n = decline)> "));
    else
        promptFieldText();
    // Lines typed ahead (or piped through a terminal) are already waiting.
    if (const qsizetype nl = m_buffer.indexOf('\n'); nl >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(nl));
        m_buffer.remove(0, nl + 1);
        return onLine(line);
    }
    if (m_eof)
        return finish(ElicitationAnswer::cancel());
}

void TerminalInputProvider::promptFieldText()
{
    const ElicitationField &f = m_request.form.fields.at(m_field);
    QString head = QStringLiteral("%1%2").arg(printable(f.title), f.required ? QStringLiteral(" (required)") : QString());
    if (!f.description.isEmpty())
        head += QStringLiteral(" — ") + printable(f.description);
    m_out->info(head);
    if (f.type == ElicitationField::Type::Enum || f.type == ElicitationField::Type::MultiEnum) {
        for (qsizetype i = 0; i < f.options.size(); ++i)
            m_out->info(QStringLiteral("  %1) %2").arg(i + 1).arg(printable(f.optionTitles.at(i))));
    }
    QString ask = f.type == ElicitationField::Type::Enum        ? QStringLiteral("choose 1-%1").arg(f.options.size())
                  : f.type == ElicitationField::Type::MultiEnum ? QStringLiteral("choose some of 1-%1, comma-separated").arg(f.options.size())
                  : f.type == ElicitationField::Type::Boolean   ? QStringLiteral("y/n")
                                                                : f.typeDescription();
    if (const QString d = defaultText(f); !d.isEmpty())
        ask += QStringLiteral(" [%1]").arg(printable(d));
    prompt(QStringLiteral("  %1> ").arg(ask));
}

void TerminalInputProvider::onReadable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_eof = true;
        m_notifier->setEnabled(false);
        if (m_active) {
            m_out->info(QString());
            finish(ElicitationAnswer::cancel());
        }
        return;
    }
    m_buffer.append(chunk, n);
    while (m_active) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            break;
        const QString line = QString::fromUtf8(m_buffer.left(nl));
        m_buffer.remove(0, nl + 1);
        onLine(line);
    }
}

void TerminalInputProvider::onLine(const QString &raw)
{
    if (!m_active)
        return;
    if (!m_operation) { // the request ended while the person was typing
        m_active = false;
        m_done = nullptr;
        return;
    }
    const QString line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
    const QString word = line.trimmed().toLower();
    if (word == QLatin1String("!decline"))
        return finish(ElicitationAnswer::decline());
    if (word == QLatin1String("!cancel"))
        return finish(ElicitationAnswer::cancel());
    if (m_request.form.fields.isEmpty()) {
        if (word == QLatin1String("y") || word == QLatin1String("yes"))
            return finish(ElicitationAnswer::accept(json::object()));
        if (word == QLatin1String("n") || word == QLatin1String("no"))
            return finish(ElicitationAnswer::decline());
        m_out->info(QStringLiteral("  Please answer y or n."));
        return promptField();
    }
    const ElicitationField &f = m_request.form.fields.at(m_field);
    if (line.trimmed().isEmpty()) {
        if (!f.defaultValue.is_null()) {
            m_content[f.key] = f.defaultValue;
        } else if (f.required) {
            m_out->info(QStringLiteral("  %1 is required.").arg(printable(f.title)));
            return promptField();
        }
        ++m_field;
        return promptField();
    }
    auto value = parseFieldText(f, line);
    if (!value) {
        m_out->info(QStringLiteral("  ") + value.error().message);
        return promptField();
    }
    m_content[f.key] = *value;
    ++m_field;
    promptField();
}

void TerminalInputProvider::finish(Result<ElicitationAnswer> answer)
{
    if (!m_active)
        return;
    m_active = false;
    if (m_notifier)
        m_notifier->setEnabled(false);
    ElicitationCallback done = std::move(m_done);
    m_done = nullptr;
    if (answer && answer->action != ElicitationAnswer::Action::Accept)
        m_out->info(answer->action == ElicitationAnswer::Action::Decline ? QStringLiteral("Declined.") : QStringLiteral("Cancelled."));
    if (done && m_operation)
        done(std::move(answer));
}

} // namespace mcpc::cli
