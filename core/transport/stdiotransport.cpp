#include "transport/stdiotransport.h"

#include "util/logging.h"
#include "util/sizetext.h"

#include <QTimer>

namespace mcpc {

namespace {
constexpr int kStderrTailLines = 20;
constexpr qsizetype kMaxStderrLine = 64 * 1024;
} // namespace

StdioTransport::StdioTransport(QString program, QStringList arguments, QObject *parent)
    : Transport(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

StdioTransport::~StdioTransport()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // destructor only: never on a live event path
    }
}

QString StdioTransport::describe() const
{
    return QStringLiteral("stdio (%1)").arg(m_program);
}

void StdioTransport::open()
{
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_env);
    if (!m_workingDir.isEmpty())
        m_process->setWorkingDirectory(m_workingDir);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::started, this, &Transport::opened);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &StdioTransport::onStderr);
    connect(m_process, &QProcess::finished, this, &StdioTransport::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &StdioTransport::onError);
    qCDebug(lcStdio) << "starting" << m_program;
    m_process->start();
}

void StdioTransport::send(const OutgoingMessage &message)
{
    if (!m_process || m_process->state() != QProcess::Running || m_closing)
        return;
    // Compact JSON never contains a raw newline, so one line is one message.
    QByteArray line = message.body;
    line.append('\n');
    m_process->write(line);
}

void StdioTransport::onStdout()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_stdoutBuffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_stdoutBuffer.mid(start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        Q_EMIT messageReceived(line);
        if (m_closing || m_failed || !m_process)
            return;
    }
    m_stdoutBuffer.remove(0, start);
    if (m_stdoutBuffer.size() > maxMessageBytes()) {
        m_failed = true;
        m_process->kill();
        Q_EMIT failed(Error::make(ErrorKind::Protocol,
            QStringLiteral("The server wrote a message over the %1 limit; it was stopped.").arg(sizeText(maxMessageBytes()))));
    }
}

void StdioTransport::onStderr()
{
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_stderrBuffer.indexOf('\n')) >= 0 || m_stderrBuffer.size() > kMaxStderrLine) {
        const qsizetype cut = nl >= 0 ? nl : kMaxStderrLine;
        const QString line = QString::fromUtf8(m_stderrBuffer.left(cut)).trimmed();
        m_stderrBuffer.remove(0, cut + (nl >= 0 ? 1 : 0));
        if (line.isEmpty())
            continue;
        m_stderrTail.append(line);
        while (m_stderrTail.size() > kStderrTailLines)
            m_stderrTail.removeFirst();
        Q_EMIT diagnostic(line);
    }
}

QString StdioTransport::tailText() const
{
    if (m_stderrTail.isEmpty())
        return {};
    return QStringLiteral(" Last output: ") + m_stderrTail.mid(qMax(0, int(m_stderrTail.size()) - 3)).join(QStringLiteral(" | "));
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_closeTimer)
        m_closeTimer->stop();
    if (m_closing) {
        Q_EMIT closed();
        return;
    }
    if (m_failed)
        return;
    m_failed = true;
    const QString how = status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                      : QStringLiteral("exited with code %1").arg(exitCode);
    Q_EMIT failed(Error::make(ErrorKind::Connection, QStringLiteral("The server process %1.%2").arg(how, tailText())));
}

void StdioTransport::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_failed)
        return; // crashes arrive through finished()
    m_failed = true;
    Q_EMIT failed(Error::make(ErrorKind::Connection,
        QStringLiteral("Could not start '%1': %2").arg(m_program, m_process->errorString()), 0,
        QStringLiteral("Check that the command is installed and on PATH (GUI apps may not see your shell's PATH; use an absolute path).")));
}

void StdioTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        QTimer::singleShot(0, this, [this] { Q_EMIT closed(); });
        return;
    }
    // Spec shutdown order: close stdin, wait, SIGTERM, wait, SIGKILL.
    m_process->closeWriteChannel();
    m_closeTimer = new QTimer(this);
    m_closeTimer->setSingleShot(true);
    connect(m_closeTimer, &QTimer::timeout, this, [this] {
        if (!m_terminateSent) {
            m_process->terminate();
            m_terminateSent = true;
            m_closeTimer->start(m_graceMs);
        } else {
            m_process->kill();
        }
    });
    m_closeTimer->start(m_graceMs);
}

} // namespace mcpc
