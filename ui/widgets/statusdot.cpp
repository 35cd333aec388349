#include "widgets/statusdot.h"

#include "style/theme.h"

#include <QPainter>

namespace mcpc::ui {

StatusDot::StatusDot(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(12, 12);
    setAccessibleName(stateName(m_state));
}

void StatusDot::setState(ServerStatus::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    setAccessibleName(stateName(state));
    update();
}

void StatusDot::paintDot(QPainter *painter, const QRectF &rect, ServerStatus::State state, const QPalette &palette)
{
    const QColor c = theme::stateColor(state, palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (state == ServerStatus::State::Unknown || state == ServerStatus::State::Connecting) {
        // Hollow: nothing known yet. Shape, not only colour, tells the states apart.
        painter->setPen(QPen(c, 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(rect.adjusted(1, 1, -1, -1));
    } else {
        QColor halo = c;
        halo.setAlphaF(0.25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(rect);
        painter->setBrush(c);
        painter->drawEllipse(rect.adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintDot(&p, QRectF(rect()), m_state, palette());
}

} // namespace mcpc::ui
