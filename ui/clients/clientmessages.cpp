#include <QCoreApplication>
#include "clients/clientmessages.h"

#include "clients/clientconfigservice.h"
#include "clients/clientvisuals.h"

namespace mcpc::ui::clientmessages {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;

QString writeReport(const WriteReport &r, bool connecting, const QString &home)
{
    const QString path = cv::tildePath(r.plan.path, home).toHtmlEscaped();
    const QString name = r.plan.name.toHtmlEscaped();
    if (!r.written)
        return QCoreApplication::translate("Clientmessages", "Nothing to change: %1").arg(cv::richText(r.plan.summary));
    QStringList lines;
    if (connecting) {
        lines << (r.plan.action == PlanAction::Add ? QCoreApplication::translate("Clientmessages", "<b>Added “%1” to %2.</b>") : QCoreApplication::translate("Clientmessages", "<b>Updated “%1” in %2.</b>")).arg(name, path)
                     + QCoreApplication::translate("Clientmessages", " A backup was kept.");
        lines << QCoreApplication::translate("Clientmessages", "<b>Next:</b> ") + cv::richText(r.reloadHint);
        if (!r.nextStep.isEmpty())
            lines << QCoreApplication::translate("Clientmessages", "<b>Sign in:</b> ") + cv::richText(r.nextStep);
    } else {
        lines << (r.plan.action == PlanAction::DeleteFile ? QCoreApplication::translate("Clientmessages", "<b>Removed “%1” and deleted %2</b>, which MCP Connect had created.")
                                                          : QCoreApplication::translate("Clientmessages", "<b>Removed “%1” from %2.</b>"))
                         .arg(name, path)
                     + QCoreApplication::translate("Clientmessages", " A backup was kept.");
        lines << QCoreApplication::translate("Clientmessages", "<b>Next:</b> ") + cv::richText(r.reloadHint);
    }
    for (const QString &n : r.notes)
        lines << QCoreApplication::translate("Clientmessages", "<b>Note:</b> ") + cv::richText(n);
    for (const QString &w : r.warnings)
        lines << QCoreApplication::translate("Clientmessages", "<b>Warning:</b> ") + cv::richText(cv::errorText(Error::make(ErrorKind::Usage, w)));
    return lines.join(u"<br>"_s);
}

QString undoReport(const UndoReport &r, const QString &home)
{
    const QString path = cv::tildePath(r.path, home).toHtmlEscaped();
    const QString what = r.deletedFile ? QCoreApplication::translate("Clientmessages", "deleted %1, which it had created").arg(path) : QCoreApplication::translate("Clientmessages", "restored %1 from its backup").arg(path);
    return QCoreApplication::translate("Clientmessages", "<b>Undid “%1”:</b> %2.<br><b>Next:</b> %3").arg(r.undoneAction.toHtmlEscaped(), what, cv::richText(r.reloadHint));
}

QString drift(const DriftReport &report, const QString &clientName, const QString &home)
{
    const QString path = cv::tildePath(report.path, home).toHtmlEscaped();
    const QString name = report.name.toHtmlEscaped();
    const QString client = clientName.toHtmlEscaped();
    switch (report.kind) {
    case DriftReport::Kind::Removed:
        return QCoreApplication::translate("Clientmessages", "<b>%1 rewrote its config and dropped “%2”.</b> %3 no longer has the entry MCP Connect added (some "
               "clients drop entries when they update or restart). Reconnect adds it again.").arg(client, name, path);
    case DriftReport::Kind::Changed:
        return QCoreApplication::translate("Clientmessages", "<b>“%1” in %2 was changed outside MCP Connect.</b> Reconnect to write it as the server needs it "
               "(you see the change first).").arg(name, path);
    case DriftReport::Kind::FileDeleted:
        return QCoreApplication::translate("Clientmessages", "<b>%1 was deleted</b>, and “%2” with it.").arg(path, name);
    case DriftReport::Kind::Unreadable:
        return QCoreApplication::translate("Clientmessages", "<b>%1 can no longer be read.</b> %2").arg(path, report.message.toHtmlEscaped());
    }
    return QString();
}

QString fileProblem(const ClientCardState &state, const QString &home)
{
    const Error &e = state.error ? *state.error : *state.status.problem;
    if (cv::parseProblem(e, home))
        return cv::errorHtml(e, home)
             + QCoreApplication::translate("Clientmessages", "<br>MCP Connect changes nothing in a file it cannot parse. Fix it (or restore a backup), then refresh.");
    return QCoreApplication::translate("Clientmessages", "<b>%1</b> ").arg(state.error ? QCoreApplication::translate("Clientmessages", "Cannot use this file.") : QCoreApplication::translate("Clientmessages", "Cannot read the config file.")) + cv::errorHtml(e, home)
         + QCoreApplication::translate("Clientmessages", " Nothing was changed.");
}

} // namespace mcpc::ui::clientmessages
