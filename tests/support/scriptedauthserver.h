#pragma once

#include "scriptedhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpc::test {

// A scripted OAuth authorization server for the OAuth unit tests, on loopback. It serves
// RFC 8414 metadata, dynamic client registration, an /authorize that approves at once and
// redirects back with the `iss` the test chooses, and a token endpoint. For tests that
// want one server for everything it also serves the MCP resource's PRM
// (/.well-known/oauth-protected-resource/mcp) naming itself. Every part is adjustable per
// test, and it records what clients showed it.
class ScriptedAuthServer
{
public:
    explicit ScriptedAuthServer(QString name = QStringLiteral("as"));

    QString base() const;   // http://127.0.0.1:<port>
    QString issuer() const; // what its metadata calls itself

    // What it advertises and answers.
    QString name;                                  // prefix of the client ids and tokens it issues
    int issAdvertised = 1;                         // authorization_response_iss_parameter_supported: 1 true, 0 false, -1 absent
    QString issMode = QStringLiteral("correct");   // the redirect's iss: correct | wrong | omit | normalized (trailing /)
    QString metadataIssuer;                        // non-empty: the metadata names this issuer (RFC 8414 mismatch)
    bool listS256 = true;                          // code_challenge_methods_supported: ["S256"]
    bool cimd = false;                             // client_id_metadata_document_supported
    QString prmResource;                           // non-empty: the PRM names this resource instead of base()/mcp
    int tokenStatus = 200;
    QByteArray tokenBody;                          // non-empty: every token request gets this (with tokenStatus);
                                                   // empty: fresh tokens AT-<name>-<n>, RT-<name>-<n>

    // What clients showed it.
    QList<QJsonObject> registrations;
    QStringList clientIdsSeen; // at /authorize and /token
    int authorizeRequests = 0;
    int tokenRequests = 0;

    ScriptedHttpServer server;

private:
    void handle(const ScriptedRequest &r, ScriptedConnection *c);
    QByteArray metadata() const;
};

} // namespace mcpc::test
