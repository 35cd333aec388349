#pragma once

#include <QString>

class QWidget;

namespace mcpc::ui {

// Help › About: the app's version, the Qt it runs on (and was built with), the MCP
// revisions it speaks in both eras, and where secrets are kept.
struct AboutBox
{
    static QString text(const QString &secretsBackend); // rich text
    static void show(QWidget *parent, const QString &secretsBackend);
};

} // namespace mcpc::ui
