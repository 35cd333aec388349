// URL parsing and link building: query strings and form bodies (UrlQuery, used for the
// OAuth callback and /token), and the one-click install links. Properties: a parsed
// query re-encodes to one that parses to the same items; percent-encoding round-trips;
// an install link carries the name and the entry JSON back out unchanged.

#include "clientconfig/deeplinks.h"
#include "clientconfig/jsonc/jsoncdocument.h"
#include "fuzzcheck.h"
#include "http/urlquery.h"

#include <QUrl>

using namespace mcpc;
using clientconfig::JsonValue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input in(data, size);
    const bool plus = in.byte() & 1;
    const QByteArray text = in.rest();

    const http::UrlQuery query = http::UrlQuery::parse(text, plus);
    const http::UrlQuery again = http::UrlQuery::parse(query.toEncoded());
    FUZZ_CHECK(again.items() == query.items());
    const QString decoded = QString::fromUtf8(text);
    FUZZ_CHECK(http::UrlQuery::percentDecode(http::UrlQuery::percentEncode(decoded), false) == decoded.toUtf8());

    // The input as a server name, and (when it is JSON) as the entry.
    JsonValue entry = JsonValue::object();
    if (auto doc = clientconfig::JsoncDocument::parse(text, clientconfig::JsoncDialect::strictJson()); doc && doc->root() >= 0)
        entry = doc->rootValue();
    const QString name = decoded.left(64);
    const QUrl vscodeWeb(clientconfig::vscodeWebInstallLink(name, entry), QUrl::StrictMode);
    FUZZ_CHECK(vscodeWeb.isValid());
    // Decoded the way the receiving client does (decodeURIComponent), not with QUrlQuery,
    // which rewrites noncharacters such as U+FFFF.
    const http::UrlQuery q = http::UrlQuery::parse(vscodeWeb.query(QUrl::FullyEncoded).toLatin1(), false);
    FUZZ_CHECK(q.value(QStringLiteral("name")).toUtf8() == name.toUtf8());
    FUZZ_CHECK(q.value(QStringLiteral("config")).toUtf8() == entry.toCompactJson());
    const QUrl cursor(clientconfig::cursorInstallLink(name, entry), QUrl::StrictMode);
    FUZZ_CHECK(cursor.isValid());
    const QByteArray config = http::UrlQuery::parse(cursor.query(QUrl::FullyEncoded).toLatin1(), false)
                                  .value(QStringLiteral("config")).toLatin1();
    FUZZ_CHECK(QByteArray::fromBase64(config) == entry.toCompactJson());
    return 0;
}
