#include "widgets/fitscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace mcpc::ui {

FitScrollArea::FitScrollArea(QWidget *parent)
    : QScrollArea(parent)
    , m_minVisible(fontMetrics().height() * 4)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void FitScrollArea::setMaximumHintHeight(int height)
{
    m_maxHint = height;
    updateGeometry();
}

void FitScrollArea::setMinimumVisibleHeight(int height)
{
    m_minVisible = height;
    updateGeometry();
}

int FitScrollArea::contentHeight() const
{
    const QWidget *content = widget();
    if (!content)
        return 0;
    // The content's height at the width it will get, for word-wrapped descriptions.
    const int w = viewport()->width() > 0 ? viewport()->width() : content->sizeHint().width();
    const int h = content->hasHeightForWidth() ? content->heightForWidth(w) : -1;
    return qMax(h, content->sizeHint().height());
}

QSize FitScrollArea::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const QWidget *content = widget();
    int h = contentHeight() + frame;
    if (m_maxHint > 0)
        h = qMin(h, m_maxHint);
    const int w = (content ? content->sizeHint().width() : 0) + frame + verticalScrollBar()->sizeHint().width();
    return {w, qMax(h, minimumSizeHint().height())};
}

QSize FitScrollArea::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    const QWidget *content = widget();
    const int contentMin = content ? content->minimumSizeHint().width() : 0;
    const int h = qMax(1, qMin(contentHeight(), m_minVisible)) + frame;
    return {contentMin + frame + verticalScrollBar()->sizeHint().width(), h};
}

bool FitScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout changed (a field added, shown or hidden): ask the parent layout
    // for the new height. This is the moment the new size hint is known, unlike right
    // after the change, when freshly added children are not yet shown.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace mcpc::ui
