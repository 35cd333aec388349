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
    , m_export(new QAction(u"&Export Servers…"_s, this))
    , m_import(new QAction(u"&Import Servers…"_s, this))
    , m_importClients(new QAction(u"Import from AI &Clients…"_s, this))
    , m_undo(new QAction(u"&Undo Import"_s, this))
    , m_matrix(new QAction(u"Servers × &Clients"_s, this))
{
    m_export->setToolTip(u"Save your servers to a JSON file, without sign-ins or header values"_s);
    m_importClients->setToolTip(u"Add the servers that Cursor, VS Code, Claude… already have"_s);
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
        return std::unexpected(Error::make(ErrorKind::Io, u"Cannot write %1: %2"_s.arg(path, f.errorString())));
    QString text = u"Exported %1 server(s) to %2. Sign-ins and header values stay in this computer's keychain."_s
                       .arg(out.count)
                       .arg(QDir::toNativeSeparators(path));
    if (!out.removed.isEmpty())
        text += u" Left out: %1."_s.arg(out.removed.join(u"; "_s));
    m_banner->showMessage(text, out.removed.isEmpty() ? Chip::Tone::Success : Chip::Tone::Warning, {}, 10000);
    return out.count;
}

void ProfileTransfer::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, u"Export Servers"_s,
                                                      QDir::home().filePath(u"mcp-connect-servers.json"_s),
                                                      u"MCP Connect servers (*.json)"_s);
    if (path.isEmpty())
        return;
    if (auto r = exportTo(path); !r)
        showError(u"Export failed"_s, r.error());
}

ImportPreviewDialog *ProfileTransfer::previewFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(u"Nothing imported"_s, Error::make(ErrorKind::Io, u"Cannot read %1: %2"_s.arg(path, f.errorString())));
        return nullptr;
    }
    const QString name = QFileInfo(path).fileName();
    auto incoming = ProfileImporter::parse(f.read(8 * 1024 * 1024), name);
    auto existing = m_services->profiles()->profiles();
    if (!incoming || !existing) {
        showError(u"Nothing imported"_s, incoming ? existing.error() : incoming.error());
        return nullptr;
    }
    return new ImportPreviewDialog(u"Import Servers"_s,
                                   u"Servers in %1. Tick the ones to add; sign-ins and header values are not part of "
                                   "the file, so servers that need them ask again."_s.arg(name),
                                   ProfileImporter::plan(*incoming, *existing, name), m_window);
}

void ProfileTransfer::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, u"Import Servers"_s, QDir::homePath(),
                                                      u"MCP Connect servers (*.json);;All files (*)"_s);
    if (path.isEmpty())
        return;
    if (ImportPreviewDialog *d = previewFile(path))
        runPreview(d);
}

void ProfileTransfer::previewClients()
{
    auto existing = m_services->profiles()->profiles();
    if (!existing)
        return showError(u"Nothing imported"_s, existing.error());
    m_importClients->setEnabled(false);
    // Client files can be large (~/.claude.json): read them on the client-config worker.
    m_services->clientConfigs()->run(this, [profiles = *existing](clientconfig::ClientConfigEngine &engine) {
        ClientServerScanner scanner(engine.environment());
        QList<ImportItem> items = scanner.scan(profiles);
        return std::make_pair(items, scanner.problems());
    }, [this](std::pair<QList<ImportItem>, QStringList> found) {
        m_importClients->setEnabled(true);
        if (found.first.isEmpty() && found.second.isEmpty()) {
            m_banner->showMessage(u"None of the AI clients on this computer has a server in its config yet."_s,
                                  Chip::Tone::Info, {}, 8000);
            return;
        }
        auto *d = new ImportPreviewDialog(
            u"Import from AI Clients"_s,
            u"Servers your AI clients already have. Tick the ones to add to MCP Connect; their files are only read. "
            "Header values and environment variables stay in the clients' files."_s,
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
            showError(u"Nothing imported"_s, r.error());
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
        m_banner->showMessage(outcome->summary(), Chip::Tone::Success, u"Undo"_s);
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
        return showError(u"The import could not be undone completely"_s, r.error());
    m_banner->showMessage(u"Import undone."_s, Chip::Tone::Info, {}, 6000);
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
