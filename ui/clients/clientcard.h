#pragma once

#include "clients/clientconfigservice.h"
#include "clients/clientvisuals.h"
#include "clients/previewdialog.h"

#include <QFrame>
#include <QPointer>

#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QMenu;
class QPushButton;
class QToolButton;

namespace mcpc::ui {

class Banner;
class Chip;
class ClientCardAlert;
class ClientCardDetails;
class ElidedLabel;
class Spinner;

// One AI client for the selected server: who it is, whether it is installed, its config
// file, the server's entry there as a chip, and the one button that matters now
// ("Connect to Cursor", Update, Disconnect...), with the rest in the "…" menu. Connect
// and disconnect always go through the preview dialog; after a write an inline report
// says what to do in the client, with Undo. Errors and drift show on the card. Every
// engine call runs on the service's worker thread; the button shows it is busy.
// (The edit flow, preview → plan → write → undo, is in clientcardedits.cpp.)
//
// Keyboard: the card is a tab stop; Enter runs the primary action, the Menu key (or
// Shift+F10) opens the "…" menu, Up/Down move to the neighbouring card.
class ClientCard : public QFrame
{
    Q_OBJECT
public:
    ClientCard(ClientConfigService *service, const QString &clientId, const QString &displayName, QWidget *parent = nullptr);

    QString clientId() const { return m_id; }
    QString displayName() const { return m_name; }
    void setProfile(const ServerProfile &profile);
    const ServerProfile &profile() const { return m_profile; }
    // The server's name in this client's file (remembered by the service).
    QString entryName() const { return m_entryName; }

    // Reads the client's status again (on the worker thread).
    void refresh();
    const std::optional<ClientCardState> &state() const { return m_state; }
    clientvisuals::PrimaryAction primaryAction() const { return m_look.action; }
    bool isInstalled() const { return m_state && m_state->status.installed; }
    bool isConnected() const;
    bool isBusy() const { return m_busy > 0; }

    // Which file: scope, project folder, VS Code profile. Remembered by the service.
    void setTarget(const clientconfig::ClientTarget &target);
    clientconfig::ClientTarget target() const { return m_target; }

    // The actions, as the buttons and the menu run them.
    void triggerPrimary();
    void preview(PreviewDialog::Kind kind);
    void undo(bool force = false);
    void openConfigFile();
    void showDrift(const clientconfig::DriftReport &report);

    QPushButton *primaryButton() const { return m_primary; }
    QToolButton *moreButton() const { return m_more; }
    QMenu *menu() const { return m_menu; }
    Chip *stateChip() const { return m_chip; }
    ClientCardAlert *alert() const { return m_alert; }
    Banner *report() const { return m_report; }
    ClientCardDetails *details() const { return m_details; }
    ElidedLabel *pathLabel() const;
    PreviewDialog *previewDialog() const { return m_dialog; }
    QString snippetText() const { return m_state ? m_state->snippet : QString(); }
    bool isWrapped() const; // narrow: the buttons under the text

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stateChanged();
    void focusNeighbour(int delta);
    void connectStarted(const QString &clientId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    int narrowMinimumWidth() const;
    int wideMinimumWidth() const;
    struct Request // what a plan or write is for: the dialog's choices
    {
        clientconfig::ClientTarget target;
        QString name;
        clientconfig::EntryOptions options;
    };

    void applyState(const ClientCardState &state);
    void setBusy(bool busy, const QString &text = QString());
    void updatePrimary();
    void restyle();
    void updateArrangement(); // the actions beside the text, or wrapped under it
    Request currentRequest() const;
    void plan(PreviewDialog::Kind kind, const Request &request);
    void openPreview(PreviewDialog::Kind kind, const clientconfig::EditPlan &plan, const Request &request);
    void write(PreviewDialog::Kind kind, const Request &request, bool force);

    ClientConfigService *m_service;
    QString m_id;
    QString m_name;
    QString m_home;
    ServerProfile m_profile;
    QString m_entryName;
    clientconfig::ClientTarget m_target;
    std::optional<ClientCardState> m_state;
    // A preview asked for before the card's first state arrived (a link or the matrix made
    // the card just now): it opens as soon as the state is in.
    std::optional<PreviewDialog::Kind> m_pendingPreview;
    clientvisuals::Look m_look;
    int m_generation = 0;
    int m_planGeneration = 0;
    int m_busy = 0;
    QString m_busyText;

    QGridLayout *m_head = nullptr;
    QVBoxLayout *m_text = nullptr;
    QHBoxLayout *m_actions = nullptr;
    bool m_wrapped = false;
    QLabel *m_icon;
    QLabel *m_title;
    Chip *m_chip;
    ClientCardDetails *m_details;
    Spinner *m_spinner;
    QPushButton *m_primary;
    QToolButton *m_more;
    QMenu *m_menu;
    ClientCardAlert *m_alert;
    Banner *m_report;
    QPointer<PreviewDialog> m_dialog;
};

} // namespace mcpc::ui
