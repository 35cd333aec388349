#include "widgets/paintediconengine.h"

#include <QPainter>

namespace mcpc::ui {

PaintedIconEngine::PaintedIconEngine(Painter painter, QList<QSize> sizes)
    : m_painter(std::move(painter))
    , m_sizes(std::move(sizes))
{
}

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    if (size.isEmpty())
        return {};
    // Active and Selected look like Normal; only Disabled is drawn differently.
    const QIcon::Mode drawn = mode == QIcon::Disabled ? QIcon::Disabled : QIcon::Normal;
    const quint64 key = (quint64(quint16(size.width())) << 32) | (quint64(quint16(size.height())) << 16) | quint64(drawn);
    auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd())
        it = m_cache.insert(key, m_painter(size, drawn));
    return *it;
}

void PaintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap(rect.size() * dpr, mode, state);
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, pm);
}

QSize PaintedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size; // drawn at any size
}

QList<QSize> PaintedIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return m_sizes;
}

QIconEngine *PaintedIconEngine::clone() const
{
    return new PaintedIconEngine(*this);
}

QString PaintedIconEngine::key() const
{
    return QStringLiteral("mcpc-painted");
}

} // namespace mcpc::ui
