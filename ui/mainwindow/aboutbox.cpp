#include "mainwindow/aboutbox.h"

#include "protocol/protocolera.h"
#include "protocol/types.h"

#include <QCoreApplication>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QtGlobal>

namespace mcpc::ui {

QString AboutBox::text(const QString &secretsBackend)
{
    QStringList legacy;
    for (const QString &v : supportedProtocolVersions())
        if (!modernProtocolVersions().contains(v))
            legacy << v;
    return QCoreApplication::translate("AboutBox", "<b>MCP Connect %1</b><p>Connect AI clients to MCP servers, and see at a glance whether they "
                          "work.</p><table>"
                          "<tr><td>MCP, 2026 era&nbsp;&nbsp;</td><td>%2</td></tr>"
                          "<tr><td>MCP, 2025 era</td><td>%3</td></tr>"
                          "<tr><td>Qt</td><td>%4 (built with %5)</td></tr>"
                          "<tr><td>Secrets kept in</td><td>%6</td></tr></table>")
        .arg(QStringLiteral(MCPC_VERSION), modernProtocolVersions().join(QStringLiteral(", ")),
             legacy.join(QStringLiteral(", ")), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             secretsBackend.toHtmlEscaped());
}

void AboutBox::show(QWidget *parent, const QString &secretsBackend)
{
    // What QMessageBox::about() shows, opened without its nested event loop.
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("AboutBox", "About MCP Connect"), text(secretsBackend),
                                QMessageBox::Ok, parent);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mcpc::ui
