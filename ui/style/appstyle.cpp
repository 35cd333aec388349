#include "style/appstyle.h"

#include "widgets/paintediconengine.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOptionTab>
#include <QTabBar>

namespace mcpc::ui {

namespace {

constexpr int kTabPaddingX = 14;  // each side of a tab's text
constexpr int kTabPaddingY = 7;
constexpr int kTabGap = 4;        // between two tabs
constexpr int kUnderline = 2;     // the selected tab's accent line
constexpr qreal kCardRadius = 10;

bool isCard(const QWidget *widget)
{
    return widget && widget->objectName() == QLatin1String("card");
}

} // namespace

AppStyle::AppStyle(const Colors &colors)
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    , m_colors(colors)
{
}

void AppStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (widget->objectName() == QLatin1String("serverListPanel")) {
        QPalette p = widget->palette();
        p.setColor(QPalette::Window, m_colors.sidebar);
        widget->setPalette(p);
        widget->setAutoFillBackground(true);
    } else if (qobject_cast<QTabBar *>(widget)) {
        widget->setAttribute(Qt::WA_Hover); // the unselected tab's hover colour
    }
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    switch (element) {
    case CE_ShapedFrame:
        if (isCard(widget)) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(m_colors.border, 1));
            painter->setBrush(m_colors.card);
            painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), kCardRadius, kCardRadius);
            painter->restore();
            return;
        }
        break;
    case CE_TabBarTabShape:
        // Flat: no tab outline, only the selected tab's underline.
        if (option->state & State_Selected) {
            const QRect r = option->rect.adjusted(0, 0, -kTabGap, 0);
            painter->fillRect(QRect(r.left(), r.bottom() - kUnderline + 1, r.width(), kUnderline), m_colors.accent);
        }
        return;
    case CE_TabBarTabLabel:
        if (const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option)) {
            QStyleOptionTab copy(*tab);
            const bool strong = (tab->state & State_Selected) || (tab->state & State_MouseOver);
            const QColor color = strong ? m_colors.text : m_colors.mutedText;
            copy.palette.setColor(QPalette::WindowText, color);
            copy.palette.setColor(QPalette::ButtonText, color);
            copy.rect = tab->rect.adjusted(0, 0, -kTabGap, 0);
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    switch (element) {
    case PE_FrameTabWidget: // the pane: one line under the tab bar, no box
        painter->fillRect(QRect(option->rect.left(), option->rect.top(), option->rect.width(), 1), m_colors.border);
        return;
    case PE_FrameTabBarBase:
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_TabBarTabHSpace:
        return 2 * kTabPaddingX + kTabGap;
    case PM_TabBarTabVSpace:
        return 2 * kTabPaddingY + kUnderline;
    case PM_TabBarTabShiftVertical:
    case PM_TabBarTabShiftHorizontal:
    case PM_TabBarTabOverlap:
    case PM_TabBarBaseOverlap:
        return 0;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    const bool horizontal = icon == SP_ToolBarHorizontalExtensionButton;
    const QColor color = m_colors.text;
    // "»" (or its downward twin): two chevrons, drawn when first shown.
    auto draw = [horizontal, color](const QSize &size, QIcon::Mode mode) {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QColor c = color;
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4);
        p.setPen(QPen(c, qMax(1.0, size.width() / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal w = size.width(), h = size.height();
        for (const qreal at : {0.3, 0.55}) {
            QPainterPath path;
            if (horizontal) {
                path.moveTo(w * at, h * 0.3);
                path.lineTo(w * (at + 0.15), h * 0.5);
                path.lineTo(w * at, h * 0.7);
            } else {
                path.moveTo(w * 0.3, h * at);
                path.lineTo(w * 0.5, h * (at + 0.15));
                path.lineTo(w * 0.7, h * at);
            }
            p.drawPath(path);
        }
        return pm;
    };
    return QIcon(new PaintedIconEngine(draw, {QSize(16, 16), QSize(32, 32)}));
}

} // namespace mcpc::ui
