#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace mcpc::ui {

// One window per user and settings location: a second launch hands its arguments
// (an "Add to MCP Connect" link, say) to the running app over a local socket and exits.
// The socket lives in the user's runtime folder (mode 0700) and is itself user-only; its
// name folds in the uid, HOME and XDG_CONFIG_HOME, so apps with other settings (tests
// in temporary HOMEs) never meet. A socket left behind by a crash is detected (nobody
// answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class HandOff {
        NoneRunning, // nobody listens: this process is the first
        Delivered,   // the running app took the arguments
        NoAnswer     // something listens but did not confirm in time
    };

    explicit SingleInstance(const QString &socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketPath();
    QString socketPath() const { return m_path; }

    // The second launch: sends `arguments` to the running app and waits (briefly, before
    // any window exists) for its receipt. Works without an event loop.
    HandOff handOff(const QStringList &arguments, int timeoutMs = 3000) const;
    // The first launch: listens for later ones; replaces a stale socket. False (with the
    // reason in *error) if it cannot; the app then simply runs without it.
    bool listen(QString *error = nullptr);
    bool isListening() const;

Q_SIGNALS:
    // A later launch's command line (argv without the program name); raise the window.
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace mcpc::ui
