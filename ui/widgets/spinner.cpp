#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTimer>

namespace mcpc::ui {

Spinner::Spinner(QWidget *parent, int size)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_size(size)
{
    setFixedSize(size, size);
    setAccessibleName(QCoreApplication::translate("Spinner", "Working"));
    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
    hide();
}

void Spinner::start()
{
    m_running = true;
    show();
    m_timer->start();
}

void Spinner::stop()
{
    m_running = false;
    m_timer->stop();
    hide();
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = qMax(1.5, m_size / 8.0);
    const QRectF r = QRectF(rect()).adjusted(w, w, -w, -w);
    QColor track = palette().color(QPalette::Highlight);
    track.setAlphaF(0.2);
    p.setPen(QPen(track, w));
    p.drawEllipse(r);
    p.setPen(QPen(palette().color(QPalette::Highlight), w, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

void Spinner::showEvent(QShowEvent *)
{
    if (m_running)
        m_timer->start();
}

void Spinner::hideEvent(QHideEvent *)
{
    m_timer->stop();
}

} // namespace mcpc::ui
