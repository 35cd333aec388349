#pragma once

#include "transport/transport.h"

#include <QProcess>
#include <QStringList>

class QTimer;

namespace mcpc {

// A local MCP server as a child process: newline-delimited JSON on stdin/stdout; every
// stderr line goes to diagnostic() for the log, and the last few explain a crash.
class StdioTransport : public Transport
{
    Q_OBJECT
public:
    StdioTransport(QString program, QStringList arguments, QObject *parent = nullptr);
    ~StdioTransport() override;

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    void setWorkingDirectory(const QString &dir) { m_workingDir = dir; }
    // How long close() waits for a polite exit before terminating, then killing.
    void setGracePeriodMs(int ms) { m_graceMs = ms; }

    void open() override;
    void send(const OutgoingMessage &message) override;
    void close() override;
    QString describe() const override;

    QStringList stderrTail() const { return m_stderrTail; }

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    QString tailText() const;

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_workingDir;
    QProcess *m_process = nullptr;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    QTimer *m_closeTimer = nullptr;
    int m_graceMs = 2000;
    bool m_closing = false;
    bool m_terminateSent = false;
    bool m_failed = false;
};

} // namespace mcpc
