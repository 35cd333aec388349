#pragma once

#include <QStyledItemDelegate>

namespace mcpc::ui {

// Two-line rows: status dot, bold name, muted URL (elided in the middle, where URLs
// differ least), and a small "http" warning mark for insecure remote URLs.
class ServerListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mcpc::ui
