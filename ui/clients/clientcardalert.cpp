#include "clients/clientcardalert.h"

#include "clients/clientconfigservice.h"
#include "clients/clientmessages.h"
#include "clients/clientvisuals.h"

#include <QCoreApplication>
#include <QPushButton>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;

ClientCardAlert::ClientCardAlert(const QString &clientName, const QString &home, QWidget *parent)
    : Banner(parent)
    , m_clientName(clientName)
    , m_home(home)
{
    setObjectName(u"cardAlert"_s);
    setAccessibleName(QCoreApplication::translate("ClientCardAlert", "%1 problem").arg(clientName));
    connect(this, &Banner::actionTriggered, this, &ClientCardAlert::onAction);
    connect(this, &Banner::dismissed, this, [this] { m_kind = Kind::None; });
}

void ClientCardAlert::show(Kind kind, const QString &html, Chip::Tone tone, const QString &action)
{
    showMessage(html, tone, action);
    m_kind = kind; // after showMessage: it settles the previous message first
}

void ClientCardAlert::showState(const ClientCardState &state, bool connected)
{
    if (state.status.problem || state.error) {
        if (m_kind == Kind::None || m_kind == Kind::Problem || m_kind == Kind::Drift)
            show(Kind::Problem, clientmessages::fileProblem(state, m_home), Chip::Tone::Error,
                 state.status.configExists ? tr("Open file") : QString());
    } else if (m_kind == Kind::Problem) {
        dismiss();
    }
    // Drift is settled once the entry is ours and current again.
    if (m_drift && connected && state.status.state == EntryState::Ours) {
        m_drift.reset();
        if (m_kind == Kind::Drift)
            dismiss();
    }
}

void ClientCardAlert::showError(const Error &error, Kind kind)
{
    QString html = clientvisuals::errorHtml(error, m_home);
    QString action;
    if (kind == Kind::UndoRefused) {
        html = tr("<b>Not undone.</b> ") + html + tr(" Restoring the backup anyway discards those changes.");
        action = tr("Restore anyway");
    } else {
        html = tr("<b>Nothing was written.</b> ") + html;
        if (kind == Kind::WriteRefused)
            action = tr("Review again");
    }
    show(kind, html, Chip::Tone::Error, action);
}

void ClientCardAlert::showDrift(const DriftReport &report)
{
    m_drift = report;
    const QString action = report.kind == DriftReport::Kind::Unreadable ? tr("Open file") : tr("Reconnect");
    if (m_kind != Kind::Problem || report.kind == DriftReport::Kind::Unreadable)
        show(Kind::Drift, clientmessages::drift(report, m_clientName, m_home), Chip::Tone::Warning, action);
}

void ClientCardAlert::clearErrors()
{
    if (m_kind != Kind::Problem && m_kind != Kind::Drift)
        dismiss();
}

void ClientCardAlert::onAction()
{
    const Kind kind = std::exchange(m_kind, Kind::None);
    switch (kind) {
    case Kind::Problem: Q_EMIT actionRequested(Action::OpenFile); break;
    case Kind::UndoRefused: Q_EMIT actionRequested(Action::UndoAnyway); break;
    case Kind::WriteRefused: Q_EMIT actionRequested(Action::Review); break;
    case Kind::Drift:
        Q_EMIT actionRequested(m_drift && m_drift->kind == DriftReport::Kind::Unreadable ? Action::OpenFile : Action::Reconnect);
        break;
    case Kind::Error:
    case Kind::None: break;
    }
}

} // namespace mcpc::ui
