#include "transfer/profiletransfer.h"

#include "app/appservices.h"
#include "clients/clientconfigservice.h"
#include "clients/connectclientspage.h"
#include "mainwindow/mainwindow.h"
#include "overview/serverclientmatrixdialog.h"
#include "profiles/clientserverscanner.h"
#include "profiles/profileexporter.h"
#include "profiles/profilestore.h"
#include "serverview/serverpage.h"
#include "transfer/importpreviewdialog.h"
#include "util/logging.h"
#include "widgets/banner.h"

#include <QCoreApplication>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>

namespace mcpc::ui {

using namespace Qt::StringLiterals;

ProfileTransfer::ProfileTransfer(MainWindow *window, AppServices *services)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_banner(new Banner(window))
    , m_export(new QAction(QCoreApplication::translate("ProfileTransfer", "&Export Servers…"), this))
    , m_import(new QAction(QCoreApplication::translate("ProfileTransfer", "&Import Servers…"), this))
    , m_importClients(new QAction(QCoreApplication::translate("ProfileTransfer", "Import from AI &Clients…"), this))
    , m_undo(new QAction(QCoreApplication::translate("ProfileTransfer", "&Undo Import"), this))
    , m_matrix(new QAction(QCoreApplication::translate("ProfileTransfer", "Servers × &Clients"), this))
{
    m_export->setToolTip(QCoreApplication::translate("ProfileTransfer", "Save your servers to a JSON file, without sign-ins or header values"));
    m_importClients->setToolTip(QCoreApplication::translate("ProfileTransfer", "Add the servers that Cursor, VS Code, Claude… already have"));
    m_matrix->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    m_window->addAction(m_matrix);
    m_undo->setEnabled(false);
    connect(m_export, &QAction::triggered, this, &ProfileTransfer::exportWithDialog);
    connect(m_import, &QAction::triggered, this, &ProfileTransfer::importWithDialog);
    connect(m_importClients, &QAction::triggered, this, &ProfileTransfer::previewClients);
    connect(m_undo, &QAction::triggered, this, &ProfileTransfer::undoImport);
    connect(m_matrix, &QAction::triggered, this, &ProfileTransfer::showMatrix);
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        if (m_last)
            undoImport();
    });
    connect(this, &ProfileTransfer::previewReady, this, &ProfileTransfer::runPreview);
}

void ProfileTransfer::addToMenus(QMenuBar *bar)
{
    const QAction *quit = m_window->actions().quit;
    const QAction *serverList = m_window->actions().showServerList;
    for (QAction *top : bar->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        if (menu->actions().contains(quit)) {
            QAction *before = const_cast<QAction *>(quit);
            menu->insertActions(before, {m_import, m_importClients, m_export, m_undo});
            menu->insertSeparator(before);
        } else if (menu->actions().contains(serverList)) {
            menu->insertAction(menu->actions().value(menu->actions().indexOf(serverList) + 1), m_matrix);
        }
    }
}

void ProfileTransfer::showError(const QString &what, const Error &error)
{
    m_banner->showMessage(u"%1: %2%3"_s.arg(what, error.message, error.hint.isEmpty() ? QString() : u' ' + error.hint),
                          Chip::Tone::Error);
}

Result<int> ProfileTransfer::exportTo(const QString &path)
{
    auto profiles = m_services->profiles()->profiles();
    if (!profiles)
        return std::unexpected(profiles.error());
    const ProfileExport out = ProfileExporter::exportProfiles(*profiles);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out.json) != out.json.size() || !f.commit())
        return std::unexpected(Error::make(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, f.errorString())));
    QString text = tr("Exported %1 server(s) to %2. Sign-ins and header values stay in this computer's keychain.")
                       .arg(out.count)
                       .arg(QDir::toNativeSeparators(path));
    if (!out.removed.isEmpty())
        text += tr(" Left out: %1.").arg(out.removed.join(u"; "_s));
    m_banner->showMessage(text, out.removed.isEmpty() ? Chip::Tone::Success : Chip::Tone::Warning, {}, 10000);
    return out.count;
}

void ProfileTransfer::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Servers"),
                                                      QDir::home().filePath(u"mcp-connect-servers.json"_s),
                                                      tr("MCP Connect servers (*.json)"));
    if (path.isEmpty())
        return;
    if (auto r = exportTo(path); !r)
        showError(tr("Export failed"), r.error());
}

ImportPreviewDialog *ProfileTransfer::previewFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Nothing imported"), Error::make(ErrorKind::Io, tr("Cannot read %1: %2").arg(path, f.errorString())));
        return nullptr;
    }
    const QString name = QFileInfo(path).fileName();
    auto incoming = ProfileImporter::parse(f.read(8 * 1024 * 1024), name);
    auto existing = m_services->profiles()->profiles();
    if (!incoming || !existing) {
        showError(tr("Nothing imported"), incoming ? existing.error() : incoming.error());
        return nullptr;
    }
    return new ImportPreviewDialog(tr("Import Servers"),
                                   tr("Servers in %1. Tick the ones to add; sign-ins and header values are not part of "
                                   "the file, so servers that need them ask again.").arg(name),
                                   ProfileImporter::plan(*incoming, *existing, name), m_window);
}

void ProfileTransfer::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Servers"), QDir::homePath(),
                                                      tr("MCP Connect servers (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (ImportPreviewDialog *d = previewFile(path))
        runPreview(d);
}

void ProfileTransfer::previewClients()
{
    auto existing = m_services->profiles()->profiles();
    if (!existing)
        return showError(tr("Nothing imported"), existing.error());
    m_importClients->setEnabled(false);
    // Client files can be large (~/.claude.json): read them on the client-config worker.
    m_services->clientConfigs()->run(this, [profiles = *existing](clientconfig::ClientConfigEngine &engine) {
        ClientServerScanner scanner(engine.environment());
        QList<ImportItem> items = scanner.scan(profiles);
        return std::make_pair(items, scanner.problems());
    }, [this](std::pair<QList<ImportItem>, QStringList> found) {
        m_importClients->setEnabled(true);
        if (found.first.isEmpty() && found.second.isEmpty()) {
            m_banner->showMessage(tr("None of the AI clients on this computer has a server in its config yet."),
                                  Chip::Tone::Info, {}, 8000);
            return;
        }
        auto *d = new ImportPreviewDialog(
            tr("Import from AI Clients"),
            tr("Servers your AI clients already have. Tick the ones to add to MCP Connect; their files are only read. "
            "Header values and environment variables stay in the clients' files."),
            found.first, m_window);
        d->setProblems(found.second);
        Q_EMIT previewReady(d);
    });
}

void ProfileTransfer::runPreview(ImportPreviewDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto r = importChosen(dialog->items()); !r)
            showError(tr("Nothing imported"), r.error());
    });
    dialog->open(); // window-modal, no nested event loop
}

Result<ImportOutcome> ProfileTransfer::importChosen(const QList<ImportItem> &items)
{
    auto outcome = ProfileImporter::apply(*m_services->profiles(), items);
    if (!outcome)
        return outcome;
    QStringList replaced;
    for (const ServerProfile &p : outcome->replacedAfter)
        replaced << p.name;
    m_window->syncProfiles(replaced);
    if (outcome->changed() > 0) {
        m_last = *outcome;
        m_undo->setEnabled(true);
        m_banner->showMessage(outcome->summary(), Chip::Tone::Success, tr("Undo"));
        if (!outcome->added.isEmpty())
            m_window->selectServer(outcome->added.first().name);
    } else {
        m_banner->showMessage(outcome->summary(), Chip::Tone::Info, {}, 8000);
    }
    Q_EMIT imported(*outcome);
    return outcome;
}

void ProfileTransfer::undoImport()
{
    if (!m_last)
        return;
    const ImportOutcome outcome = *m_last;
    m_last.reset();
    m_undo->setEnabled(false);
    auto r = ProfileImporter::undo(*m_services->profiles(), outcome);
    QStringList restored;
    for (const ServerProfile &p : outcome.replacedBefore)
        restored << p.name;
    m_window->syncProfiles(restored);
    if (!r)
        return showError(tr("The import could not be undone completely"), r.error());
    m_banner->showMessage(tr("Import undone."), Chip::Tone::Info, {}, 6000);
}

ServerClientMatrixDialog *ProfileTransfer::showMatrix()
{
    if (!m_matrixDialog) {
        m_matrixDialog = new ServerClientMatrixDialog(m_services->clientConfigs(), m_window);
        connect(m_matrixDialog, &ServerClientMatrixDialog::cellChosen, this, [this](const QString &server, const QString &client) {
            ServerPage *page = m_window->pageFor(server);
            if (!page || client.isEmpty())
                return;
            m_window->selectServer(server);
            page->showTab(ServerPage::ClientsIndex);
            page->clientsPage()->focusClient(client);
            m_window->activateWindow();
        });
    }
    auto profiles = m_services->profiles()->profiles();
    m_matrixDialog->setProfiles(profiles ? *profiles : QList<ServerProfile>{});
    m_matrixDialog->show();
    m_matrixDialog->raise();
    return m_matrixDialog;
}

} // namespace mcpc::ui
