#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace mcpc::ui {

class ConnectionLog;
class LogFilter;

// The Log tab: the connection log as a filterable table (text search, kinds, pings
// hidden by default) and the selected entry's full, pretty-printed JSON below.
class LogView : public QWidget
{
    Q_OBJECT
public:
    LogView(ConnectionLog *log, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    int visibleRows() const;

private:
    void showDetail();

    ConnectionLog *m_log;
    LogFilter *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_traffic;
    QCheckBox *m_notes;
    QCheckBox *m_pings;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
};

} // namespace mcpc::ui
