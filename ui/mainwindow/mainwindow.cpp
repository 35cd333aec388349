#include "mainwindow/mainwindow.h"

namespace mcpc::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("MCP Connect"));
    resize(1100, 720);
}

} // namespace mcpc::ui
