#include "widgets/emptystate.h"

#include "style/theme.h"

#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace mcpc::ui {

EmptyState::EmptyState(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QVBoxLayout)
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    // Wrapped labels go in without layout alignment flags: with one, the layout ignores
    // their height-for-width and clips them. The column's width is capped instead.
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_text->setPalette(pal);

    auto *column = new QWidget(this);
    column->setMaximumWidth(480);
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(12, 0, 12, 0);
    inner->addWidget(m_title);
    inner->addSpacing(6);
    inner->addWidget(m_text);
    inner->addSpacing(16);
    m_buttons->setSpacing(8);
    inner->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *col = new QVBoxLayout(this);
    col->addStretch(1);
    col->addLayout(row);
    col->addStretch(2);
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *b = new QPushButton(text, this);
    b->setMinimumWidth(200);
    if (m_buttons->count() == 0)
        b->setDefault(true);
    else
        b->setFlat(false);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(b);
    row->addStretch(1);
    m_buttons->addLayout(row);
    return b;
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

} // namespace mcpc::ui
