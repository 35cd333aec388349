#include "widgets/collapsiblebutton.h"

#include <QStyle>
#include <QStyleOptionButton>

namespace mcpc::ui {

CollapsibleButton::CollapsibleButton(const QString &label, QWidget *parent)
    : QPushButton(label, parent)
    , m_label(label)
{
    apply();
}

void CollapsibleButton::setLabel(const QString &label)
{
    m_label = label;
    apply();
}

void CollapsibleButton::setDescription(const QString &description)
{
    m_description = description;
    apply();
}

void CollapsibleButton::setCollapsed(bool collapsed)
{
    if (m_collapsed == collapsed)
        return;
    m_collapsed = collapsed;
    apply();
}

void CollapsibleButton::apply()
{
    QString plain = m_label;
    plain.remove(QLatin1Char('&'));
    setText(m_collapsed ? QString() : m_label);
    setAccessibleName(plain);
    // Collapsed, the tooltip is the only place the label is written.
    setToolTip(m_collapsed ? (m_description.isEmpty() ? plain : plain + QStringLiteral(": ") + m_description) : m_description);
}

int CollapsibleButton::widthFor(const QString &text) const
{
    // As QPushButton::sizeHint() measures, for a text the button does not show right now.
    QStyleOptionButton opt;
    opt.initFrom(this);
    opt.text = text;
    opt.icon = icon();
    opt.iconSize = iconSize();
    opt.features = isDefault() ? QStyleOptionButton::DefaultButton : QStyleOptionButton::None;
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    int w = plain.isEmpty() ? 0 : fontMetrics().horizontalAdvance(plain);
    int h = fontMetrics().height();
    if (!icon().isNull()) {
        w += iconSize().width() + (plain.isEmpty() ? 0 : 4);
        h = qMax(h, iconSize().height());
    }
    return style()->sizeFromContents(QStyle::CT_PushButton, &opt, QSize(w, h), this).width();
}

int CollapsibleButton::expandedWidth() const
{
    return widthFor(m_label);
}

int CollapsibleButton::collapsedWidth() const
{
    return widthFor(QString());
}

} // namespace mcpc::ui
