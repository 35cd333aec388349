#pragma once

#include "load/loadclock.h"
#include "load/loadoptions.h"
#include "tools/loadchartmodel.h"
#include "util/error.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

#include <nlohmann/json.hpp>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mcpc {
class McpClient;
namespace http {
class HttpClient;
}
} // namespace mcpc

namespace mcpc::load {
class LoadRun;
}

namespace mcpc::ui {

class LoadChart;

// The Load tab of a tool: concurrency, a duration or a request count, an optional rate,
// the arguments from the call panel's form (Call | Load); Start/Stop; a live latency chart and, at the
// end, the summary. The run is a core LoadRun on the GUI's event loop over the server's
// live connection, so the window never blocks. A server on another machine is asked
// about first (and capped), because a load test against someone else's server is an attack.
class LoadPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Confirming, Running, Stopping, Finished };
    Q_ENUM(State)
    using ArgumentsSource = std::function<Result<nlohmann::json>()>;

    explicit LoadPanel(QWidget *parent = nullptr);
    ~LoadPanel() override;

    void setTool(const QString &name);
    void setClient(McpClient *client);
    void setTarget(const QUrl &url, bool stdio);
    void setArgumentsSource(ArgumentsSource source) { m_arguments = std::move(source); }
    void setHttpClient(http::HttpClient *http);
    void setClock(const load::LoadClock *clock) { m_clock = clock; } // tests

    State state() const { return m_state; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QComboBox *limitKindBox() const { return m_limitKind; }
    QSpinBox *limitBox() const { return m_limit; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QMessageBox *confirmation() const; // the open "another machine?" question, or null
    const LoadChartModel &chartModel() const { return m_model; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(mcpc::ui::LoadPanel::State state);

private:
    Result<load::LoadOptions> readOptions() const;
    void begin(const load::LoadOptions &options);
    void tick();
    void onFinished();
    void setState(State state);
    void showError(const QString &message);

    QString m_tool;
    QPointer<McpClient> m_client;
    QUrl m_url;
    bool m_stdio = false;
    ArgumentsSource m_arguments;
    QPointer<http::HttpClient> m_http;
    load::SteadyLoadClock m_steady;
    const load::LoadClock *m_clock = &m_steady;
    QPointer<load::LoadRun> m_run;
    LoadChartModel m_model;
    State m_state = State::Idle;

    QSpinBox *m_concurrency;
    QComboBox *m_limitKind;
    QSpinBox *m_limit;
    QDoubleSpinBox *m_rate;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    LoadChart *m_chart;
    QLabel *m_summary;
    QPointer<QMessageBox> m_confirm;
    QTimer *m_ticker;
};

} // namespace mcpc::ui
