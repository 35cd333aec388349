#include "widgets/statusbadge.h"

#include "style/theme.h"
#include "widgets/spinner.h"
#include "widgets/statusdot.h"

#include <QCoreApplication>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mcpc::ui {

StatusBadge::StatusBadge(QWidget *parent)
    : QFrame(parent)
    , m_dot(new StatusDot(this))
    , m_headline(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_spinner(new Spinner(this, 14))
{
    setObjectName(QStringLiteral("statusBadge"));
    m_headline->setObjectName(QStringLiteral("statusHeadline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("statusHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_headline->font();
    f.setWeight(QFont::DemiBold);
    m_headline->setFont(f);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_dot, 0, Qt::AlignVCenter);
    top->addWidget(m_headline, 1);
    top->addWidget(m_spinner, 0, Qt::AlignVCenter);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(12, 8, 12, 8);
    col->setSpacing(2);
    col->addLayout(top);
    col->addWidget(m_hint);
    setAccessibleName(QCoreApplication::translate("StatusBadge", "Server status"));
    setStatus({});
}

void StatusBadge::setStatus(const ServerStatus &status)
{
    m_status = status;
    m_dot->setState(status.state);
    m_headline->setText(statusHeadline(status));
    QString hint;
    if (status.lastError && !status.lastError->hint.isEmpty())
        hint = status.lastError->hint;
    if (status.state == ServerStatus::State::NeedsLogin && hint.isEmpty())
        hint = tr("Sign in to let MCP Connect use this server.");
    if (hint.isEmpty() && status.checkedAt.isValid())
        hint = tr("Last checked %1").arg(QLocale().toString(status.checkedAt.toLocalTime().time(), QLocale::ShortFormat));
    if (status.state == ServerStatus::State::Connecting)
        hint = tr("Connecting and negotiating the protocol…");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    if (status.checking)
        m_spinner->start();
    else
        m_spinner->stop();
    setAccessibleDescription(m_headline->text() + QLatin1Char('\n') + hint);
    restyle();
}

QString StatusBadge::headline() const
{
    return m_headline->text();
}

QString StatusBadge::hint() const
{
    return m_hint->text();
}

void StatusBadge::restyle()
{
    // The application palette: our own palette is changed by the style sheet we set.
    const QPalette pal = QApplication::palette();
    const QColor c = theme::stateColor(m_status.state, pal);
    const QString css = QStringLiteral("QFrame#statusBadge { background: %1; border: 1px solid %2; border-radius: 8px; }"
                                       "QLabel#statusHint { color: %3; }")
                            .arg(theme::cssColor(theme::tint(c, pal)), theme::cssColor(QColor(c.red(), c.green(), c.blue(), 110)),
                                 theme::cssColor(theme::mutedText(pal)));
    if (styleSheet() != css)
        setStyleSheet(css);
}

} // namespace mcpc::ui
