#include "mainwindow/shortcuthelp.h"

#include "mainwindow/mainactions.h"
#include "transfer/profiletransfer.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

QString row(const QString &what, const QString &keys)
{
    // Markup in tr(): a right-to-left translation may move the padding.
    return ShortcutHelp::tr("<tr><td style='padding:2px 18px 2px 0'>%1</td><td><b>%2</b></td></tr>")
        .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
}

QString heading(const QString &text)
{
    return ShortcutHelp::tr("<tr><td colspan='2' style='padding:10px 0 2px 0'><b>%1</b></td></tr>").arg(text.toHtmlEscaped());
}

QString label(const QAction *a)
{
    return a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

QString keysOf(const QAction *a)
{
    QStringList keys;
    for (const QKeySequence &k : a->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    keys.removeDuplicates(); // Quit is Ctrl+Q twice on Linux (the standard key and our own)
    return keys.join(ShortcutHelp::tr(" or "));
}

// The action's keys, or where it is when it has none.
QString actionRow(const QAction *a, const QString &whereWithoutKeys)
{
    const QString keys = keysOf(a);
    return row(label(a), keys.isEmpty() ? whereWithoutKeys : keys);
}

} // namespace

QString ShortcutHelp::html(const MainActions &m, const ProfileTransfer &t)
{
    const QString serverMenu = tr("Server menu");
    const QString fileMenu = tr("File menu");
    QString rows;
    rows += heading(tr("Servers"));
    rows += actionRow(m.addServer, fileMenu);
    rows += actionRow(m.checkNow, serverMenu);
    rows += actionRow(m.checkAll, serverMenu);
    rows += actionRow(m.editServer, serverMenu);
    rows += actionRow(m.copyUrl, serverMenu);
    rows += row(label(m.removeServer), tr("%1 in the server list").arg(m.removeServer->shortcut().toString(QKeySequence::NativeText)));
    rows += actionRow(m.signIn, serverMenu);
    rows += actionRow(m.signOut, serverMenu);

    rows += heading(tr("Servers in and out"));
    rows += actionRow(t.importAction(), fileMenu);
    rows += actionRow(t.importClientsAction(), fileMenu);
    rows += actionRow(t.exportAction(), fileMenu);
    rows += actionRow(t.undoAction(), tr("File menu, or Undo in the import's banner"));
    rows += actionRow(t.matrixAction(), tr("View menu"));

    rows += heading(tr("Tools"));
    rows += actionRow(m.findTool, serverMenu);
    rows += row(tr("From tool search to the list"), tr("Enter, then ↑ ↓"));
    rows += actionRow(m.runTool, serverMenu);
    rows += row(tr("Call the selected tool once (Call panel)"), tr("Alt+C"));
    rows += row(tr("Load test the selected tool: many calls, with a chart (Load panel)"), tr("Alt+L"));
    rows += row(tr("Open the tool's App, for a tool that has one"), tr("Open App, over the Call and Load panels"));

    rows += heading(tr("Window"));
    for (const QAction *a : m.tabs)
        rows += row(tr("%1 tab").arg(label(a)), keysOf(a));
    rows += actionRow(m.showServerList, tr("View menu"));
    rows += row(tr("Move between fields"), tr("Tab / Shift+Tab"));
    rows += actionRow(m.shortcuts, tr("Help menu"));
    rows += actionRow(m.quit, fileMenu);
    return QStringLiteral("<table>%1</table>").arg(rows);
}

void ShortcutHelp::show(QWidget *parent, const MainActions &actions, const ProfileTransfer &transfer)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutHelp"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *view = new QTextBrowser(dialog);
    view->setFrameShape(QFrame::NoFrame);
    view->setHtml(html(actions, transfer));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *col = new QVBoxLayout(dialog);
    col->addWidget(view, 1);
    col->addWidget(buttons);
    // As tall as the table, never taller than the screen (800 px laptops): the rest scrolls.
    const int width = 600;
    view->document()->setTextWidth(width);
    const int wanted = int(view->document()->size().height()) + buttons->sizeHint().height() + 4 * col->spacing() + 40;
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() * 9 / 10 : wanted;
    dialog->resize(width + 40, qMin(wanted, room));
    dialog->open(); // not exec(): no nested event loop while the monitor keeps checking
}

} // namespace mcpc::ui
