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
        return u"Nothing to change: %1"_s.arg(cv::richText(r.plan.summary));
    QStringList lines;
    if (connecting) {
        lines << (r.plan.action == PlanAction::Add ? u"<b>Added “%1” to %2.</b>"_s : u"<b>Updated “%1” in %2.</b>"_s).arg(name, path)
                     + u" A backup was kept."_s;
        lines << u"<b>Next:</b> "_s + cv::richText(r.reloadHint);
        if (!r.nextStep.isEmpty())
            lines << u"<b>Sign in:</b> "_s + cv::richText(r.nextStep);
    } else {
        lines << (r.plan.action == PlanAction::DeleteFile ? u"<b>Removed “%1” and deleted %2</b>, which MCP Connect had created."_s
                                                          : u"<b>Removed “%1” from %2.</b>"_s)
                         .arg(name, path)
                     + u" A backup was kept."_s;
        lines << u"<b>Next:</b> "_s + cv::richText(r.reloadHint);
    }
    for (const QString &n : r.notes)
        lines << u"<b>Note:</b> "_s + cv::richText(n);
    for (const QString &w : r.warnings)
        lines << u"<b>Warning:</b> "_s + cv::richText(cv::errorText(Error::make(ErrorKind::Usage, w)));
    return lines.join(u"<br>"_s);
}

QString undoReport(const UndoReport &r, const QString &home)
{
    const QString path = cv::tildePath(r.path, home).toHtmlEscaped();
    const QString what = r.deletedFile ? u"deleted %1, which it had created"_s.arg(path) : u"restored %1 from its backup"_s.arg(path);
    return u"<b>Undid “%1”:</b> %2.<br><b>Next:</b> %3"_s.arg(r.undoneAction.toHtmlEscaped(), what, cv::richText(r.reloadHint));
}

QString drift(const DriftReport &report, const QString &clientName, const QString &home)
{
    const QString path = cv::tildePath(report.path, home).toHtmlEscaped();
    const QString name = report.name.toHtmlEscaped();
    const QString client = clientName.toHtmlEscaped();
    switch (report.kind) {
    case DriftReport::Kind::Removed:
        return u"<b>%1 rewrote its config and dropped “%2”.</b> %3 no longer has the entry MCP Connect added (some "
               "clients drop entries when they update or restart). Reconnect adds it again."_s.arg(client, name, path);
    case DriftReport::Kind::Changed:
        return u"<b>“%1” in %2 was changed outside MCP Connect.</b> Reconnect to write it as the server needs it "
               "(you see the change first)."_s.arg(name, path);
    case DriftReport::Kind::FileDeleted:
        return u"<b>%1 was deleted</b>, and “%2” with it."_s.arg(path, name);
    case DriftReport::Kind::Unreadable:
        return u"<b>%1 can no longer be read.</b> %2"_s.arg(path, report.message.toHtmlEscaped());
    }
    return QString();
}

QString fileProblem(const ClientCardState &state, const QString &home)
{
    const Error &e = state.error ? *state.error : *state.status.problem;
    if (cv::parseProblem(e, home))
        return cv::errorHtml(e, home)
             + u"<br>MCP Connect changes nothing in a file it cannot parse. Fix it (or restore a backup), then refresh."_s;
    return u"<b>%1</b> "_s.arg(state.error ? u"Cannot use this file."_s : u"Cannot read the config file."_s) + cv::errorHtml(e, home)
         + u" Nothing was changed."_s;
}

} // namespace mcpc::ui::clientmessages
