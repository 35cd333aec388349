#pragma once

#include <QByteArrayView>
#include <QString>

namespace mcpc {

// UTF-8 to QString keeping every character. QString::fromUtf8 (and fromStdString) drops a
// leading U+FEFF as a byte-order mark, which is right for a whole file but wrong for a
// piece of one: a config key "\uFEFFmy-server" became "my-server", so the TOML editor took
// another entry for ours (fuzz_toml), and a URL query lost a character (fuzz_urls).
QString utf8ToString(QByteArrayView bytes);

} // namespace mcpc
