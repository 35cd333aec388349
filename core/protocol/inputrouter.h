#pragma once

#include "protocol/inputprovider.h"

#include <QList>
#include <QPointer>

namespace mcpc {

class McpClient;

// Answers the 2025-era elicitation/create requests of a connection that several parts of
// the app share (the status monitor's, which the Tools tab also calls tools on). While
// an operation run on a person's behalf uses the connection (a tool run in the app), its
// provider is attached and each question goes there (the form dialog). With nobody
// attached, a question is declined at once without asking anyone: a background health
// check has no one to ask, and must never pop up a form out of the blue.
class InputRouter : public InputProvider
{
public:
    // Questions go to `provider` while `operation` lives (no detach to forget: the entry
    // dies with the operation). With several, the latest one asks. `provider` must
    // outlive `operation`.
    void attach(InputProvider *provider, QObject *operation);
    bool hasTarget() const;
    int declinedCount() const { return m_declined; } // questions nobody was there for

    void elicit(const ElicitationRequest &request, QObject *operation, ElicitationCallback done) override;
    QList<RootEntry> roots() const override;

    // The router behind a client's ClientOptions::inputProvider, or nullptr.
    static InputRouter *of(const McpClient *client);

private:
    InputProvider *target() const; // the latest live attachment, or nullptr

    struct Target
    {
        InputProvider *provider;
        QPointer<QObject> operation;
    };
    QList<Target> m_targets;
    int m_declined = 0;
};

} // namespace mcpc
