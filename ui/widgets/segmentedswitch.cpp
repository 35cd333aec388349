#include "widgets/segmentedswitch.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace mcpc::ui {

SegmentedSwitch::SegmentedSwitch(const QStringList &labels, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_group->setExclusive(true);
    for (int i = 0; i < labels.size(); ++i) {
        auto *b = new QToolButton(this);
        b->setText(labels.at(i));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Reached with the labels' Alt mnemonics, not Tab: Tab goes on to the fields.
        b->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(b, i);
        row->addWidget(b);
    }
    if (QAbstractButton *first = m_group->button(0))
        first->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT currentChanged(id);
    });
}

int SegmentedSwitch::currentIndex() const
{
    return m_group->checkedId();
}

void SegmentedSwitch::setCurrentIndex(int index)
{
    if (QAbstractButton *b = m_group->button(index))
        b->setChecked(true);
}

QToolButton *SegmentedSwitch::button(int index) const
{
    return qobject_cast<QToolButton *>(m_group->button(index));
}

int SegmentedSwitch::count() const
{
    return int(m_group->buttons().size());
}

} // namespace mcpc::ui
