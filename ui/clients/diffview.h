#pragma once

#include <QPlainTextEdit>

namespace mcpc::ui {

// A read-only unified diff: monospace, added lines green and removed lines red across
// the whole width, hunk headers in the accent colour. Colours follow the light or dark
// palette.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    void setDiff(const QString &diff);
    QString diff() const { return m_diff; }
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }

private:
    QString m_diff;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace mcpc::ui
