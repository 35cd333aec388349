#pragma once

#include "protocol/inputprovider.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSocketNotifier;

namespace mcpc::cli {

class Output;

// Asks a person at a terminal: one prompt per form field on stderr (stdout carries the
// result), typed by the field's schema, showing its title, description, choices and
// default. Reads stdin through a QSocketNotifier, so the event loop keeps running while
// the person types. "!decline" or "!cancel" at any prompt answers the whole form that
// way; end of input (Ctrl-D) cancels.
class TerminalInputProvider : public QObject, public InputProvider
{
    Q_OBJECT
public:
    explicit TerminalInputProvider(Output *out, QObject *parent = nullptr);
    ~TerminalInputProvider() override;

    void elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done) override;
    QList<RootEntry> roots() const override { return m_roots; }
    void setRoots(QList<RootEntry> roots) { m_roots = std::move(roots); }

private:
    void promptField();      // the next field's prompt, or the answer when all are in
    void promptFieldText();
    void onReadable();
    void onLine(const QString &line);
    void finish(Result<ElicitationAnswer> answer);

    Output *m_out;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_eof = false;
    QList<RootEntry> m_roots;

    // The form being filled in.
    bool m_active = false;
    ElicitationRequest m_request;
    QPointer<QObject> m_operation;
    ElicitationCallback m_done;
    int m_field = 0;
    nlohmann::json m_content;
};

} // namespace mcpc::cli
