#pragma once

#include "clientconfig/adapters/clientadapter.h"
#include "profiles/serverprofile.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace mcpc::ui {

// The choices that change the entry itself: where header values come from (environment
// variables, never the token in the file) and Windsurf's mcp-remote bridge form. Only
// built for the servers and clients that have such a choice; see needed().
class EntryOptionsBox : public QFrame
{
    Q_OBJECT
public:
    EntryOptionsBox(const QString &clientId, const QString &clientName, const ServerProfile &profile,
                    const clientconfig::EntryOptions &options, bool headerEnvSupported, QWidget *parent = nullptr);

    static bool needed(const QString &clientId, const ServerProfile &profile);

    clientconfig::EntryOptions options() const;
    // False with the reason when a variable name is not one.
    bool isValid(QString *why) const;

    QCheckBox *headerEnvBox() const { return m_headerBox; }
    QList<QLineEdit *> headerVarEdits() const { return m_varEdits; }
    QCheckBox *bridgeBox() const { return m_bridgeBox; }

Q_SIGNALS:
    void edited();

private:
    void refreshNote();

    QString m_clientName;
    ServerProfile m_profile;
    bool m_headerEnvSupported;
    QCheckBox *m_headerBox = nullptr;
    QList<QLineEdit *> m_varEdits;
    QLabel *m_headerNote = nullptr;
    QCheckBox *m_bridgeBox = nullptr;
};

} // namespace mcpc::ui
