#include "tools/loadpanel.h"

#include "http/client/httpclient.h"
#include "load/loadrun.h"
#include "protocol/mcpclient.h"
#include "style/theme.h"
#include "tools/loadchart.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpc::ui {

LoadPanel::LoadPanel(QWidget *parent)
    : QWidget(parent)
    , m_concurrency(new QSpinBox(this))
    , m_limitKind(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_start(new QPushButton(QCoreApplication::translate("LoadPanel", "Start load test"), this))
    , m_stop(new QPushButton(QCoreApplication::translate("LoadPanel", "Stop"), this))
    , m_status(new QLabel(this))
    , m_chart(new LoadChart(&m_model, this))
    , m_summary(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    m_concurrency->setRange(1, load::LoadLimits::MaxConcurrency);
    m_concurrency->setValue(10);
    m_concurrency->setAccessibleName(QCoreApplication::translate("LoadPanel", "Concurrency"));
    m_limitKind->addItems({QStringLiteral("seconds"), QStringLiteral("requests")});
    m_limitKind->setAccessibleName(QCoreApplication::translate("LoadPanel", "Run for"));
    m_limit->setRange(1, 1'000'000);
    m_limit->setValue(10);
    m_limit->setAccessibleName(QCoreApplication::translate("LoadPanel", "Duration or request count"));
    m_rate->setRange(0, 1'000'000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(QCoreApplication::translate("LoadPanel", "no limit"));
    m_rate->setSuffix(QCoreApplication::translate("LoadPanel", " calls/s"));
    m_rate->setAccessibleName(QCoreApplication::translate("LoadPanel", "Rate limit"));
    m_start->setDefault(false);
    m_stop->setEnabled(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    m_summary->setFont(mono);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_status->setPalette(muted);
    m_status->setText(QCoreApplication::translate("LoadPanel", "Calls this tool over and over with the arguments typed under Call."));
    m_status->setWordWrap(true);

    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_limitKind);
    auto *form = new QFormLayout;
    form->addRow(QCoreApplication::translate("LoadPanel", "Concurrency"), m_concurrency);
    form->addRow(QCoreApplication::translate("LoadPanel", "Run for"), limitRow);
    form->addRow(QCoreApplication::translate("LoadPanel", "Rate"), m_rate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(16, 12, 0, 0); // like the Call tab's content, clear of the tab bar
    col->addLayout(form);
    col->addLayout(buttons);
    col->addWidget(m_status);
    col->addWidget(m_chart, 1);
    col->addWidget(m_summary);

    connect(m_start, &QPushButton::clicked, this, &LoadPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &LoadPanel::stop);
    connect(m_ticker, &QTimer::timeout, this, &LoadPanel::tick);
    setState(State::Idle);
}

LoadPanel::~LoadPanel()
{
    if (m_run)
        m_run->disconnect(this);
}

void LoadPanel::setTool(const QString &name)
{
    if (name == m_tool)
        return;
    stop();
    m_tool = name;
    m_model.clear();
    m_summary->clear();
    m_chart->update();
}

void LoadPanel::setClient(McpClient *client)
{
    m_client = client;
    setState(m_state);
}

void LoadPanel::setTarget(const QUrl &url, bool stdio)
{
    m_url = url;
    m_stdio = stdio;
}

QMessageBox *LoadPanel::confirmation() const
{
    return m_confirm;
}

void LoadPanel::setHttpClient(http::HttpClient *http)
{
    m_http = http;
}

Result<load::LoadOptions> LoadPanel::readOptions() const
{
    load::LoadOptions o;
    o.tool = m_tool;
    o.concurrency = m_concurrency->value();
    if (m_limitKind->currentIndex() == 0)
        o.durationMs = qint64(m_limit->value()) * 1000;
    else
        o.requests = m_limit->value();
    o.rate = m_rate->value();
    if (m_arguments) {
        auto args = m_arguments();
        if (!args)
            return std::unexpected(args.error());
        o.arguments = std::move(*args);
    }
    const bool local = load::isLocalTarget(m_url, m_stdio);
    if (auto ok = load::validate(o, local); !ok)
        return std::unexpected(ok.error());
    o.durationMs = load::effectiveDurationMs(o, local);
    return o;
}

void LoadPanel::start()
{
    if (m_state == State::Running || m_state == State::Stopping || m_state == State::Confirming || !m_client)
        return;
    auto options = readOptions();
    if (!options) {
        showError(options.error().message + (options.error().hint.isEmpty() ? QString() : QStringLiteral(" ") + options.error().hint));
        return;
    }
    if (load::isLocalTarget(m_url, m_stdio)) {
        begin(*options);
        return;
    }
    // Asked without a nested event loop: the answer arrives as a signal.
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Load-test another machine?"),
        tr("%1 is not on this computer. A load test against a server you do not own is an attack.\n\n"
                       "Send %2 concurrent calls of %3? (At most %4 calls at once and %5 s against another machine.)")
            .arg(m_url.host()).arg(options->concurrency).arg(m_tool)
            .arg(load::LoadLimits::RemoteMaxConcurrency).arg(load::LoadLimits::RemoteMaxDurationMs / 1000),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, opts = *options](int result) {
        if (m_state != State::Confirming)
            return;
        if (result == QMessageBox::Yes && m_client) {
            begin(opts);
        } else {
            m_status->setText(tr("Load test not started."));
            setState(State::Idle);
        }
    });
    setState(State::Confirming);
    m_confirm->open();
}

void LoadPanel::begin(const load::LoadOptions &options)
{
    m_model.clear();
    m_summary->clear();
    m_chart->update();
    auto *run = new load::LoadRun(m_client, options, m_clock, this);
    run->setHttpClient(m_http);
    connect(run, &load::LoadRun::finished, this, &LoadPanel::onFinished);
    m_run = run;
    setState(State::Running);
    m_status->setText(tr("Starting…"));
    m_ticker->start(250);
    run->start();
}

void LoadPanel::stop()
{
    if (m_state == State::Confirming && m_confirm) {
        m_confirm->reject();
        return;
    }
    if (m_state != State::Running || !m_run)
        return;
    setState(State::Stopping);
    m_run->stop();
}

void LoadPanel::tick()
{
    if (!m_run)
        return;
    const load::LoadRun::Phase phase = m_run->phase();
    if (phase != load::LoadRun::Phase::Idle && phase != load::LoadRun::Phase::Opening) { // the last tick runs at the end
        m_model.add(m_run->takeInterval());
        m_chart->update();
    }
    const load::LoadReport r = m_run->report();
    m_status->setText(tr("%1 s · %2 calls · %3 calls/s · p50 %4 · p99 %5 · %6 failed · %7 in flight")
                          .arg(double(r.elapsedUs) / 1e6, 0, 'f', 1)
                          .arg(r.completed())
                          .arg(r.throughput(), 0, 'f', 0)
                          .arg(load::formatLatency(r.latency.percentile(50)), load::formatLatency(r.latency.percentile(99)))
                          .arg(r.errors + r.toolErrors)
                          .arg(m_run->inFlight()));
}

void LoadPanel::onFinished()
{
    m_ticker->stop();
    load::LoadRun *run = m_run;
    if (!run)
        return;
    if (run->ok()) {
        tick();
        m_summary->setText(run->report().toText().trimmed());
        m_status->setText(run->report().stopped ? tr("Stopped.") : tr("Done."));
    } else {
        showError(run->error().message);
    }
    run->deleteLater();
    m_run = nullptr;
    setState(State::Finished);
}

void LoadPanel::showError(const QString &message)
{
    m_status->setText(message);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, theme::errorColor(palette()));
    m_status->setPalette(p);
}

void LoadPanel::setState(State state)
{
    if (state == State::Running) { // a fresh run: muted status text again
        QPalette p = m_status->palette();
        p.setColor(QPalette::WindowText, theme::mutedText(palette()));
        m_status->setPalette(p);
    }
    const bool busy = state == State::Running || state == State::Stopping || state == State::Confirming;
    m_start->setEnabled(!busy && m_client);
    m_stop->setEnabled(state == State::Running);
    for (QWidget *w : {static_cast<QWidget *>(m_concurrency), static_cast<QWidget *>(m_limitKind),
                       static_cast<QWidget *>(m_limit), static_cast<QWidget *>(m_rate)})
        w->setEnabled(!busy);
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        Q_EMIT stateChanged(state);
}

} // namespace mcpc::ui
