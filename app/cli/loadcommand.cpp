// load: a load test of one tool (throughput, latency percentiles, errors by kind).
#include "cli/args.h"
#include "cli/interruptwatcher.h"
#include "cli/connectedcommand.h"
#include "cli/oauthoptions.h"
#include "cli/output.h"
#include "cli/services.h"
#include "load/loadclock.h"
#include "load/loadoptions.h"
#include "load/loadrun.h"
#include "oauth/oauthauthenticator.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"
#include "protocol/serverconnector.h"
#include "util/boundedjson.h"
#include "util/jsonfield.h"

#include <QSocketNotifier>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using nlohmann::json;

namespace mcpc::cli {

namespace {

const char *kSynopsis = "load TARGET TOOL [--args JSON] [--concurrency N] (--duration S | --requests N) [--rate R] [--json]";

// Exit code of a run stopped with Ctrl+C (SIGINT) or SIGTERM: the shell's 128 + SIGINT, so
// scripts can tell "stopped early, summary so far" from a run that went to its end.
constexpr int kInterruptedExit = 130;

// Parses a positive number option; empty error when absent or fine.
QString readNumber(const QCommandLineParser &p, const QString &name, double min, double *out)
{
    if (!p.isSet(name))
        return {};
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min)
        return QStringLiteral("--%1 must be a number of at least %2 (got '%3').").arg(name).arg(min).arg(p.value(name));
    *out = v;
    return {};
}

class LoadCommand : public ConnectedCommand
{
public:
    using ConnectedCommand::ConnectedCommand;

    void start() override
    {
        for (const char *name : {"args", "concurrency", "duration", "requests", "rate", "sessions", "timeout"})
            m_parser.addOption({QString::fromLatin1(name), {}, QStringLiteral("value")});
        m_parser.addOption({QStringLiteral("yes"), {}});
        m_parser.addOption({QStringLiteral("progress"), {}});
        if (!parseTarget(m_parser, QString::fromLatin1(kSynopsis), 2))
            return;
        if (const QString e = readOptions(); !e.isEmpty())
            return finish(m_ctx.out->usage(e));
        m_local = load::isLocalTarget(m_profile.url, !m_profile.isHttp());
        if (auto ok = load::validate(m_options, m_local); !ok)
            return finish(m_ctx.out->fail(ok.error()));
        m_options.durationMs = load::effectiveDurationMs(m_options, m_local);
        if (m_local || m_parser.isSet(QStringLiteral("yes")))
            return connectTo(m_profile);
        if (!isInteractiveRun())
            return finish(m_ctx.out->fail(Error::make(ErrorKind::Usage,
                QStringLiteral("Refusing to load-test %1: it is not on this machine.").arg(m_profile.target()), 0,
                QStringLiteral("Only load-test servers you own or may test. If you may, pass --yes (at most %1 concurrent "
                               "calls and %2 s against another machine).")
                    .arg(load::LoadLimits::RemoteMaxConcurrency).arg(load::LoadLimits::RemoteMaxDurationMs / 1000))));
        askConfirmation();
    }

protected:
    void onConnected(McpClient *client) override
    {
        // The tool must exist; listing it also teaches a modern client its x-mcp-header params.
        auto *op = new ListOperation(client, QStringLiteral("tools/list"), "tools", this);
        connect(op, &ListOperation::finished, this, [this, op, client] {
            op->deleteLater();
            if (!op->ok())
                return void(failAndClose(op->error()));
            QStringList names;
            for (const json &t : op->items())
                names << jsonString(t, "name");
            if (!names.contains(m_options.tool))
                return void(failAndClose(Error::make(ErrorKind::Tool,
                    QStringLiteral("Tool not available: the server has no tool named '%1'.").arg(m_options.tool), 0,
                    QStringLiteral("Available tools: %1").arg(names.join(QStringLiteral(", "))))));
            runLoad(client);
        });
        op->start();
    }

private:
    QString readOptions()
    {
        m_options.tool = m_parser.positionalArguments().at(1);
        if (m_parser.isSet(QStringLiteral("args"))) {
            auto parsed = parseJson(m_parser.value(QStringLiteral("args")).toUtf8(), QStringLiteral("--args"), ErrorKind::Usage,
                                    QStringLiteral("--args must be a JSON object, e.g. '{\"message\": \"hi\"}'."));
            if (!parsed || !parsed->is_object())
                return QStringLiteral("--args must be a JSON object, e.g. '{\"message\": \"hi\"}'.");
            m_options.arguments = std::move(*parsed);
        }
        double concurrency = 10, duration = 0, requests = 0, rate = 0, sessions = 0, timeout = 30;
        QString e = readNumber(m_parser, QStringLiteral("concurrency"), 1, &concurrency);
        if (e.isEmpty())
            e = readNumber(m_parser, QStringLiteral("duration"), 0.1, &duration);
        if (e.isEmpty())
            e = readNumber(m_parser, QStringLiteral("requests"), 1, &requests);
        if (e.isEmpty())
            e = readNumber(m_parser, QStringLiteral("rate"), 0.01, &rate);
        if (e.isEmpty())
            e = readNumber(m_parser, QStringLiteral("sessions"), 1, &sessions);
        if (e.isEmpty())
            e = readNumber(m_parser, QStringLiteral("timeout"), 0.1, &timeout);
        if (!e.isEmpty())
            return e;
        for (auto [name, v] : {std::pair{"concurrency", concurrency}, std::pair{"requests", requests}, std::pair{"sessions", sessions}})
            if (v != std::floor(v) || v > 1e9)
                return QStringLiteral("--%1 must be a whole number (got '%2').").arg(QLatin1String(name), m_parser.value(QLatin1String(name)));
        if (!m_parser.isSet(QStringLiteral("duration")) && !m_parser.isSet(QStringLiteral("requests")))
            return QStringLiteral("Say how long to run: --duration SECONDS or --requests N.");
        m_options.concurrency = int(concurrency);
        m_options.durationMs = qint64(std::llround(duration * 1000));
        m_options.requests = qint64(requests);
        m_options.rate = rate;
        m_options.sessions = int(sessions);
        m_options.callTimeoutMs = int(std::llround(timeout * 1000));
        return {};
    }

    void askConfirmation()
    {
        const QString limit = m_options.requests > 0 ? QStringLiteral("%1 calls").arg(m_options.requests)
                                                     : QStringLiteral("%1 s").arg(double(m_options.durationMs) / 1000.0);
        std::fprintf(stderr, "%s is not on this machine. A load test against a server you do not own is an attack.\n"
                             "Send %d concurrent calls of %s for up to %s? [y/N] ",
                     qPrintable(m_profile.target()), m_options.concurrency, qPrintable(m_options.tool), qPrintable(limit));
        std::fflush(stderr);
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            notifier->setEnabled(false);
            notifier->deleteLater();
            char buf[64] = {};
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf - 1);
            const QString answer = QString::fromLocal8Bit(buf, n > 0 ? int(n) : 0).trimmed().toLower();
            if (answer == u"y" || answer == u"yes")
                return connectTo(m_profile);
            finish(m_ctx.out->fail(Error::make(ErrorKind::Usage, QStringLiteral("Load test not started."))));
        });
    }

    void runLoad(McpClient *client)
    {
        auto *run = new load::LoadRun(client, m_options, &m_clock, this);
        run->setHttpClient(m_ctx.services->httpClient());
        run->setConnectorFactory([this](QObject *parent) {
            auto *c = new ServerConnector(m_profile, m_ctx.services->httpClient(), m_ctx.services->secrets(), parent);
            ClientOptions o;
            o.eraPreference = EraPreference::Legacy; // the first session found the era
            c->setClientOptions(o);
            if (m_authenticator)
                c->setAuthenticator(m_authenticator); // one sign-in for every session
            return c;
        });
        const bool live = m_parser.isSet(QStringLiteral("progress")) || ::isatty(STDERR_FILENO);
        QTimer *ticker = nullptr;
        if (live) {
            ticker = new QTimer(this);
            connect(ticker, &QTimer::timeout, this, [this, run] { printProgress(run, false); });
            ticker->start(250);
        }
        // Ctrl+C stops the run (calls in flight are cancelled) and still prints the summary
        // of what completed; a second Ctrl+C quits at once.
        auto *interrupt = new InterruptWatcher(run);
        if (interrupt->install())
            connect(interrupt, &InterruptWatcher::interrupted, run, [this, run] {
                m_interrupted = true;
                m_ctx.out->info(QStringLiteral("interrupted: stopping the load test (Ctrl+C again quits at once)"));
                run->stop();
            });
        connect(run, &load::LoadRun::finished, this, [this, run, ticker] {
            if (ticker) {
                ticker->stop();
                printProgress(run, true);
            }
            if (!run->ok())
                return void(failAndClose(run->error()));
            const load::LoadReport report = run->report();
            if (m_ctx.out->json()) {
                json doc = report.toJson();
                doc["target"] = m_profile.target().toStdString();
                m_ctx.out->document(doc);
            } else {
                m_ctx.out->line(report.toText().trimmed());
            }
            closeAndFinish(m_interrupted ? kInterruptedExit : 0);
        });
        run->start();
    }

    // One status line on stderr: rewritten in place on a terminal, a line per tick otherwise.
    void printProgress(load::LoadRun *run, bool last)
    {
        const bool tty = ::isatty(STDERR_FILENO);
        if (last) {
            if (tty)
                std::fputs("\r\x1b[K", stderr);
            return;
        }
        const load::LoadReport r = run->report();
        if (run->phase() == load::LoadRun::Phase::Opening) {
            std::fprintf(stderr, tty ? "\r\x1b[Kopening %d sessions…" : "opening %d sessions…\n", r.sessions);
        } else {
            const QString line = QStringLiteral("%1 s · %2 calls · %3/s · p50 %4 · p99 %5 · errors %6 · in flight %7")
                                     .arg(double(r.elapsedUs) / 1e6, 0, 'f', 1)
                                     .arg(r.completed())
                                     .arg(r.throughput(), 0, 'f', 0)
                                     .arg(load::formatLatency(r.latency.percentile(50)), load::formatLatency(r.latency.percentile(99)))
                                     .arg(r.errors + r.toolErrors)
                                     .arg(run->inFlight());
            std::fprintf(stderr, tty ? "\r\x1b[K%s" : "%s\n", qPrintable(line));
        }
        std::fflush(stderr);
    }

    QCommandLineParser m_parser;
    load::LoadOptions m_options;
    load::SteadyLoadClock m_clock;
    bool m_local = true;
    bool m_interrupted = false;
};

} // namespace

QList<CommandSpec> loadCommands()
{
    CommandSpec spec;
    spec.name = QStringLiteral("load");
    spec.synopsis = QString::fromLatin1(kSynopsis);
    spec.summary = QStringLiteral("load-test one tool: throughput, latency p50/p90/p99/max, errors by kind");
    spec.help = QStringLiteral(
        "Calls one tool over and over, N calls in flight at once, and reports throughput, latency\n"
        "(p50, p90, p99, max), errors by kind and how many results had isError. MCP 2026-07-28\n"
        "servers get stateless requests; older servers get one session per concurrent caller\n"
        "(--sessions to use fewer), all sharing one connection pool and one sign-in. Over HTTP,\n"
        "each caller first sends one ping (server/discover to 2026-07-28 servers) before the clock\n"
        "starts, so every connection is open and accepted when the measurement begins.\n\n"
        "Options:\n"
        "  --args JSON          the tool's arguments (a JSON object; default {})\n"
        "  --concurrency N      calls in flight at once (default 10, at most 1000)\n"
        "  --duration S         stop starting calls after S seconds; calls in flight still finish\n"
        "  --requests N         stop after starting N calls (with --duration: whichever comes first)\n"
        "  --rate R             start at most R calls per second, evenly spread (default: no limit)\n"
        "  --sessions N         older (session) servers: spread the calls over N sessions\n"
        "  --timeout S          per-call timeout in seconds (default 30); a timeout counts as an error\n"
        "  --progress           the live progress line on stderr even when it is not a terminal\n"
        "  --yes                confirm a target that is not on this machine (no prompt)\n\n"
        "Safety: a server on another machine gets a prompt (or needs --yes) and hard caps:\n"
        "at most 20 concurrent calls and 60 s. A load test against someone else's server is an attack.\n\n"
        "Ctrl+C (or SIGTERM) stops the run early: calls in flight are cancelled and the summary\n"
        "of the calls completed so far is printed (marked as stopped early); Ctrl+C twice quits.\n\n"
        "Exit codes: 0 the run completed (whatever its error rate: see the report), 1 bad values\n"
        "or a refused target, 2 connection failure, 3 sign-in needed, 4 no such tool,\n"
        "130 stopped with Ctrl+C (the summary so far is printed).\n\n")
        + eraOptionHelp();
    spec.create = [](const CommandContext &ctx) { return new LoadCommand(ctx); };
    return {spec};
}

} // namespace mcpc::cli
