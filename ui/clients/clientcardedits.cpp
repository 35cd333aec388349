// ClientCard's edit flow: preview → plan (on the worker thread) → write → undo. The
// card's looks, state and keyboard handling are in clientcard.cpp.
#include "clients/clientcard.h"

#include "clients/clientcardalert.h"
#include "clients/clientmessages.h"
#include "clients/clientslog.h"
#include "widgets/banner.h"

#include <QPushButton>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;
namespace msg = clientmessages;

namespace {

bool isRefusal(const Error &e)
{
    return e.kind == ErrorKind::Usage && (e.message.contains(u"not overwriting") || e.message.contains(u"not removing"));
}

} // namespace

ClientCard::Request ClientCard::currentRequest() const
{
    return {m_target, m_entryName, m_service->options(m_id, m_profile.name)};
}

void ClientCard::preview(PreviewDialog::Kind kind)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_state && !m_profile.name.isEmpty()) {
        m_pendingPreview = kind;
        return;
    }
    if (!m_state || m_profile.name.isEmpty() || m_busy > 0)
        return;
    // The plan first (off the GUI thread); the dialog opens with it, or the card says why not.
    setBusy(true, tr("Preparing…"));
    plan(kind, currentRequest());
}

void ClientCard::plan(PreviewDialog::Kind kind, const Request &request)
{
    const ServerProfile profile = m_profile;
    const int generation = ++m_planGeneration;
    auto job = [request, profile, kind](ClientConfigEngine &engine) -> Result<EditPlan> {
        if (kind == PreviewDialog::Kind::Connect)
            return engine.planConnect({request.target, profile, request.name, request.options});
        return engine.planDisconnect({request.target, request.name});
    };
    if (PreviewDialog *dialog = m_dialog) {
        // Answers to older choices are dropped: only the latest plan may be written.
        m_service->run(dialog, job, [this, dialog, generation](Result<EditPlan> p) {
            if (generation == m_planGeneration)
                dialog->setPlan(p);
        });
        return;
    }
    m_service->run(this, job, [this, kind, request](Result<EditPlan> p) {
        setBusy(false);
        if (!p) {
            qCInfo(lcClientsUi) << "no plan for" << m_id << p.error().message;
            m_alert->showError(p.error());
            return;
        }
        openPreview(kind, *p, request);
    });
}

void ClientCard::openPreview(PreviewDialog::Kind kind, const EditPlan &plan, const Request &request)
{
    PreviewDialog::Setup setup;
    setup.kind = kind;
    setup.clientId = m_id;
    setup.clientName = m_name;
    setup.profile = m_profile;
    setup.target = request.target;
    setup.scopes = m_state ? m_state->scopes : QList<Scope>{};
    setup.variants = m_state ? m_state->status.variants : QStringList{};
    setup.entryName = request.name;
    setup.options = request.options;
    setup.headerEnvSupported = m_state && m_state->headerEnvSupported;
    setup.home = m_home;
    auto *dialog = new PreviewDialog(setup, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->setPlan(plan);
    connect(dialog, &PreviewDialog::requestChanged, this, [this, dialog, kind] {
        this->plan(kind, {dialog->target(), dialog->entryName(), dialog->options()});
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] {
        write(kind, {dialog->target(), dialog->entryName(), dialog->options()}, dialog->force());
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void ClientCard::write(PreviewDialog::Kind kind, const Request &request, bool force)
{
    const ServerProfile profile = m_profile;
    const bool connecting = kind == PreviewDialog::Kind::Connect;
    if (connecting) {
        // The choices made in the preview become this card's: its file, name and options.
        m_service->setOptions(m_id, profile.name, request.options);
        m_service->setEntryName(m_id, profile.name, request.name);
        m_entryName = request.name;
        if (request.target.scope != m_target.scope || request.target.projectDir != m_target.projectDir
            || request.target.variant != m_target.variant) {
            m_target = request.target;
            m_service->setTarget(request.target);
        }
    }
    m_report->dismiss();
    m_alert->clearErrors();
    setBusy(true, connecting ? tr("Connecting…") : tr("Removing…"));
    m_service->run(this, [request, profile, force, connecting](ClientConfigEngine &engine) -> Result<WriteReport> {
        if (connecting)
            return engine.connect({request.target, profile, request.name, request.options, force});
        return engine.disconnect({request.target, request.name, force});
    }, [this, connecting](Result<WriteReport> report) {
        setBusy(false);
        if (!report) {
            qCWarning(lcClientsUi) << "writing" << m_id << "failed:" << report.error().message;
            m_alert->showError(report.error(), isRefusal(report.error()) ? ClientCardAlert::Kind::WriteRefused
                                                                          : ClientCardAlert::Kind::Error);
            refresh();
            return;
        }
        if (!report->written) {
            m_report->showMessage(msg::writeReport(*report, connecting, m_home), Chip::Tone::Info, QString(), 8000);
            refresh();
            return;
        }
        m_report->showMessage(msg::writeReport(*report, connecting, m_home),
                              report->warnings.isEmpty() ? Chip::Tone::Success : Chip::Tone::Warning, tr("Undo"));
        m_report->actionButton()->setToolTip(tr("Put %1 back exactly as it was before this change").arg(
            cv::tildePath(report->plan.path, m_home)));
        m_report->actionButton()->setAccessibleName(tr("Undo the change to %1's config").arg(m_name));
        m_service->notifyChanged(m_id);
    });
}

void ClientCard::undo(bool force)
{
    if (m_busy > 0)
        return;
    m_report->dismiss();
    m_alert->clearErrors();
    setBusy(true, tr("Undoing…"));
    const QString client = m_id;
    m_service->run(this, [client, force](ClientConfigEngine &engine) { return engine.undo(client, force); },
                   [this](Result<UndoReport> r) {
        setBusy(false);
        if (!r) {
            const bool refused = r.error().message.contains(u"changed after MCP Connect's last write");
            m_alert->showError(r.error(), refused ? ClientCardAlert::Kind::UndoRefused : ClientCardAlert::Kind::Error);
            refresh();
            return;
        }
        m_report->showMessage(msg::undoReport(*r, m_home), Chip::Tone::Info);
        m_service->notifyChanged(m_id);
    });
}

} // namespace mcpc::ui
