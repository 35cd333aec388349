#pragma once

#include "profiles/serverprofile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mcpc {
class ConnectionProbe;
}

namespace mcpc::ui {

class AppServices;
class Spinner;

// The server dialog's "Test connection" row: the button, a spinner and the result
// ("✓ Connected to Acme · 6 tools · 40 ms", or what went wrong and what to do). Runs one
// ConnectionProbe at a time, without saving anything.
class ConnectionTestRow : public QWidget
{
    Q_OBJECT
public:
    ConnectionTestRow(AppServices *services, QWidget *parent = nullptr);

    // headers: values typed in the form; empty = the probe reads the stored ones.
    void test(const ServerProfile &profile, const QList<QPair<QByteArray, QByteArray>> &headers);
    bool isTesting() const { return !m_probe.isNull(); }
    QString result() const;
    QPushButton *button() const { return m_button; }
    Spinner *spinner() const { return m_spinner; } // also turns while the dialog saves

Q_SIGNALS:
    void testRequested();  // the button was pressed: the dialog supplies the form
    void testingChanged(); // a test started or finished (the dialog re-checks its buttons)

private:
    void showResult();
    void setBusy(bool busy, const QString &what);

    AppServices *m_services;
    QPushButton *m_button;
    Spinner *m_spinner;
    QLabel *m_result;
    QPointer<ConnectionProbe> m_probe;
};

} // namespace mcpc::ui
