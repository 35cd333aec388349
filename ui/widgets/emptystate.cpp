#include "widgets/emptystate.h"

#include "style/theme.h"

#include <QLabel>
#include <QPushButton>
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
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(420);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_text->setPalette(pal);

    auto *col = new QVBoxLayout(this);
    col->addStretch(1);
    col->addWidget(m_title, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(m_text, 0, Qt::AlignHCenter);
    col->addSpacing(16);
    m_buttons->setSpacing(8);
    col->addLayout(m_buttons);
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
    m_buttons->addWidget(b, 0, Qt::AlignHCenter);
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
