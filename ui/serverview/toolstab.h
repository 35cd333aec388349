#pragma once

#include "protocol/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QUrl;

namespace mcpc {
class McpClient;
}

namespace mcpc::ui {

class AppLaunchButton;
class EmptyState;
class LoadPanel;
class SegmentedSwitch;
class ToolCallPanel;

// The Tools tab: a searchable list of the server's tools (name, title, description) and,
// for the selected one, the call panel with its argument form, or the load test (the
// Call | Load switch, modeSwitch(), sits under the list).
class ToolsTab : public QWidget
{
    Q_OBJECT
public:
    enum Mode { CallMode, LoadMode };
    explicit ToolsTab(QWidget *parent = nullptr);

    void setTools(const QList<Tool> &tools);
    void setClient(McpClient *client);
    void setTarget(const QUrl &url, bool stdio); // for the Load tab's safety rules
    void focusSearch();
    bool selectTool(const QString &name);
    void showMode(Mode mode);
    Mode mode() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    ToolCallPanel *callPanel() const { return m_panel; }
    LoadPanel *loadPanel() const { return m_load; }
    SegmentedSwitch *modeSwitch() const { return m_modeSwitch; } // enabled while a tool is selected
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
    QStackedWidget *m_modes; // the call panel or the load panel
    SegmentedSwitch *m_modeSwitch;
    AppLaunchButton *m_appButton; // "Open App" (MCP Apps): above the panels, only for a tool with an App
    QWidget *m_modesPage; // the App row over m_modes
};

} // namespace mcpc::ui
