#include "widgets/chip.h"

#include "style/theme.h"

#include <QApplication>

namespace mcpc::ui {

Chip::Chip(const QString &text, Tone tone, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    restyle();
}

void Chip::setTone(Tone tone)
{
    m_tone = tone;
    restyle();
}

void Chip::restyle()
{
    // The application palette: our own palette is changed by the style sheet we set.
    const QPalette pal = QApplication::palette();
    QColor fg;
    switch (m_tone) {
    case Tone::Neutral: fg = theme::mutedText(pal); break;
    case Tone::Info: fg = theme::accentColor(pal); break;
    case Tone::Success: fg = theme::successColor(pal); break;
    case Tone::Warning: fg = theme::warningColor(pal); break;
    case Tone::Error: fg = theme::errorColor(pal); break;
    }
    // Set on the object only (no cascade), so a palette change cannot loop back here.
    const QString css = QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; border-radius: 9px;"
                                       " padding: 1px 8px; font-size: 9pt; font-weight: 600; }")
                            .arg(theme::cssColor(fg), theme::cssColor(theme::tint(fg, pal)),
                                 theme::cssColor(QColor(fg.red(), fg.green(), fg.blue(), 90)));
    if (styleSheet() != css)
        setStyleSheet(css);
}

} // namespace mcpc::ui
