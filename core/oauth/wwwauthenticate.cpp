#include "oauth/wwwauthenticate.h"

namespace mcpc::oauth {

namespace {

// RFC 9110 tchar.
bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~' || c == '+' || c == '/';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &s) : m_s(s) {}
    bool atEnd() const { return m_i >= m_s.size(); }
    char peek(qsizetype ahead = 0) const { return m_i + ahead < m_s.size() ? m_s.at(m_i + ahead) : '\0'; }
    void skipSpace() { while (!atEnd() && (peek() == ' ' || peek() == '\t')) ++m_i; }
    void skipSpaceAndCommas() { while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ',')) ++m_i; }
    QByteArray token()
    {
        const qsizetype start = m_i;
        while (!atEnd() && isTchar(peek()))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }
    // After the opening quote: up to the closing quote, honouring backslash escapes.
    bool quoted(QByteArray *out)
    {
        ++m_i; // opening quote
        while (!atEnd()) {
            const char c = m_s.at(m_i++);
            if (c == '"')
                return true;
            if (c == '\\' && !atEnd())
                out->append(m_s.at(m_i++));
            else
                out->append(c);
        }
        return false; // unterminated
    }
    // Is there `token BWS "=" (not a token68 padding)` at the cursor? Leaves the cursor.
    bool looksLikeParam() const
    {
        qsizetype j = m_i;
        while (j < m_s.size() && isTchar(m_s.at(j)))
            ++j;
        if (j == m_i)
            return false;
        while (j < m_s.size() && (m_s.at(j) == ' ' || m_s.at(j) == '\t'))
            ++j;
        if (j >= m_s.size() || m_s.at(j) != '=')
            return false;
        ++j;
        while (j < m_s.size() && (m_s.at(j) == ' ' || m_s.at(j) == '\t'))
            ++j;
        return j < m_s.size() && (m_s.at(j) == '"' || isTchar(m_s.at(j)));
    }
    qsizetype pos() const { return m_i; }
    void advance(qsizetype n = 1) { m_i += n; }

private:
    const QByteArray &m_s;
    qsizetype m_i = 0;
};

void parseOne(const QByteArray &value, QList<WwwAuthChallenge> *out)
{
    Scanner sc(value);
    while (true) {
        sc.skipSpaceAndCommas();
        if (sc.atEnd())
            return;
        WwwAuthChallenge ch;
        ch.scheme = sc.token().toLower();
        if (ch.scheme.isEmpty())
            return; // garbage: stop here, keep what we have
        sc.skipSpace();
        // token68 (e.g. "Basic abc==") unless it is the start of an auth-param.
        if (!sc.atEnd() && sc.peek() != ',' && !sc.looksLikeParam()) {
            const qsizetype start = sc.pos();
            while (!sc.atEnd() && isToken68Char(sc.peek()))
                sc.advance();
            while (!sc.atEnd() && sc.peek() == '=')
                sc.advance();
            ch.token68 = value.mid(start, sc.pos() - start);
            if (ch.token68.isEmpty()) {
                out->append(ch);
                return;
            }
            out->append(ch);
            continue;
        }
        // auth-params, comma-separated, until the next thing that is not `name=`.
        while (true) {
            sc.skipSpaceAndCommas();
            if (sc.atEnd() || !sc.looksLikeParam())
                break;
            const QByteArray name = sc.token().toLower();
            sc.skipSpace();
            sc.advance(); // '='
            sc.skipSpace();
            QByteArray v;
            if (sc.peek() == '"') {
                if (!sc.quoted(&v)) {
                    out->append(ch);
                    return;
                }
            } else {
                v = sc.token();
            }
            ch.params.append({name, QString::fromUtf8(v)});
        }
        out->append(ch);
    }
}

} // namespace

QString WwwAuthChallenge::param(const QByteArray &name) const
{
    const QByteArray n = name.toLower();
    for (const auto &[k, v] : params)
        if (k == n)
            return v;
    return {};
}

bool WwwAuthChallenge::hasParam(const QByteArray &name) const
{
    const QByteArray n = name.toLower();
    for (const auto &p : params)
        if (p.first == n)
            return true;
    return false;
}

QList<WwwAuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &headerValues)
{
    QList<WwwAuthChallenge> out;
    for (const QByteArray &v : headerValues)
        parseOne(v, &out);
    return out;
}

BearerChallenge bearerChallenge(const QList<QByteArray> &headerValues)
{
    BearerChallenge b;
    for (const WwwAuthChallenge &c : parseWwwAuthenticate(headerValues)) {
        if (c.scheme != "bearer")
            continue;
        b.present = true;
        b.resourceMetadata = c.param("resource_metadata");
        b.scope = c.param("scope");
        b.error = c.param("error");
        b.errorDescription = c.param("error_description");
        break;
    }
    return b;
}

} // namespace mcpc::oauth
