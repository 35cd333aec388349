#include "servers/serverlistdelegate.h"

#include "servers/serverlistmodel.h"
#include "style/theme.h"
#include "widgets/statusdot.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace mcpc::ui {

namespace {
constexpr int kPadX = 12;
constexpr int kDot = 10;
}

QSize ServerListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.height() * 2 + 20};
}

void ServerListDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(6, 2, -6, -2);
    if (selected || hovered) {
        QColor bg = pal.color(QPalette::Highlight);
        bg.setAlphaF(selected ? (theme::isDark(pal) ? 0.35 : 0.16) : 0.07);
        QPainterPath path;
        path.addRoundedRect(card, 7, 7);
        p->fillPath(path, bg);
    }
    if ((option.state & QStyle::State_HasFocus) && selected) {
        QColor ring = pal.color(QPalette::Highlight);
        ring.setAlphaF(0.6);
        p->setPen(QPen(ring, 1));
        p->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    }

    const auto state = ServerStatus::State(index.data(ServerListModel::StateRole).toInt());
    const QFontMetrics fm(option.font);
    const int lineH = fm.height();
    const int top = option.rect.top() + (option.rect.height() - 2 * lineH - 2) / 2;
    const QRectF dot(option.rect.left() + kPadX + 4, top + (lineH - kDot) / 2.0, kDot, kDot);
    StatusDot::paintDot(p, dot, state, pal);

    const int textLeft = int(dot.right()) + 10;
    const int textWidth = option.rect.right() - textLeft - kPadX;
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    const QString name = index.data(ServerListModel::NameRole).toString();
    p->drawText(QRect(textLeft, top, textWidth, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(name, Qt::ElideRight, textWidth));

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    p->setFont(small);
    const bool insecure = index.data(ServerListModel::InsecureRole).toBool();
    // Amber marks plain HTTP to another machine; on the selection tint plain text reads better
    // (the page header shows the "Insecure HTTP" chip anyway).
    p->setPen(selected ? pal.color(QPalette::Text) : insecure ? theme::warningColor(pal) : theme::mutedText(pal));
    const QString target = index.data(ServerListModel::TargetRole).toString();
    p->drawText(QRect(textLeft, top + lineH + 2, textWidth, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(target, Qt::ElideMiddle, textWidth));
    p->restore();
}

} // namespace mcpc::ui
