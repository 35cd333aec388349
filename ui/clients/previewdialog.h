#pragma once

#include "clientconfig/clientconfigtypes.h"
#include "profiles/serverprofile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace mcpc::ui {

class DiffView;
class EntryOptionsBox;
class ScopePicker;
class Spinner;

// "Add acme to Cursor": which file (the scope, with a project folder where it needs
// one), the entry's name, the choices that change the entry, what will happen in plain
// words and the unified diff of the client's file. An entry edited by hand or not
// written by MCP Connect is said so plainly and needs the explicit "Replace it anyway".
// Non-blocking: open() it; the owner plans again on requestChanged() (on its worker
// thread) and writes target()/entryName()/options() after accepted().
class PreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Connect, Disconnect };

    struct Setup
    {
        Kind kind = Kind::Connect;
        QString clientId;
        QString clientName;
        ServerProfile profile;
        clientconfig::ClientTarget target;
        QList<clientconfig::Scope> scopes; // the client's; a picker when more than one
        QStringList variants;              // VS Code profiles
        QString entryName;
        clientconfig::EntryOptions options;
        bool headerEnvSupported = false;
        QString home; // for ~ in paths
    };

    explicit PreviewDialog(const Setup &setup, QWidget *parent = nullptr);

    // The plan for the current choices (or why there is none). Enables the confirm button.
    void setPlan(const Result<clientconfig::EditPlan> &plan);
    void setPlanning(); // choices changed: a new plan is on its way
    const std::optional<clientconfig::EditPlan> &plan() const { return m_plan; }

    clientconfig::ClientTarget target() const;
    QString entryName() const;
    clientconfig::EntryOptions options() const;
    // The user confirmed a plan that needs it ("Replace it anyway").
    bool force() const { return m_plan && m_plan->needsForce; }

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    DiffView *diffView() const { return m_diff; }
    QLabel *forceWarning() const { return m_forceText; }
    QLabel *errorLabel() const { return m_error; }
    ScopePicker *scopePicker() const { return m_scope; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *slugButton() const { return m_slug; }
    QCheckBox *headerEnvBox() const;
    QList<QLineEdit *> headerVarEdits() const;
    QCheckBox *bridgeBox() const;

Q_SIGNALS:
    // The file, the name or the options changed and are valid: plan again.
    void requestChanged();

private:
    QWidget *buildChoices();
    void onChoicesEdited();
    bool choicesValid(QString *why) const;
    void showPlan(const clientconfig::EditPlan &plan);
    void updateConfirm();

    Setup m_setup;
    std::optional<clientconfig::EditPlan> m_plan;
    bool m_planning = true;
    QLabel *m_title;
    QLabel *m_what;
    QWidget *m_forceBox;
    QLabel *m_forceText;
    QLabel *m_diffTitle;
    QLabel *m_diffStats;
    DiffView *m_diff;
    QLabel *m_error;
    Spinner *m_spinner;
    QPushButton *m_cancel;
    QPushButton *m_confirm;
    ScopePicker *m_scope = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_slug = nullptr;
    EntryOptionsBox *m_options = nullptr;
    QTimer *m_replan;
};

} // namespace mcpc::ui
