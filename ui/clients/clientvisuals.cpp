#include "clients/clientvisuals.h"

#include "style/theme.h"

#include <QCoreApplication>
#include <QApplication>
#include <QFont>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QRegularExpression>

namespace mcpc::ui::clientvisuals {

using namespace clientconfig;
using namespace Qt::StringLiterals;

QString actionText(PrimaryAction action)
{
    switch (action) {
    case PrimaryAction::None: return QString();
    case PrimaryAction::Connect: return QCoreApplication::translate("Clientvisuals", "Connect");
    case PrimaryAction::Update: return QCoreApplication::translate("Clientvisuals", "Update");
    case PrimaryAction::Replace: return QCoreApplication::translate("Clientvisuals", "Replace…");
    case PrimaryAction::Reconnect: return QCoreApplication::translate("Clientvisuals", "Reconnect");
    case PrimaryAction::Disconnect: return QCoreApplication::translate("Clientvisuals", "Disconnect");
    }
    return QString();
}

Look look(const ClientCardState &s)
{
    const QString client = s.status.displayName;
    const QString name = s.status.serverName;
    if (s.error)
        return {QCoreApplication::translate("Clientvisuals", "Unavailable"), Chip::Tone::Error, errorText(*s.error), PrimaryAction::Connect};
    if (s.status.problem)
        return {QCoreApplication::translate("Clientvisuals", "Config unreadable"), Chip::Tone::Error,
                QCoreApplication::translate("Clientvisuals", "%1's config file cannot be read, so MCP Connect leaves it alone. Fix the file, then refresh.").arg(client),
                PrimaryAction::Connect};
    switch (s.status.state) {
    case EntryState::Absent:
        if (!s.status.sameUrlEntries.isEmpty())
            return {QCoreApplication::translate("Clientvisuals", "Same URL as “%1”").arg(s.status.sameUrlEntries.join(u"”, “"_s)), Chip::Tone::Info,
                    QCoreApplication::translate("Clientvisuals", "%1 already has this server's URL under another name (%2). Connecting adds “%3” as well; you may "
                    "want only one of them.").arg(client, s.status.sameUrlEntries.join(u", "_s), name),
                    PrimaryAction::Connect};
        return {QCoreApplication::translate("Clientvisuals", "Not connected"), Chip::Tone::Neutral, QCoreApplication::translate("Clientvisuals", "“%1” is not in %2's config.").arg(name, client),
                PrimaryAction::Connect};
    case EntryState::Ours:
        if (s.matches)
            return {QCoreApplication::translate("Clientvisuals", "Connected"), Chip::Tone::Success,
                    QCoreApplication::translate("Clientvisuals", "%1's config has “%2”, exactly as MCP Connect wrote it.").arg(client, name), PrimaryAction::Disconnect};
        return {QCoreApplication::translate("Clientvisuals", "Connected — outdated"), Chip::Tone::Warning,
                QCoreApplication::translate("Clientvisuals", "“%1” in %2's config differs from the server's current settings (its URL changed, say). Update "
                "rewrites it.").arg(name, client),
                PrimaryAction::Update};
    case EntryState::EditedByHand:
        return {QCoreApplication::translate("Clientvisuals", "Edited by hand"), Chip::Tone::Warning,
                QCoreApplication::translate("Clientvisuals", "“%1” was changed in %2's config since MCP Connect wrote it. Updating it asks first.").arg(name, client),
                PrimaryAction::Update};
    case EntryState::Foreign:
        if (s.matches)
            return {QCoreApplication::translate("Clientvisuals", "Connected (added by hand)"), Chip::Tone::Success,
                    QCoreApplication::translate("Clientvisuals", "%1's config already has “%2” for this server; MCP Connect did not write it.").arg(client, name),
                    PrimaryAction::Disconnect};
        return {QCoreApplication::translate("Clientvisuals", "Name taken by another entry"), Chip::Tone::Warning,
                QCoreApplication::translate("Clientvisuals", "%1's config has an entry named “%2” that MCP Connect did not write, and it differs from this "
                "server. Replacing it asks first.").arg(client, name),
                PrimaryAction::Replace};
    case EntryState::Missing:
        return {QCoreApplication::translate("Clientvisuals", "Removed by the client"), Chip::Tone::Error,
                QCoreApplication::translate("Clientvisuals", "MCP Connect added “%1” to %2's config, and it is gone: the client or someone else removed it. "
                "Reconnect adds it again.").arg(name, client),
                PrimaryAction::Reconnect};
    }
    return {};
}

namespace {

struct Brand
{
    const char *initials;
    QColor top;
    QColor bottom;
};

Brand brand(const QString &id)
{
    // Colours that recall each client without copying its logo.
    static const QHash<QString, Brand> brands{
        {u"cursor"_s, {"Cu", QColor(0x3a, 0x3f, 0x47), QColor(0x14, 0x16, 0x1a)}},
        {u"vscode"_s, {"VS", QColor(0x2f, 0x9b, 0xf0), QColor(0x00, 0x65, 0xa9)}},
        {u"vscode-insiders"_s, {"VI", QColor(0x3d, 0xc9, 0xa8), QColor(0x16, 0x8c, 0x72)}},
        {u"claude-code"_s, {"CC", QColor(0xe3, 0x8b, 0x6b), QColor(0xc1, 0x5f, 0x3c)}},
        {u"claude-desktop"_s, {"CD", QColor(0xd9, 0x77, 0x57), QColor(0xa8, 0x4c, 0x2f)}},
        {u"windsurf"_s, {"W", QColor(0x2c, 0xc2, 0xa4), QColor(0x0a, 0x7d, 0x6e)}},
        {u"cline"_s, {"Cl", QColor(0x6c, 0x7a, 0x89), QColor(0x3e, 0x4a, 0x57)}},
        {u"zed"_s, {"Z", QColor(0x3b, 0x6c, 0xf0), QColor(0x1b, 0x3f, 0xb0)}},
        {u"gemini-cli"_s, {"G", QColor(0x6f, 0x8d, 0xf5), QColor(0x8e, 0x5c, 0xd9)}},
        {u"codex"_s, {"Cx", QColor(0x22, 0xa0, 0x7c), QColor(0x0e, 0x6b, 0x52)}},
        {u"opencode"_s, {"oc", QColor(0x55, 0x5b, 0x66), QColor(0x2a, 0x2e, 0x35)}},
        {u"lmstudio"_s, {"LM", QColor(0x8b, 0x6c, 0xf0), QColor(0x5b, 0x3f, 0xc4)}},
        {u"continue"_s, {"Co", QColor(0x4b, 0x5d, 0x7a), QColor(0x26, 0x33, 0x48)}},
        {u"junie"_s, {"J", QColor(0x4a, 0xd1, 0x6a), QColor(0x1f, 0x8f, 0x3f)}},
    };
    if (auto it = brands.constFind(id); it != brands.cend())
        return *it;
    return {nullptr, QColor::fromHsl(int(qHash(id) % 360), 110, 120), QColor::fromHsl(int(qHash(id) % 360), 110, 90)};
}

} // namespace

QPixmap monogram(const QString &clientId, const QString &displayName, int size, qreal devicePixelRatio)
{
    const Brand b = brand(clientId);
    const QString initials = b.initials ? QString::fromLatin1(b.initials) : displayName.left(1).toUpper();
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient g(0, 0, 0, size);
    g.setColorAt(0, b.top);
    g.setColorAt(1, b.bottom);
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    const QRectF r(0.5, 0.5, size - 1, size - 1);
    p.drawRoundedRect(r, size * 0.24, size * 0.24);
    QFont f;
    f.setPixelSize(initials.size() > 1 ? int(size * 0.38) : int(size * 0.46));
    f.setWeight(QFont::Bold);
    f.setLetterSpacing(QFont::PercentageSpacing, 96);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, initials);
    return pm;
}

QString tildePath(const QString &path, const QString &home)
{
    if (!home.isEmpty() && (path == home || path.startsWith(home + u'/')))
        return u"~"_s + path.mid(home.size());
    return path;
}

QString richText(const QString &plain)
{
    QString html = plain.toHtmlEscaped();
    static const QRegularExpression quoted(u"&quot;([^&]{1,60}?)&quot;"_s);
    html.replace(quoted, u"<b>\\1</b>"_s);
    static const QRegularExpression code(u"`([^`]{1,120})`"_s);
    html.replace(code, u"<code>\\1</code>"_s);
    // The buttons people press in the client.
    static const QRegularExpression press(u"\\b(select|click|choose) (Allow|Start|Refresh|Connect)\\b"_s);
    html.replace(press, u"\\1 <b>\\2</b>"_s);
    return html;
}

QString errorText(const Error &error)
{
    QString message = error.message;
    QString hint = error.hint;
    // Hints written for the CLI, in this window's words.
    if (hint.contains(u"--force") && (message.contains(u"not overwriting") || message.contains(u"not removing")))
        hint = QCoreApplication::translate("Clientvisuals", "Open the preview again: it shows the entry and lets you replace it anyway (a backup is kept).");
    else if (hint.startsWith(u"Leave out --header-env: "))
        hint = QCoreApplication::translate("Clientvisuals", "Turn off “Read headers from environment variables”: ") + hint.mid(24);
    else if (hint.startsWith(u"Try --name "))
        hint = QCoreApplication::translate("Clientvisuals", "Rename the server to %1 (letters, digits, “-” and “_”).").arg(hint.mid(11).chopped(hint.endsWith(u'.') ? 1 : 0));
    else if (hint.contains(u"--"))
        hint.clear(); // the card offers the equivalent button
    message.replace(QCoreApplication::translate("Clientvisuals", "--bridge and --header-env cannot be combined"),
                    QCoreApplication::translate("Clientvisuals", "The mcp-remote bridge and header variables cannot be combined"));
    message.replace(QCoreApplication::translate("Clientvisuals", " (--project DIR)"), QString());
    message.replace(QCoreApplication::translate("Clientvisuals", "Pass --header-env HEADER=VAR where the client supports it."),
                    QCoreApplication::translate("Clientvisuals", "Choose header environment variables in the preview, where the client supports them."));
    return hint.isEmpty() ? message : message + u' ' + hint;
}

std::optional<ParseProblem> parseProblem(const Error &error, const QString &home)
{
    static const QRegularExpression where(u"^(.+?) is not valid [^:]+: line (\\d+), column (\\d+): (.*?)(?:\\. Nothing was changed\\.)?$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto m = where.match(error.message);
    if (!m.hasMatch())
        return std::nullopt;
    return ParseProblem{u"%1:%2:%3"_s.arg(tildePath(m.captured(1), home), m.captured(2), m.captured(3)), m.captured(4)};
}

QString errorHtml(const Error &error, const QString &home)
{
    if (const auto p = parseProblem(error, home)) {
        QString what = p->what;
        if (!what.isEmpty())
            what[0] = what[0].toUpper();
        return QCoreApplication::translate("Clientvisuals", "<b>%1</b> — %2.").arg(p->where.toHtmlEscaped(), what.toHtmlEscaped());
    }
    QString text = errorText(error);
    // Paths under the home folder, the way the card shows them.
    if (!home.isEmpty())
        text.replace(home + u'/', u"~/"_s);
    return text.toHtmlEscaped();
}

QString filledButtonStyle(const QString &selector, const QColor &c)
{
    if (!c.isValid())
        return QString();
    const QPalette pal = QApplication::palette();
    return u"%1 { background: %2; color: white; border: 1px solid %3; border-radius: 5px; padding: 5px 14px; font-weight: 600; }"
           " %1:hover { background: %4; } %1:focus { border: 2px solid %5; }"_s
        .arg(selector, theme::cssColor(c), theme::cssColor(c.darker(125)), theme::cssColor(c.lighter(112)),
             theme::cssColor(pal.color(QPalette::WindowText)));
}

QString cardStyle(const QString &selector, bool focused)
{
    const QPalette pal = QApplication::palette();
    return u"%1 { background: %2; border: %4px solid %3; border-radius: 10px; }"_s
        .arg(selector, theme::cssColor(theme::cardColor(pal)),
             theme::cssColor(focused ? theme::accentColor(pal) : theme::borderColor(pal)))
        .arg(focused ? 2 : 1);
}

bool isValidEnvVarName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
    return re.match(name).hasMatch();
}

QString suggestedEnvVar(const QString &server, const QString &header)
{
    QString s = (server + u'_' + header).toUpper();
    for (QChar &c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = u'_';
    static const QRegularExpression runs(u"_+"_s);
    s.replace(runs, u"_"_s);
    if (!s.isEmpty() && s.at(0).isDigit())
        s.prepend(u'_');
    return s;
}

} // namespace mcpc::ui::clientvisuals
