#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mcpc::ui {

// Colours JSON keys, strings, numbers and literals in a QTextDocument (log frames,
// structured tool results, the JSON argument editor).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

// Monospace font at the UI's size, for JSON and frames.
QFont monospaceFont();

} // namespace mcpc::ui
