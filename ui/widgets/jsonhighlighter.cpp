#include "widgets/jsonhighlighter.h"

#include "style/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QRegularExpression>

namespace mcpc::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = theme::isDark(QApplication::palette());
    m_key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xb0));
    m_string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8e) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf0, 0xb2, 0x7a) : QColor(0xb2, 0x4d, 0x00));
    m_literal.setForeground(dark ? QColor(0xd7, 0x9c, 0xf5) : QColor(0x7b, 0x1f, 0xa2));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b)RX"));
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(1) >= 0)
            setFormat(m.capturedStart(1), m.capturedLength(1), m.capturedLength(2) > 0 ? m_key : m_string);
        else if (m.capturedStart(3) >= 0)
            setFormat(m.capturedStart(3), m.capturedLength(3), m_number);
        else
            setFormat(m.capturedStart(4), m.capturedLength(4), m_literal);
    }
}

QFont monospaceFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(qMax(9.0, QApplication::font().pointSizeF() - 0.5));
    return f;
}

} // namespace mcpc::ui
