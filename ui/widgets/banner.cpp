#include "widgets/banner.h"

#include "style/theme.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace mcpc::ui {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("banner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setToolTip(QCoreApplication::translate("Banner", "Dismiss"));
    m_close->setAccessibleName(QCoreApplication::translate("Banner", "Dismiss notification"));
    m_timer->setSingleShot(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 6, 6);
    row->setSpacing(10);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_action);
    row->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] { finish(true, false); });
    connect(m_close, &QToolButton::clicked, this, [this] { finish(false, false); });
    connect(m_timer, &QTimer::timeout, this, [this] { finish(false, true); });
    setAccessibleName(QCoreApplication::translate("Banner", "Notification"));
    hide();
}

void Banner::showMessage(const QString &text, Chip::Tone tone, const QString &actionText, int timeoutMs)
{
    if (m_active)
        finish(false, false); // the previous message is settled first (e.g. a pending removal)
    m_tone = tone;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_active = true;
    restyle();
    show();
    if (timeoutMs > 0)
        m_timer->start(timeoutMs);
    else
        m_timer->stop();
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::dismiss()
{
    finish(false, false);
}

void Banner::finish(bool action, bool timedOut)
{
    if (!m_active)
        return;
    m_active = false;
    m_timer->stop();
    hide();
    if (action)
        Q_EMIT actionTriggered();
    else
        Q_EMIT dismissed(timedOut);
}

void Banner::restyle()
{
    // The application palette: our own palette is changed by the style sheet we set.
    const QPalette pal = QApplication::palette();
    QColor c;
    switch (m_tone) {
    case Chip::Tone::Neutral:
    case Chip::Tone::Info: c = theme::accentColor(pal); break;
    case Chip::Tone::Success: c = theme::successColor(pal); break;
    case Chip::Tone::Warning: c = theme::warningColor(pal); break;
    case Chip::Tone::Error: c = theme::errorColor(pal); break;
    }
    const QString css = QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-radius: 8px; }")
                            .arg(theme::cssColor(theme::tint(c, pal)), theme::cssColor(QColor(c.red(), c.green(), c.blue(), 110)));
    if (styleSheet() != css)
        setStyleSheet(css);
    const bool warn = m_tone == Chip::Tone::Warning || m_tone == Chip::Tone::Error;
    m_icon->setPixmap(icons::icon(warn ? icons::Icon::Warning : icons::Icon::Overview, c).pixmap(16, 16));
    m_close->setIcon(icons::icon(icons::Icon::Close, theme::mutedText(pal)));
}

} // namespace mcpc::ui
