#pragma once

#include <QScrollArea>

namespace mcpc::ui {

// A scroll area as tall as its content: its size hint follows the content's size hint
// whenever the content's layout changes (fields added, shown or hidden), up to a cap; a
// parent layout with less room makes it shorter and it scrolls. Never zero: its minimum
// is the content's height up to a few lines. Never sideways: the content is as wide as
// the viewport, and the area is at least as wide as the content's minimum.
//
// QScrollArea's own size hint caches the content's size once (and caps it at 24 lines),
// so a form whose fields change after it was first laid out keeps its old height.
class FitScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FitScrollArea(QWidget *parent = nullptr);

    // The tallest the size hint gets; taller content scrolls. 0 = no cap.
    void setMaximumHintHeight(int height);
    // The shortest the area gets while its content is taller.
    void setMinimumVisibleHeight(int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int contentHeight() const;
    int m_maxHint = 0;
    int m_minVisible = 0;
};

} // namespace mcpc::ui
