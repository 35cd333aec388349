#pragma once

#include "profiles/profileimporter.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenuBar;

namespace mcpc::ui {

class AppServices;
class Banner;
class ImportPreviewDialog;
class MainWindow;
class ServerClientMatrixDialog;

// Profiles in and out, for the main window: File › Export Servers…, Import Servers…,
// Import from AI Clients… (each import through ImportPreviewDialog, then an Undo in
// its own banner and in the menu), and View › Servers × Clients.
class ProfileTransfer : public QObject
{
    Q_OBJECT
public:
    ProfileTransfer(MainWindow *window, AppServices *services);

    // Adds the actions to the window's File and View menus.
    void addToMenus(QMenuBar *bar);
    Banner *banner() const { return m_banner; }

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *importClientsAction() const { return m_importClients; }
    QAction *undoAction() const { return m_undo; }
    QAction *matrixAction() const { return m_matrix; }

    // The steps behind the actions, without the file dialogs (tests, scripted demos).
    Result<int> exportTo(const QString &path);
    ImportPreviewDialog *previewFile(const QString &path); // nullptr after an error (shown in the banner)
    void previewClients();                                  // previewReady() when the scan is done
    Result<ImportOutcome> importChosen(const QList<ImportItem> &items);
    void undoImport();
    ServerClientMatrixDialog *showMatrix();

Q_SIGNALS:
    void previewReady(mcpc::ui::ImportPreviewDialog *dialog);
    void imported(const mcpc::ImportOutcome &outcome);

private:
    void exportWithDialog();
    void importWithDialog();
    void runPreview(ImportPreviewDialog *dialog);
    void showError(const QString &what, const Error &error);

    MainWindow *m_window;
    AppServices *m_services;
    Banner *m_banner;
    QAction *m_export;
    QAction *m_import;
    QAction *m_importClients;
    QAction *m_undo;
    QAction *m_matrix;
    std::optional<ImportOutcome> m_last;
    QPointer<ServerClientMatrixDialog> m_matrixDialog;
};

} // namespace mcpc::ui
