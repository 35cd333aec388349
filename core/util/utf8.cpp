#include "util/utf8.h"

#include <QStringDecoder>

namespace mcpc {

QString utf8ToString(QByteArrayView bytes)
{
    // ConvertInitialBom: the first U+FEFF is a character like any other. Stateless: each
    // call stands alone, so the decoder holds nothing between pieces.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace mcpc
