#pragma once

#include "compat/compatengine.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mcpc::ui {

// The Connect clients tab's "Compatibility" section: one line per client ("works",
// "2 warnings", "will not load: …") from the same per-client rules as `compat`, with the
// fix one click away (Details shows every finding with its fix and source; "Use the
// bridge" asks the page to connect through mcp-remote).
class CompatibilitySection : public QWidget
{
    Q_OBJECT
public:
    explicit CompatibilitySection(QWidget *parent = nullptr);

    void setChecking();
    void setReports(const QList<compat::ClientReport> &reports);
    void setError(const QString &message);
    // The line shown for a client ("works", "1 problem: …"); empty before a report.
    QString lineFor(const QString &clientId) const;
    // The per-client list folds away while every client works; "Show each client" opens it.
    void setExpanded(bool expanded);
    QPushButton *toggleButton() const { return m_toggle; }

Q_SIGNALS:
    void bridgeRequested(const QString &clientId);

private:
    void clearRows();
    void showDetails(const compat::ClientReport &report);

    QLabel *m_status;
    QPushButton *m_toggle;
    QWidget *m_rowsBox;
    QGridLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
    QMap<QString, QString> m_lines;
};

} // namespace mcpc::ui
