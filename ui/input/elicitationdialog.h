#pragma once

#include "protocol/inputprovider.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;

namespace mcpc::ui {

// The form a server asks the user to fill in (an elicitation in an input_required
// result), built from its requestedSchema: text and number fields, a check box for
// booleans, a drop-down for a choice, a check list for several choices. Accept checks
// every field and shows what is wrong next to it (nothing is sent until all is well);
// Decline and Cancel (Esc) answer without content. Keyboard: Tab between fields, Enter
// accepts, Esc cancels.
class ElicitationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ElicitationDialog(const ElicitationRequest &request, QWidget *parent = nullptr);

    // What the user chose; valid once finished() was emitted.
    const ElicitationAnswer &answer() const { return m_answer; }

    QWidget *fieldWidget(const QString &key) const { return m_editors.value(key); }
    QLabel *fieldError(const QString &key) const { return m_errors.value(key); }
    QPushButton *acceptButton() const { return m_acceptButton; }
    QPushButton *declineButton() const { return m_declineButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    QWidget *makeEditor(const ElicitationField &field);
    // The value a field's editor holds: null for an empty optional field.
    Result<nlohmann::json> valueOf(const ElicitationField &field) const;
    void tryAccept();

    ElicitationRequest m_request;
    ElicitationAnswer m_answer = ElicitationAnswer::cancel();
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_summary;
    QPushButton *m_acceptButton;
    QPushButton *m_declineButton;
    QPushButton *m_cancelButton;
};

} // namespace mcpc::ui
