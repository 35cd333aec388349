// mcp-connect: the desktop app. Thin: command line, application set-up, the window.
#include "app/appservices.h"
#include "app/commandline.h"
#include "app/demolauncher.h"
#include "app/quitonsignal.h"
#include "mainwindow/mainwindow.h"
#include "serverview/serverpage.h"
#include "style/theme.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const mcpc::ui::CommandLine cli = mcpc::ui::CommandLine::parse(arguments);
    if (cli.exitCode >= 0) {
        std::fputs(cli.output.toLocal8Bit().constData(), cli.exitCode == 0 ? stdout : stderr);
        return cli.exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mcp-connect"));
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Connect"));
    QApplication::setApplicationVersion(QStringLiteral(MCPC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mcp-connect"));
    mcpc::ui::theme::apply(&app, cli.theme);
    QApplication::setWindowIcon(mcpc::ui::icons::appIcon());

    mcpc::ui::AppServices services(mcpc::ui::AppServices::defaults());
    mcpc::ui::MainWindow window(&services);
    mcpc::ui::QuitOnSignal signals_;
    QObject::connect(&signals_, &mcpc::ui::QuitOnSignal::quitRequested, &window, &QWidget::close);
    QObject::connect(&window, &mcpc::ui::MainWindow::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();

    QString readyProfile;
    if (cli.demo) {
        auto demo = window.startDemo();
        if (!demo) {
            std::fprintf(stderr, "mcp-connect: the demo server could not start: %s\n", qPrintable(demo.error().message));
            QMessageBox::warning(&window, QStringLiteral("Demo server"),
                                 QStringLiteral("The built-in demo server could not start: %1").arg(demo.error().message));
        } else {
            readyProfile = demo->name;
        }
    }
    if (!cli.tab.isEmpty()) {
        const QStringList tabs{QStringLiteral("overview"), QStringLiteral("tools"), QStringLiteral("clients"), QStringLiteral("log")};
        if (mcpc::ui::ServerPage *page = window.currentPage())
            page->showTab(mcpc::ui::ServerPage::Tab(tabs.indexOf(cli.tab)));
    }
    if (cli.printReady) {
        // One machine-readable line for scripts and tests: the window shows the demo's
        // user data (or, without --demo, the window is up).
        auto print = [&window](const QString &profile) {
            nlohmann::json line{{"ready", true}, {"profile", profile.toStdString()},
                                {"url", window.demo()->url().toString().toStdString()}};
            std::printf("%s\n", line.dump().c_str());
            std::fflush(stdout);
        };
        if (readyProfile.isEmpty()) {
            QTimer::singleShot(0, &window, [print] { print(QString()); });
        } else {
            auto printed = std::make_shared<bool>(false);
            QObject::connect(&window, &mcpc::ui::MainWindow::userDataShown, &window,
                             [print, printed, readyProfile](const QString &name) {
                                 if (name == readyProfile && !std::exchange(*printed, true))
                                     print(name);
                             });
        }
    }
    return app.exec();
}
