#pragma once

#include "monitor/serverstatus.h"

#include <QFrame>

class QLabel;

namespace mcpc::ui {

class Spinner;
class StatusDot;

// The server page's status line: a dot, the headline ("Up · 12 ms · MCP 2025-11-25 ·
// Streamable HTTP" or "Down — Connection refused by ..."), a spinner while a check
// runs, and below it the hint that says how to fix a failure.
class StatusBadge : public QFrame
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(const ServerStatus &status);
    QString headline() const;
    QString hint() const;

private:
    void restyle();

    StatusDot *m_dot;
    QLabel *m_headline;
    QLabel *m_hint;
    Spinner *m_spinner;
    ServerStatus m_status;
};

} // namespace mcpc::ui
