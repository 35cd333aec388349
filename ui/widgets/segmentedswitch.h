#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace mcpc::ui {

// A row of joined, mutually exclusive buttons ("Call | Load"): switches between views of
// one thing, in a line it shares with other controls rather than a tab bar of its own.
class SegmentedSwitch : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentedSwitch(const QStringList &labels, QWidget *parent = nullptr);

    int currentIndex() const;
    void setCurrentIndex(int index); // emits currentChanged when it changes
    QToolButton *button(int index) const;
    int count() const;

Q_SIGNALS:
    void currentChanged(int index);

private:
    QButtonGroup *m_group;
};

} // namespace mcpc::ui
