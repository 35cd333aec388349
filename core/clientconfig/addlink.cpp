#include "clientconfig/addlink.h"

#include "clientconfig/adapters/clientadapter.h"
#include "clientconfig/deeplinks.h"
#include "profiles/serverprofile.h"
#include "util/hexdigit.h"

#include <QStringDecoder>

#include <optional>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kScheme = "mcp-connect:";
constexpr qsizetype kMaxNameChars = 80;

std::unexpected<Error> refuse(const QString &message, const QString &hint = {})
{
    return std::unexpected(Error::make(ErrorKind::Usage, message, 0, hint));
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

// UTF-8 without control characters, or nothing.
std::optional<QString> cleanText(QByteArrayView bytes)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError())
        return std::nullopt;
    for (char32_t c : text.toUcs4())
        if (isControl(c))
            return std::nullopt;
    return text;
}

// %XX decoding with every escape checked ('+' stays '+': encodeURIComponent never makes it
// a space, and a URL may contain it).
std::optional<QByteArray> percentDecode(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size())
            return std::nullopt;
        const int hi = hexDigitValue(in[i + 1]), lo = hexDigitValue(in[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}

} // namespace

Result<AddLink> parseAddLink(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return refuse(u"The link is empty."_s);
    if (bytes.size() > kMaxAddLinkBytes)
        return refuse(u"The link is too long (%1 bytes; an MCP Connect link has at most %2)."_s.arg(bytes.size()).arg(kMaxAddLinkBytes));
    for (char c : bytes)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return refuse(u"The link contains spaces, control characters or unencoded non-ASCII text; it is not a valid address."_s);
    if (bytes.size() < kScheme.size() || QByteArrayView(bytes.first(kScheme.size())).compare(kScheme, Qt::CaseInsensitive) != 0)
        return refuse(u"This is not an MCP Connect link: it must start with mcp-connect://add?"_s);
    QByteArrayView rest = bytes.sliced(kScheme.size());
    if (rest.contains('#'))
        return refuse(u"The link has a #fragment; MCP Connect links have none."_s);
    const qsizetype q = rest.indexOf('?');
    QByteArrayView action = q < 0 ? rest : rest.first(q);
    const QByteArrayView query = q < 0 ? QByteArrayView() : rest.sliced(q + 1);
    if (!action.startsWith("//"))
        return refuse(u"The link is malformed: it must start with mcp-connect://add?"_s);
    action = action.sliced(2);
    if (action.endsWith('/'))
        action.chop(1);
    if (action.compare("add", Qt::CaseInsensitive) != 0) {
        const QString shown = QString::fromLatin1(action.first(qMin<qsizetype>(action.size(), 40)));
        return refuse(u"MCP Connect does not know the link action '%1'; the only one is mcp-connect://add?url=…"_s.arg(shown));
    }

    std::optional<QString> url, name, client;
    for (QByteArrayView part : QByteArray::fromRawData(query.data(), query.size()).split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView key = eq < 0 ? part : part.first(eq);
        const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : part.sliced(eq + 1);
        std::optional<QString> *slot = key == "url" ? &url : key == "name" ? &name : key == "client" ? &client : nullptr;
        if (!slot)
            continue; // parameters of later versions: ignored, never guessed at
        const QString keyName = QString::fromLatin1(key);
        if (slot->has_value())
            return refuse(u"The link gives %1= twice; it must give it once."_s.arg(keyName));
        const auto decoded = percentDecode(rawValue);
        if (!decoded)
            return refuse(u"The link's %1= has a broken %-escape (% must be followed by two hex digits)."_s.arg(keyName));
        const auto text = cleanText(*decoded);
        if (!text)
            return refuse(u"The link's %1= is not readable text (invalid UTF-8 or control characters)."_s.arg(keyName));
        *slot = *text;
    }

    if (!url || url->isEmpty())
        return refuse(u"The link names no server: it needs url=https://…"_s);
    auto parsed = parseServerUrl(*url);
    if (!parsed)
        return refuse(u"The link's server address is not usable: %1"_s.arg(parsed.error().message));
    if (!parsed->userInfo().isEmpty())
        return refuse(u"The link's server address carries a user name or password; MCP Connect never takes credentials from a link."_s);
    if (isInsecureRemoteUrl(*parsed))
        return refuse(u"The link's server address uses plain http:// to another machine. Links must use https:// "
                      "(http:// only for a server on this computer)."_s);

    AddLink link;
    link.url = *parsed;
    if (name) {
        if (name->size() > kMaxNameChars)
            return refuse(u"The link's name= is too long (%1 characters; at most %2)."_s.arg(name->size()).arg(kMaxNameChars));
        link.name = name->trimmed();
    }
    if (client && !client->isEmpty()) {
        if (!clientAdapter(*client)) {
            const QString shown = client->left(40);
            return refuse(u"The link asks to connect to '%1', which is not a client MCP Connect knows."_s.arg(shown),
                          u"Known: cursor, vscode, claude-code, claude-desktop, windsurf, … (mcp-connect-cli clients list)."_s);
        }
        link.client = *client;
    }
    return link;
}

QString addLinkFor(const QUrl &url, const QString &name, const QString &client)
{
    QString link = u"mcp-connect://add?url="_s + encodeUriComponent(url.toString(QUrl::FullyEncoded).toUtf8());
    if (!name.isEmpty())
        link += u"&name="_s + encodeUriComponent(name.toUtf8());
    if (!client.isEmpty())
        link += u"&client="_s + encodeUriComponent(client.toUtf8());
    return link;
}

} // namespace mcpc::clientconfig
