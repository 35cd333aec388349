#pragma once
// Shared by the clientconfig tests (header-only: each tst_*.cpp is its own executable).

#include "clientconfig/clientconfigengine.h"
#include "clientconfig/jsonc/jsoncdocument.h"
#include "clientconfig/toml/tomltablescanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <utility>

namespace testhelpers {

using namespace mcpc::clientconfig;

// From ctest's environment, not a compile-time path: this header is in many tests, and
// an absolute path compiled into each would defeat ccache in every other checkout.
inline QString dataDir()
{
    const QString dir = qEnvironmentVariable("MCPC_TEST_DATA_DIR");
    if (dir.isEmpty())
        qFatal("MCPC_TEST_DATA_DIR is not set: run this test through ctest");
    return dir + QStringLiteral("/clientconfig");
}

// A Linux environment rooted in a temp folder: nothing touches the real home.
inline ClientEnvironment tempEnv(const QString &root, HostOs os = HostOs::Linux)
{
    ClientEnvironment env;
    env.os = os;
    env.home = root + QStringLiteral("/home");
    env.xdgConfigHome = env.home + QStringLiteral("/.config");
    env.appData = env.home + QStringLiteral("/AppData/Roaming");
    env.localAppData = env.home + QStringLiteral("/AppData/Local");
    env.dataDir = root + QStringLiteral("/data/mcp-connect");
    QDir().mkpath(env.home);
    return env;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline mcpc::ServerProfile profile(const QString &name, const QString &url)
{
    mcpc::ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}

inline QByteArray stripWsCommas(const QByteArray &s)
{
    QByteArray out;
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',')
            out += c;
    return out;
}

// Every byte of `with` outside [a, b) is in `without`, in place, except whitespace and
// commas at the seam: compares, never eyeballs.
inline bool onlySpanChanged(const QByteArray &without, const QByteArray &with, qsizetype a, qsizetype b)
{
    qsizetype p = 0;
    const qsizetype maxP = std::min(without.size(), with.size());
    while (p < maxP && without[p] == with[p])
        ++p;
    qsizetype s = 0;
    while (s < maxP - p && without[without.size() - 1 - s] == with[with.size() - 1 - s])
        ++s;
    const qsizetype pn = std::min(p, a);
    const qsizetype sn = std::min(s, with.size() - b);
    if (without.size() - sn < pn)
        return false;
    const QByteArray oldRegion = without.mid(pn, without.size() - sn - pn);
    const QByteArray newOutside = with.mid(pn, a - pn) + with.mid(b, with.size() - sn - b);
    return stripWsCommas(oldRegion) == stripWsCommas(newOutside);
}

inline JsoncDialect jsoncDialect(ConfigDialect d)
{
    return d == ConfigDialect::Json ? JsoncDialect::strictJson()
         : d == ConfigDialect::Jsonc ? JsoncDialect::jsonc()
                                     : JsoncDialect::jsonWithComments();
}

// The bytes of what we added at path (the topmost member `before` lacks, or our table).
inline std::pair<qsizetype, qsizetype> addedSpan(ConfigDialect dialect, const QByteArray &before, const QByteArray &after,
                                                 const QStringList &path)
{
    if (dialect == ConfigDialect::Toml) {
        const TomlTableBlock b = TomlTableScanner(after).block(path);
        qsizetype end = b.end;
        while (end > b.start && (after[end - 1] == '\n' || after[end - 1] == '\r'))
            --end;
        return {after.indexOf('[', b.start), end};
    }
    auto doc = JsoncDocument::parse(after, jsoncDialect(dialect));
    auto old = JsoncDocument::parse(before, jsoncDialect(dialect));
    if (!old || old->root() < 0) // the document itself is new
        return {doc->node(doc->root()).offset, doc->node(doc->root()).end()};
    for (qsizetype i = 1; i <= path.size(); ++i) {
        if (!old || old->root() < 0 || old->findPath(path.mid(0, i)) < 0 || i == path.size()) {
            const int n = doc->findPath(path.mid(0, i));
            if (doc->root() >= 0 && n == doc->root())
                return {doc->node(n).offset, doc->node(n).end()};
            return {doc->node(n).keyOffset, doc->node(n).end()};
        }
    }
    return {0, 0};
}

// The bytes of the entry's value (JSON) or whole table (TOML).
inline std::pair<qsizetype, qsizetype> valueSpan(ConfigDialect dialect, const QByteArray &text, const QStringList &path)
{
    if (dialect == ConfigDialect::Toml)
        return addedSpan(dialect, text, text, path);
    auto doc = JsoncDocument::parse(text, jsoncDialect(dialect));
    const int n = doc->findPath(path);
    return {doc->node(n).offset, doc->node(n).end()};
}

inline const char *bigFileFor(ConfigDialect dialect)
{
    switch (dialect) {
    case ConfigDialect::Json: return "big/big.json";
    case ConfigDialect::Toml: return "big/big.toml";
    default: return "big/big.jsonc";
    }
}

} // namespace testhelpers
