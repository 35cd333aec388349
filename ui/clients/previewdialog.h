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
class Spinner;

// "Connect Cursor to acme?": what will happen in plain words, the unified diff of the
// client's file, and the choices that change the entry (header variables, Windsurf's
// bridge form). An entry edited by hand or not written by MCP Connect is said so plainly
// and needs the explicit "Replace it anyway". Non-blocking: open() it; the owner re-plans
// on optionsChanged() and writes after accepted().
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
        clientconfig::EntryOptions options;
        bool headerEnvSupported = false;
        QString home; // for ~ in paths
    };

    explicit PreviewDialog(const Setup &setup, QWidget *parent = nullptr);

    // The plan for the current options (or why there is none). Enables the confirm button.
    void setPlan(const Result<clientconfig::EditPlan> &plan);
    void setPlanning(); // options changed: a new plan is on its way
    const std::optional<clientconfig::EditPlan> &plan() const { return m_plan; }
    clientconfig::EntryOptions options() const;
    // The user confirmed a plan that needs it ("Replace it anyway").
    bool force() const { return m_plan && m_plan->needsForce; }

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    DiffView *diffView() const { return m_diff; }
    QLabel *forceWarning() const { return m_forceText; }
    QLabel *errorLabel() const { return m_error; }
    QCheckBox *headerEnvBox() const { return m_headerBox; }
    QList<QLineEdit *> headerVarEdits() const { return m_varEdits; }
    QCheckBox *bridgeBox() const { return m_bridgeBox; }

Q_SIGNALS:
    void optionsChanged(const mcpc::clientconfig::EntryOptions &options);

private:
    QWidget *buildOptions();
    void onOptionsEdited();
    bool optionsValid(QString *why) const;
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
    QCheckBox *m_headerBox = nullptr;
    QList<QLineEdit *> m_varEdits;
    QLabel *m_headerNote = nullptr;
    QCheckBox *m_bridgeBox = nullptr;
    QTimer *m_replan;
};

} // namespace mcpc::ui
