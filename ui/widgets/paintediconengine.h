#pragma once

#include <QHash>
#include <QIconEngine>
#include <QPixmap>

#include <functional>

namespace mcpc::ui {

// An icon drawn on demand: a pixmap is painted the first time a size and mode is asked
// for, then kept. Drawing every size of every icon up front (9 pixmaps each, dozens of
// icons per server page) was a large part of the time before the window's first paint.
class PaintedIconEngine : public QIconEngine
{
public:
    using Painter = std::function<QPixmap(const QSize &size, QIcon::Mode mode)>;
    PaintedIconEngine(Painter painter, QList<QSize> sizes);

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    Painter m_painter;
    QList<QSize> m_sizes;
    QHash<quint64, QPixmap> m_cache; // (width, height, mode) -> pixmap
};

} // namespace mcpc::ui
