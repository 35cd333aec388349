#include "widgets/icons.h"

#include "widgets/paintediconengine.h"

#include <QCoreApplication>
#include <QHash>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace mcpc::ui::icons {

namespace {

// Draws on a 16x16 grid; scaled for each pixmap size.
void draw(QPainter &p, Icon which)
{
    switch (which) {
    case Icon::Add:
        p.drawLine(QPointF(8, 3), QPointF(8, 13));
        p.drawLine(QPointF(3, 8), QPointF(13, 8));
        break;
    case Icon::Refresh: {
        p.drawArc(QRectF(3, 3, 10, 10), 60 * 16, 270 * 16);
        QPainterPath arrow;
        arrow.moveTo(10.2, 1.8);
        arrow.lineTo(11.6, 4.4);
        arrow.lineTo(8.8, 5.2);
        p.drawPath(arrow);
        break;
    }
    case Icon::SignIn:
        p.drawEllipse(QRectF(2.5, 5.5, 5, 5));
        p.drawLine(QPointF(7.5, 8), QPointF(13.5, 8));
        p.drawLine(QPointF(11.5, 8), QPointF(11.5, 10.5));
        p.drawLine(QPointF(13.5, 8), QPointF(13.5, 10));
        break;
    case Icon::Edit:
        p.drawLine(QPointF(3, 13), QPointF(4, 10));
        p.drawLine(QPointF(4, 10), QPointF(11, 3));
        p.drawLine(QPointF(11, 3), QPointF(13, 5));
        p.drawLine(QPointF(13, 5), QPointF(6, 12));
        p.drawLine(QPointF(6, 12), QPointF(3, 13));
        break;
    case Icon::Remove:
        p.drawLine(QPointF(3, 4.5), QPointF(13, 4.5));
        p.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 2.5));
        p.drawLine(QPointF(6.5, 2.5), QPointF(9.5, 2.5));
        p.drawLine(QPointF(9.5, 2.5), QPointF(9.5, 4.5));
        p.drawRoundedRect(QRectF(4.5, 4.5, 7, 9), 1, 1);
        break;
    case Icon::Copy:
        p.drawRoundedRect(QRectF(5.5, 5.5, 8, 8), 1.5, 1.5);
        p.drawLine(QPointF(2.5, 10.5), QPointF(2.5, 3.5));
        p.drawLine(QPointF(2.5, 2.5), QPointF(9.5, 2.5));
        break;
    case Icon::Search:
        p.drawEllipse(QRectF(2.5, 2.5, 8, 8));
        p.drawLine(QPointF(9.5, 9.5), QPointF(13.5, 13.5));
        break;
    case Icon::Run: {
        QPainterPath tri;
        tri.moveTo(4.5, 3);
        tri.lineTo(13, 8);
        tri.lineTo(4.5, 13);
        tri.closeSubpath();
        p.setBrush(p.pen().color());
        p.drawPath(tri);
        break;
    }
    case Icon::Stop:
        p.setBrush(p.pen().color());
        p.drawRoundedRect(QRectF(4, 4, 8, 8), 1.5, 1.5);
        break;
    case Icon::Server:
        p.drawRoundedRect(QRectF(2.5, 2.5, 11, 4.5), 1.5, 1.5);
        p.drawRoundedRect(QRectF(2.5, 9, 11, 4.5), 1.5, 1.5);
        p.drawPoint(QPointF(5, 4.75));
        p.drawPoint(QPointF(5, 11.25));
        break;
    case Icon::Plug:
        p.drawLine(QPointF(6, 2), QPointF(6, 5));
        p.drawLine(QPointF(10, 2), QPointF(10, 5));
        p.drawRoundedRect(QRectF(4, 5, 8, 4.5), 1.5, 1.5);
        p.drawLine(QPointF(8, 9.5), QPointF(8, 14));
        break;
    case Icon::Log:
        for (double y : {4.0, 8.0, 12.0})
            p.drawLine(QPointF(3, y), QPointF(y == 12.0 ? 9.0 : 13.0, y));
        break;
    case Icon::Tools:
        p.drawLine(QPointF(3, 13), QPointF(9, 7));
        p.drawEllipse(QRectF(8.5, 2.5, 5, 5));
        break;
    case Icon::Overview:
        p.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 2, 2);
        p.drawLine(QPointF(5, 6), QPointF(11, 6));
        p.drawLine(QPointF(5, 9), QPointF(9, 9));
        break;
    case Icon::Close:
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
        break;
    case Icon::Warning: {
        QPainterPath tri;
        tri.moveTo(8, 2.5);
        tri.lineTo(14, 13.5);
        tri.lineTo(2, 13.5);
        tri.closeSubpath();
        p.drawPath(tri);
        p.drawLine(QPointF(8, 6.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 11.5));
        break;
    }
    case Icon::Folder: {
        QPainterPath f;
        f.moveTo(2, 4);
        f.lineTo(6, 4);
        f.lineTo(7.5, 5.5);
        f.lineTo(14, 5.5);
        f.lineTo(14, 12.5);
        f.lineTo(2, 12.5);
        f.closeSubpath();
        p.drawPath(f);
        break;
    }
    case Icon::File: {
        QPainterPath f;
        f.moveTo(4, 2);
        f.lineTo(9.5, 2);
        f.lineTo(12.5, 5);
        f.lineTo(12.5, 14);
        f.lineTo(4, 14);
        f.closeSubpath();
        p.drawPath(f);
        p.drawLine(QPointF(9.5, 2), QPointF(9.5, 5));
        p.drawLine(QPointF(9.5, 5), QPointF(12.5, 5));
        break;
    }
    case Icon::More:
        p.setBrush(p.pen().color());
        for (double x : {3.5, 8.0, 12.5})
            p.drawEllipse(QPointF(x, 8), 0.9, 0.9);
        break;
    case Icon::Undo: {
        p.drawArc(QRectF(4, 4.5, 9, 8), 90 * 16, -200 * 16);
        QPainterPath arrow;
        arrow.moveTo(6.5, 2.5);
        arrow.lineTo(3.8, 4.6);
        arrow.lineTo(6.5, 6.8);
        p.drawPath(arrow);
        p.drawLine(QPointF(4, 4.6), QPointF(8.5, 4.5));
        break;
    }
    case Icon::Link:
        p.drawRoundedRect(QRectF(1.5, 6, 7, 4), 2, 2);
        p.drawRoundedRect(QRectF(7.5, 6, 7, 4), 2, 2);
        break;
    case Icon::Eye:
        p.drawEllipse(QRectF(1.5, 4.5, 13, 7));
        p.setBrush(p.pen().color());
        p.drawEllipse(QPointF(8, 8), 1.6, 1.6);
        break;
    case Icon::Lock:
    case Icon::Unlocked:
        p.drawRoundedRect(QRectF(3.5, 7, 9, 6.5), 1.5, 1.5);
        if (which == Icon::Lock)
            p.drawArc(QRectF(5, 2.5, 6, 8), 0, 180 * 16);
        else
            p.drawArc(QRectF(8, 1.5, 6, 8), 20 * 16, 160 * 16);
        if (which == Icon::Lock) {
            p.drawLine(QPointF(5, 6.5), QPointF(5, 7));
            p.drawLine(QPointF(11, 6.5), QPointF(11, 7));
        } else {
            p.drawLine(QPointF(8, 5.5), QPointF(8, 7));
        }
        p.drawPoint(QPointF(8, 10.25));
        break;
    }
}

QPixmap render(Icon which, const QColor &color, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    QPen pen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    draw(p, which);
    return pm;
}

// The icons made so far, dropped with the application object (pixmaps must not outlive it).
QHash<QPair<int, QRgb>, QIcon> &madeIcons()
{
    static QHash<QPair<int, QRgb>, QIcon> made;
    static const bool cleared = [] {
        qAddPostRoutine([] { madeIcons().clear(); });
        return true;
    }();
    Q_UNUSED(cleared);
    return made;
}

} // namespace

QIcon icon(Icon which, const QColor &color)
{
    // One shared icon per glyph and colour: its engine keeps the sizes drawn so far.
    QHash<QPair<int, QRgb>, QIcon> &made = madeIcons();
    const QPair<int, QRgb> key{int(which), color.rgba()};
    if (auto it = made.constFind(key); it != made.constEnd())
        return *it;
    const QIcon result(new PaintedIconEngine(
        [which, color](const QSize &size, QIcon::Mode mode) {
            QColor c = color;
            if (mode == QIcon::Disabled)
                c.setAlphaF(0.35);
            return render(which, c, qMin(size.width(), size.height()));
        },
        {QSize(16, 16), QSize(20, 20), QSize(24, 24), QSize(32, 32), QSize(48, 48)}));
    made.insert(key, result);
    return result;
}

QIcon appIcon()
{
    // Key -1: not a glyph; kept with them.
    QHash<QPair<int, QRgb>, QIcon> &made = madeIcons();
    if (auto it = made.constFind({-1, 0}); it != made.constEnd())
        return *it;
    const QIcon result(new PaintedIconEngine(
        [](const QSize &size, QIcon::Mode) {
            const int side = qMin(size.width(), size.height());
            QPixmap pm(side, side);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(side / 64.0, side / 64.0);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2d, 0x6c, 0xdf));
            p.drawRoundedRect(QRectF(4, 4, 56, 56), 14, 14);
            p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(22, 32), 7, 7);
            p.drawEllipse(QPointF(42, 32), 7, 7);
            p.drawLine(QPointF(29, 32), QPointF(35, 32));
            return pm;
        },
        // The sizes a window manager is given (_NET_WM_ICON); any other is drawn when asked for.
        {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)}));
    made.insert({-1, 0}, result);
    return result;
}

} // namespace mcpc::ui::icons
