#include "clients/diffview.h"

#include "style/theme.h"
#include "widgets/jsonhighlighter.h"

#include <QCoreApplication>
#include <QApplication>
#include <QTextBlock>

namespace mcpc::ui {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(monospaceFont());
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(QCoreApplication::translate("DiffView", "Changes to the config file"));
    setTabChangesFocus(true);
}

void DiffView::setDiff(const QString &diff)
{
    m_diff = diff;
    m_added = m_removed = 0;
    setPlainText(diff);
    const QPalette pal = QApplication::palette();
    const bool dark = theme::isDark(pal);
    const QColor green = theme::successColor(pal);
    const QColor red = theme::errorColor(pal);
    QTextCharFormat added, removed, hunk, header;
    added.setBackground(QColor(green.red(), green.green(), green.blue(), dark ? 60 : 38));
    added.setForeground(dark ? QColor(0xb8, 0xf0, 0xc8) : QColor(0x0f, 0x5c, 0x26));
    added.setProperty(QTextFormat::FullWidthSelection, true);
    removed.setBackground(QColor(red.red(), red.green(), red.blue(), dark ? 60 : 34));
    removed.setForeground(dark ? QColor(0xff, 0xc4, 0xc4) : QColor(0x8f, 0x1b, 0x1b));
    removed.setProperty(QTextFormat::FullWidthSelection, true);
    hunk.setForeground(theme::accentColor(pal));
    hunk.setBackground(theme::tint(theme::accentColor(pal), pal));
    hunk.setProperty(QTextFormat::FullWidthSelection, true);
    header.setForeground(theme::mutedText(pal));
    header.setFontWeight(QFont::DemiBold);
    header.setProperty(QTextFormat::FullWidthSelection, true);

    QList<QTextEdit::ExtraSelection> selections;
    for (QTextBlock b = document()->firstBlock(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(b);
        sel.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor); // the text too, not only the line
        if (t.startsWith(QStringLiteral("+++ ")) || t.startsWith(QStringLiteral("--- "))) {
            sel.format = header;
        } else if (t.startsWith(QStringLiteral("@@"))) {
            sel.format = hunk;
        } else if (t.startsWith(u'+')) {
            sel.format = added;
            ++m_added;
        } else if (t.startsWith(u'-')) {
            sel.format = removed;
            ++m_removed;
        } else {
            continue;
        }
        selections.append(sel);
    }
    setExtraSelections(selections);
}

} // namespace mcpc::ui
