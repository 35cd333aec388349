#include "input/dialoginputprovider.h"

#include "input/elicitationdialog.h"

#include <QWidget>

namespace mcpc::ui {

DialogInputProvider::DialogInputProvider(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
}

ElicitationDialog *DialogInputProvider::openDialog() const
{
    return m_dialog;
}

void DialogInputProvider::elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done)
{
    auto *dialog = new ElicitationDialog(request, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    QPointer<QObject> op(operation);
    connect(dialog, &QDialog::finished, this, [dialog, op, done] {
        if (op)
            done(dialog->answer());
    });
    // The request ended while the form was open: close it without answering.
    if (operation)
        connect(operation, &QObject::destroyed, dialog, [dialog] {
            dialog->blockSignals(true);
            dialog->close();
        });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace mcpc::ui
