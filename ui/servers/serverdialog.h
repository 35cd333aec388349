#pragma once

#include "profiles/serverprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace mcpc::ui {

class AppServices;
class HeadersEditor;
class ConnectionTestRow;

// Add or edit a server: URL with inline validation, a name derived from the host (with
// a "Use <slug>" fix for invalid names), transport, auth mode and headers, the plain-HTTP
// opt-in shown only when needed, and "Test connection" before saving. Saving writes the
// header values to the secret store, then the profile (ProfileSaver).
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    // existing == nullptr: add a new server.
    ServerDialog(AppServices *services, const ServerProfile *existing, QWidget *parent = nullptr);
    ~ServerDialog() override;

    // An "Add to MCP Connect" link: its address and name, and a note that they came from
    // a link (the person still checks them and presses Add).
    void prefillFromLink(const QUrl &url, const QString &name);

    ServerProfile profile() const; // what the form describes now
    bool isValid() const;

    // For tests and accessibility: what the inline messages say.
    QString urlMessage() const;
    QString nameMessage() const;
    QString headersMessage() const;
    QString suggestedName() const; // the "Use <slug>" suggestion, empty when none
    bool insecureOptionVisible() const;
    QString insecureWarning() const;
    QString testResult() const;
    QString introText() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *allowHttpBox() const { return m_allowHttp; }
    QPushButton *testButton() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *useSuggestionButton() const { return m_useSuggestion; }
    HeadersEditor *headersEditor() const { return m_headers; }
    QComboBox *authCombo() const { return m_auth; }

Q_SIGNALS:
    void saved(const mcpc::ServerProfile &profile);

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void onUrlEdited();
    void onNameEdited();
    void revalidate();
    void testConnection();
    void fitHeight();
    QString slugForUrl(const QUrl &url) const;
    QString uniqueName(const QString &base) const;
    bool nameTaken(const QString &name) const;

    AppServices *m_services;
    bool m_isNew;
    ServerProfile m_original;
    bool m_nameTouched = false;

    QLabel *m_intro = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QWidget *m_urlBlock = nullptr;
    QWidget *m_commandBlock = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QString m_suggestion;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_command = nullptr;
    QComboBox *m_auth = nullptr;
    HeadersEditor *m_headers = nullptr;
    QLabel *m_headersMessage = nullptr;
    QLabel *m_oauthNote = nullptr;
    QLineEdit *m_userDataTool = nullptr;
    QWidget *m_insecureBox = nullptr;
    QLabel *m_insecureText = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QLabel *m_keychainNote = nullptr;
    ConnectionTestRow *m_testRow = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    bool m_saving = false;
};

} // namespace mcpc::ui
