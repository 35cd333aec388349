// mcp-connect: the desktop app. Thin: command line, application set-up, the window.
#include "app/afterfirstpaint.h"
#include "app/appservices.h"
#include "app/crashhandler.h"
#include "app/commandline.h"
#include "app/deeplinkhandler.h"
#include "app/demolauncher.h"
#include "app/installedicon.h"
#include "app/quitonsignal.h"
#include "app/singleinstance.h"
#include "app/startupprobe.h"
#include "app/translations.h"
#include "clientconfig/addlink.h"
#include "apps/appviewloader.h"
#include "auth/consentviewloader.h"
#include "auth/signincontroller.h"
#include "auth/signinpanel.h"
#include "auth/websandbox.h"
#include "mainwindow/mainwindow.h"
#include "monitor/statusmonitor.h"
#include "servers/serverdialog.h"
#include "serverview/serverpage.h"
#include "style/theme.h"
#include "tray/trayicon.h"
#include "tray/traysettings.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

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

    // One window per user: a second launch (a clicked "Add to MCP Connect" link) hands
    // its arguments to the running app, which comes to the front, and exits.
    mcpc::ui::SingleInstance instance;
    switch (instance.handOff(arguments.mid(1))) {
    case mcpc::ui::SingleInstance::HandOff::Delivered:
        for (const QString &link : cli.links)
            if (auto parsed = mcpc::clientconfig::parseAddLink(link.toUtf8()); !parsed)
                std::fprintf(stderr, "mcp-connect: %s\n", qPrintable(parsed.error().message));
        std::fputs("mcp-connect: MCP Connect is already running; it took over (its window is in front).\n", stderr);
        return 0;
    case mcpc::ui::SingleInstance::HandOff::NoAnswer:
        std::fprintf(stderr, "mcp-connect: MCP Connect is running but did not answer on %s. Close it, or end it, "
                             "and start again.\n", qPrintable(instance.socketPath()));
        return 1;
    case mcpc::ui::SingleInstance::HandOff::NoneRunning:
        break;
    }

    // Before the application object (the probe forks) and before any QWebEngine object:
    // where Chromium's sandbox cannot run, starting it would take the whole app down, so
    // sign-in uses the system browser instead.
    const mcpc::ui::WebSandbox sandbox = mcpc::ui::WebSandbox::detect(cli.noSandbox);
    sandbox.applyToEnvironment();
    if (sandbox.mode() != mcpc::ui::WebSandbox::Mode::Embedded)
        std::fprintf(stderr, "mcp-connect: %s\n", qPrintable(sandbox.reason()));

    // No Qt::AA_ShareOpenGLContexts here: it would create an OpenGL context (and map
    // Mesa) at start. The consent view plugin's loader makes the shared context just
    // before QtWebEngine is loaded, at the first sign-in (auth/consentviewloader.cpp).
    QApplication app(argc, argv);
    mcpc::ui::Translations::install(&app); // before the first translated string below
    QApplication::setApplicationName(QStringLiteral("mcp-connect"));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("Main", "MCP Connect"));
    QApplication::setApplicationVersion(QStringLiteral(MCPC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(MCPC_APP_ID)); // matches the installed .desktop file
    mcpc::ui::CrashHandler::install();
    mcpc::ui::theme::apply(&app, cli.theme);
    // The drawn icon now (drawn only at the sizes asked for); the installed hicolor icon
    // (installer/linux), when there is one, after the window's first paint (below): looking
    // it up walks the icon theme folders, which is start-up time a window manager shows
    // nothing for.
    QApplication::setWindowIcon(mcpc::ui::icons::appIcon());

    if (QString error; !instance.listen(&error))
        std::fprintf(stderr, "mcp-connect: links and later launches cannot reach this window: %s\n", qPrintable(error));

    mcpc::ui::AppServices services(mcpc::ui::AppServices::defaults());
    // Before the window: the monitor's first connections already carry stored sign-ins.
    mcpc::ui::SignInController signIn(&services);
    signIn.setWebSandbox(sandbox);
    mcpc::ui::AppViewLoader::setWebSandbox(sandbox); // MCP Apps: untrusted HTML needs the sandbox
    mcpc::ui::MainWindow window(&services);
    signIn.attach(&window);
    mcpc::ui::QuitOnSignal signals_;
    QObject::connect(&signals_, &mcpc::ui::QuitOnSignal::quitRequested, &window, &mcpc::ui::MainWindow::quitApp);
    // The tray after the window's first paint (below): asking D-Bus whether a tray host
    // runs and registering the icon took 3 to 5 ms of the start, for nothing the window
    // shows. Declared after the window, so they go first.
    std::unique_ptr<mcpc::ui::TrayIcon> tray;
    std::unique_ptr<mcpc::ui::TraySettings> traySettings;
    std::function<void(mcpc::ui::TrayIcon *)> trayMade; // --print-ready listens to it
    QObject::connect(&window, &mcpc::ui::MainWindow::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    std::unique_ptr<mcpc::ui::StartupProbe> probe;
    if (cli.benchProbeSeconds > 0) {
        probe = std::make_unique<mcpc::ui::StartupProbe>(&window, cli.benchProbeSeconds);
        QObject::connect(probe.get(), &mcpc::ui::StartupProbe::finished, &window, &mcpc::ui::MainWindow::quitApp);
    }
    mcpc::ui::AfterFirstPaint::run(&window, [&] {
        const QIcon installed = mcpc::ui::InstalledIcon::lookUp(QStringLiteral(MCPC_APP_ID));
        if (!installed.isNull())
            QApplication::setWindowIcon(installed);
        tray = std::make_unique<mcpc::ui::TrayIcon>(&services, &window, &signIn);
        traySettings = std::make_unique<mcpc::ui::TraySettings>(&window, services.settings(), mcpc::ui::TrayIcon::available());
        if (trayMade)
            trayMade(tray.get());
    });
    window.show();

    mcpc::ui::DeeplinkHandler links(&window);
    QObject::connect(&instance, &mcpc::ui::SingleInstance::argumentsReceived, &window,
                     [&window, &links](const QStringList &later) {
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.show();
                         window.raise();
                         window.activateWindow();
                         // An open dialog stays in front of its window (without a window
                         // manager, raising the window alone would cover it).
                         if (QWidget *modal = QApplication::activeModalWidget()) {
                             modal->raise();
                             modal->activateWindow();
                         }
                         const auto parsed = mcpc::ui::CommandLine::parse(QStringList{QString()} + later);
                         for (const QString &link : parsed.links)
                             links.open(link);
                     });
    for (const QString &link : cli.links)
        QTimer::singleShot(0, &links, [&links, link] { links.open(link); });
    const std::optional<QString> crashReport = mcpc::ui::CrashHandler::takeReport();
    if (crashReport) {
        auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("Main", "MCP Connect quit unexpectedly"),
                                    QCoreApplication::translate("Main", "MCP Connect stopped unexpectedly last time. A short report was kept "
                                                   "(where in the program it stopped; no tokens or passwords). Press "
                                                   "Show Details to read it; it is also in %1.")
                                        .arg(mcpc::ui::CrashHandler::shownPath()),
                                    QMessageBox::Close, &window);
        box->setDetailedText(*crashReport);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (cli.crashForTest)
        QTimer::singleShot(0, &window, [] { std::raise(SIGSEGV); });

    QString readyProfile;
    if (cli.demo) {
        window.demo()->setSignInEnabled(!cli.noAuth);
        auto demo = window.startDemo();
        if (!demo) {
            std::fprintf(stderr, "mcp-connect: the demo server could not start: %s\n", qPrintable(demo.error().message));
            QMessageBox::warning(&window, QCoreApplication::translate("Main", "Demo server"),
                                 QCoreApplication::translate("Main", "The built-in demo server could not start: %1").arg(demo.error().message));
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
        // One machine-readable line for scripts and tests once the demo's first check has
        // settled: its user data is shown ("up"), or, with sign-in on, it asks for it
        // ("needs-login", the Sign in button is showing). Without --demo: the window is up.
        auto printLine = [](const nlohmann::json &line) {
            std::printf("%s\n", line.dump().c_str());
            std::fflush(stdout);
        };
        // Links: the dialog as the person sees it, or the refusal.
        QObject::connect(&instance, &mcpc::ui::SingleInstance::argumentsReceived, &window, [printLine](const QStringList &later) {
            printLine({{"event", "handoff"}, {"arguments", later.size()}});
        });
        QObject::connect(&links, &mcpc::ui::DeeplinkHandler::dialogOpened, &window, [printLine](mcpc::ui::ServerDialog *d) {
            printLine({{"event", "add-link-dialog"}, {"title", d->windowTitle().toStdString()},
                       {"url", d->urlEdit()->text().toStdString()}, {"name", d->nameEdit()->text().toStdString()},
                       {"visible", d->isVisible()}});
        });
        trayMade = [&window, printLine](mcpc::ui::TrayIcon *made) {
            QObject::connect(made, &mcpc::ui::TrayIcon::noticeShown, &window, [printLine](const QString &title, const QString &) {
                printLine({{"event", "tray-notice"}, {"title", title.toStdString()}});
            });
        };
        QObject::connect(&links, &mcpc::ui::DeeplinkHandler::refused, &window, [printLine](const QString &message) {
            printLine({{"event", "add-link-refused"}, {"message", message.toStdString()}});
        });
        if (crashReport)
            QTimer::singleShot(0, &window, [printLine, bytes = crashReport->size()] {
                printLine({{"event", "crash-report-offered"}, {"chars", bytes}});
            });
        auto printed = std::make_shared<bool>(false);
        auto print = [&window, &signIn, printed, printLine, press = cli.pressSignIn](const QString &profile, const char *status) {
            if (std::exchange(*printed, true))
                return;
            printLine({{"ready", true}, {"profile", profile.toStdString()}, {"status", status},
                       {"url", window.demo()->url().toString().toStdString()},
                       {"webEngineMapped", mcpc::ui::ConsentViewLoader::webEngineMapped()}});
            // --press-sign-in: what a person does next, through the card's own button.
            if (press && std::string_view(status) == "needs-login") {
                QTimer::singleShot(0, &window, [&signIn, profile] {
                    if (mcpc::ui::SignInPanel *panel = signIn.panelFor(profile))
                        panel->signInButton()->click();
                });
            }
        };
        if (cli.pressSignIn) {
            // Event lines for scripts: where the sign-in page went, and the result.
            QObject::connect(&signIn, &mcpc::ui::SignInController::consentOpened, &window,
                             [printLine] { printLine({{"event", "sign-in-page"}, {"where", "embedded"}}); });
            QObject::connect(&signIn, &mcpc::ui::SignInController::browserSignInOpened, &window,
                             [printLine](const QString &, const QUrl &url) {
                                 printLine({{"event", "sign-in-page"}, {"where", "browser"},
                                            {"url", url.toString(QUrl::FullyEncoded).toStdString()}});
                             });
            QObject::connect(&window, &mcpc::ui::MainWindow::userDataShown, &window,
                             [printLine, printed, &signIn](const QString &name) {
                                 const mcpc::ui::SignInPanel *panel = signIn.panelFor(name);
                                 if (*printed && panel)
                                     printLine({{"event", "user-data-shown"}, {"profile", name.toStdString()},
                                                {"signIn", panel->stateText().toStdString()}});
                             });
        }
        if (readyProfile.isEmpty()) {
            QTimer::singleShot(0, &window, [print] { print(QString(), "none"); });
        } else {
            QObject::connect(&window, &mcpc::ui::MainWindow::userDataShown, &window, [print, readyProfile](const QString &name) {
                if (name == readyProfile)
                    print(name, "up");
            });
            QObject::connect(services.monitor(), &mcpc::StatusMonitor::statusChanged, &window,
                             [print, readyProfile](const QString &name, const mcpc::ServerStatus &status) {
                                 if (name == readyProfile && status.state == mcpc::ServerStatus::State::NeedsLogin)
                                     print(name, "needs-login");
                             });
        }
    }
    return app.exec();
}
