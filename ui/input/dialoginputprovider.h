#pragma once

#include "protocol/inputprovider.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace mcpc::ui {

class ElicitationDialog;

// Answers a server's input requests in the app: each elicitation opens an
// ElicitationDialog over `parent` (window-modal, opened with open(): the event loop and
// the rest of the app keep running). When the request ends first (the tool run was
// cancelled), the dialog closes unanswered. Roots: none (the app has no roots setting).
class DialogInputProvider : public QObject, public InputProvider
{
    Q_OBJECT
public:
    explicit DialogInputProvider(QWidget *parent);

    void elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done) override;
    ElicitationDialog *openDialog() const; // the form on screen, if any

Q_SIGNALS:
    void dialogOpened(mcpc::ui::ElicitationDialog *dialog);

private:
    QWidget *m_parent;
    QPointer<ElicitationDialog> m_dialog;
};

} // namespace mcpc::ui
