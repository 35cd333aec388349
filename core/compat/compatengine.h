#pragma once

#include "compat/compatrules.h"
#include "compat/servercatalog.h"

#include <QList>
#include <QString>

namespace mcpc::compat {

// One thing that will (or may) go wrong in one client.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Warning;
    QString tool;        // empty when the finding is about the whole server
    QString message;     // the rule's message with {tool}, {value}, {max}, {server} filled in
    QString fix;
    QString fixAction;   // "bridge", "rename-server" or empty
    RuleSource source;
    bool verified = false;
    // An error about the server's transport, sign-in or protocol era: the client cannot
    // use the server at all ("will not load"), not just one tool.
    bool blocksServer = false;
};

enum class Verdict { Works, Warnings, Problems };

struct ClientReport
{
    QString client;
    QString displayName;
    QList<Finding> findings;
    int unverifiedRules = 0; // rules of this client that have no source yet

    Verdict verdict() const;
    int count(Severity severity) const;
    // "works", "2 warnings", "1 problem, 1 warning" (info findings do not count).
    QString summary() const;
};

// Applies a client's rules to a server's catalog. Pure: no I/O, same input, same output.
class CompatEngine
{
public:
    static ClientReport evaluate(const ServerCatalog &catalog, const ClientRules &rules);
    static QList<ClientReport> evaluateAll(const ServerCatalog &catalog, const RuleSet &rules,
                                           const QStringList &clients = {});
    // At most this many findings per rule: 150 bad tools are one line plus "and 149 more".
    static constexpr int kMaxFindingsPerRule = 20;
};

} // namespace mcpc::compat
