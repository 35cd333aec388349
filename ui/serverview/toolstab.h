#pragma once

#include "protocol/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QUrl;

namespace mcpc {
class McpClient;
}

namespace mcpc::ui {

class AppLaunchButton;
class EmptyState;
class LoadPanel;
class ToolCallPanel;

// The Tools tab: a searchable list of the server's tools (name, title, description) and,
// for the selected one, the call panel with its argument form and the Load tab.
class ToolsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ToolsTab(QWidget *parent = nullptr);

    void setTools(const QList<Tool> &tools);
    void setClient(McpClient *client);
    void setTarget(const QUrl &url, bool stdio); // for the Load tab's safety rules
    void focusSearch();
    bool selectTool(const QString &name);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    ToolCallPanel *callPanel() const { return m_panel; }
    LoadPanel *loadPanel() const { return m_load; }
    QTabWidget *toolTabs() const { return m_toolTabs; }
    AppLaunchButton *appButton() const { return m_appButton; }
    int visibleToolCount() const;

private:
    void onCurrentChanged();
    void updateCount();

    QList<Tool> m_tools;
    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_list;
    QLabel *m_count;
    QStackedWidget *m_right;
    EmptyState *m_empty;
    ToolCallPanel *m_panel;
    LoadPanel *m_load;
    QTabWidget *m_toolTabs; // Call | Load
    AppLaunchButton *m_appButton; // "Open App" (MCP Apps), in the tabs' corner
};

} // namespace mcpc::ui
