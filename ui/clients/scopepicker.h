#pragma once

#include "clientconfig/clientconfigtypes.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace mcpc::ui {

class ElidedLabel;

// Which of a client's config files to write: the user settings (or a VS Code profile's),
// a project's file, or Claude Code's "local" section for one project. Choosing a project
// scope asks for the folder with a non-modal folder dialog; cancelling it keeps the
// previous choice, so the picker never points at a project without a folder.
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    ScopePicker(const QString &clientName, QWidget *parent = nullptr);

    // The client's scopes and VS Code profiles; the picker hides itself with one choice.
    void setChoices(const QList<clientconfig::Scope> &scopes, const QStringList &variants);
    bool hasChoice() const;
    void setTarget(const clientconfig::ClientTarget &target);
    const clientconfig::ClientTarget &target() const { return m_target; }
    // As if the user chose it (and its folder): emits targetChanged().
    void select(const clientconfig::ClientTarget &target);

    QComboBox *comboBox() const { return m_box; }
    QPushButton *folderButton() const { return m_choose; }

Q_SIGNALS:
    void targetChanged(const clientconfig::ClientTarget &target);

private:
    void rebuild();
    void onActivated(int index);
    void chooseFolder(clientconfig::Scope scope);

    QString m_clientName;
    QList<clientconfig::Scope> m_scopes;
    QStringList m_variants;
    clientconfig::ClientTarget m_target;
    QComboBox *m_box;
    ElidedLabel *m_folder;
    QPushButton *m_choose;
};

} // namespace mcpc::ui
