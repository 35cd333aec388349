#pragma once
// What a person sees, checked on real widgets: every visible input, button and label has
// a non-empty geometry inside its scroll area's viewport (after scrolling to it) and inside
// the window; no page scrolls sideways; no button's text is clipped, unless the button
// shows just an icon and says what it does in a tooltip. Each problem is one line naming
// the widget, so a failure says what to look at (and the screenshot shows it).
#include "widgets/elidedlabel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>

namespace uitest {

// "QPushButton 'Refresh' (ConnectClientsPage)": enough to find it in the code.
inline QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text().isEmpty() ? b->toolTip() : b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(40);
    else
        text = w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName();
    QString owner;
    for (const QWidget *p = w->parentWidget(); p && owner.isEmpty(); p = p->parentWidget())
        if (QString::fromLatin1(p->metaObject()->className()).startsWith(QStringLiteral("mcpc::")))
            owner = QString::fromLatin1(p->metaObject()->className()).section(QStringLiteral("::"), -1);
    return QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(w->metaObject()->className()), text, owner);
}

inline QString withoutMnemonics(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// The scroll area whose viewport holds `w`, if any, below `root`.
inline QAbstractScrollArea *enclosingScrollArea(const QWidget *w, const QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *sa = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); sa && sa->viewport() == p)
            return sa;
    return nullptr;
}

// Scrolls every enclosing scroll area to `w`, then checks it lies inside each viewport
// (sideways fully; up and down at least partly when it is taller than the viewport) and
// inside the window.
inline QString revealAndCheck(QWidget *w, QWidget *window)
{
    QWidget *cur = w;
    while (QAbstractScrollArea *sa = enclosingScrollArea(cur, window)) {
        if (auto *scroll = qobject_cast<QScrollArea *>(sa))
            scroll->ensureWidgetVisible(w, 0, 0);
        const QRect r(w->mapTo(sa->viewport(), QPoint(0, 0)), w->size());
        const QRect vp = sa->viewport()->rect();
        const bool sideways = r.left() >= vp.left() && r.right() <= vp.right();
        // A one-line input or a button must fit whole; a long text may be taller than the viewport.
        const bool whole = r.height() <= vp.height() || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                        || qobject_cast<QAbstractButton *>(w);
        const bool vertical = whole ? (r.top() >= vp.top() && r.bottom() <= vp.bottom()) : r.intersects(vp);
        if (!sideways || !vertical)
            return QStringLiteral("%1 at %2,%3 %4x%5 is outside the viewport %6x%7 of %8")
                .arg(describe(w)).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height()).arg(vp.width()).arg(vp.height())
                .arg(describe(sa));
        cur = sa;
    }
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    if (!window->rect().contains(inWindow))
        return QStringLiteral("%1 at %2,%3 %4x%5 is outside the window").arg(describe(w)).arg(inWindow.x()).arg(inWindow.y())
            .arg(inWindow.width()).arg(inWindow.height());
    return {};
}

// The clipped-text check for a button: the text (and icon) fit the space the style
// gives them, or the button is an icon with a tooltip.
inline QString checkButtonText(QAbstractButton *b)
{
    const QString text = withoutMnemonics(b->text());
    auto *tool = qobject_cast<QToolButton *>(b);
    const bool iconOnly = text.isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly);
    if (iconOnly) {
        if (qobject_cast<QTabBar *>(b->parentWidget()))
            return QStringLiteral("%1: the tab bar scrolls, some tab titles are hidden").arg(describe(b));
        if (text.isEmpty() && !tool && !qobject_cast<QPushButton *>(b))
            return {}; // a check box without a label: its form label says it
        if (b->icon().isNull() || b->toolTip().isEmpty())
            return QStringLiteral("%1 shows no text and lacks an icon or a tooltip").arg(describe(b));
        return {};
    }
    if (auto *push = qobject_cast<QPushButton *>(b)) {
        QStyleOptionButton opt;
        opt.initFrom(push);
        opt.text = push->text();
        opt.icon = push->icon();
        opt.iconSize = push->iconSize();
        opt.features = push->isDefault() ? QStyleOptionButton::DefaultButton : QStyleOptionButton::None;
        if (push->menu())
            opt.features |= QStyleOptionButton::HasMenu;
        const QRect contents = push->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, push);
        const int needed = push->fontMetrics().horizontalAdvance(text) + (push->icon().isNull() ? 0 : push->iconSize().width() + 4);
        if (needed > contents.width())
            return QStringLiteral("%1: text needs %2 px, has %3").arg(describe(b)).arg(needed).arg(contents.width());
        return {};
    }
    if (b->width() < b->sizeHint().width())
        return QStringLiteral("%1: %2 px wide, its text needs %3").arg(describe(b)).arg(b->width()).arg(b->sizeHint().width());
    return {};
}

// A label narrower than its text (or, word-wrapped, than its longest word) is cut off.
inline QString checkLabelText(QLabel *l)
{
    if (l->text().isEmpty() || !l->pixmap().isNull())
        return {};
    const int needed = l->wordWrap() ? l->minimumSizeHint().width() : l->sizeHint().width();
    if (l->width() + 1 < needed)
        return QStringLiteral("%1: %2 px wide, its text needs %3").arg(describe(l)).arg(l->width()).arg(needed);
    return {};
}

inline bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

// Every problem on `root` (a tab), as one line each.
inline QStringList geometryProblems(QWidget *root, QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || w->window() != window)
            continue;
        bool collapsed = false; // in a pane the user collapsed (the server list at width 0)
        for (QWidget *p = w->parentWidget(); p && p != root && !collapsed; p = p->parentWidget())
            collapsed = qobject_cast<QSplitter *>(p->parentWidget()) // QSplitter moves a collapsed pane out of sight
                     && (p->width() == 0 || !p->geometry().intersects(p->parentWidget()->rect()));
        if (collapsed)
            continue;
        if (auto *sa = qobject_cast<QAbstractScrollArea *>(w)) {
            // Data views (the log's table, JSON text) may scroll sideways; pages and forms may not.
            const bool page = qobject_cast<QScrollArea *>(sa) || qobject_cast<QListView *>(sa);
            if (page && sa->horizontalScrollBar()->isVisible())
                problems << QStringLiteral("%1 scrolls sideways").arg(describe(sa));
        }
        if (auto *elided = qobject_cast<mcpc::ui::ElidedLabel *>(w); elided && !elided->text().isEmpty()
            && elided->width() < elided->minimumSizeHint().width())
            problems << QStringLiteral("ElidedLabel '%1' is %2 px wide: not even an ellipsis shows")
                            .arg(elided->text().left(40)).arg(elided->width());
        auto *button = qobject_cast<QAbstractButton *>(w);
        auto *label = qobject_cast<QLabel *>(w);
        if (!button && !label && !isInput(w))
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue; // parts of an input: a combo box's line edit, a line edit's clear button
        if (label && label->text().isEmpty() && label->pixmap().isNull())
            continue; // an empty placeholder label draws nothing
        if (w->width() <= 0 || w->height() <= 0) {
            problems << QStringLiteral("%1 has an empty geometry %2x%3").arg(describe(w)).arg(w->width()).arg(w->height());
            continue;
        }
        if (QString why = revealAndCheck(w, window); !why.isEmpty())
            problems << why;
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->width() < edit->fontMetrics().averageCharWidth() * 12)
            problems << QStringLiteral("%1 is %2 px wide: too narrow to read or type into").arg(describe(w)).arg(w->width());
        if (button)
            if (QString why = checkButtonText(button); !why.isEmpty())
                problems << why;
        if (label)
            if (QString why = checkLabelText(label); !why.isEmpty())
                problems << why;
    }
    return problems;
}

} // namespace uitest
