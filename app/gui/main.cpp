// mcp-connect: the desktop app. Thin: application set-up only; the windows live in ui/.
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mcp-connect"));
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Connect"));
    QApplication::setApplicationVersion(QStringLiteral(MCPC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ui/icons/app.svg")));

    mcpc::ui::MainWindow window;
    window.show();
    return app.exec();
}
