#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace mcpc::http {

struct HttpRequest;

// DNS-rebinding protection for loopback servers: a web page whose name resolves to
// 127.0.0.1 still sends its own name in Host and Origin, so both must name this machine.
// Allowed by default: localhost, 127.0.0.1 and [::1], any port. Extra names (e.g. the
// address the user chose with --host) can be added.
class HostGuard
{
public:
    HostGuard();
    void allowHost(const QString &hostname); // lower-case, IPv6 without brackets

    bool allowsHost(QByteArrayView hostHeader) const;  // "localhost:3000", "[::1]"
    bool allowsOrigin(QByteArrayView origin) const;    // "http://localhost:3000"
    // Host must be allowed; Origin, when sent, too. why gets a short reason on refusal.
    bool allows(const HttpRequest &request, QString *why = nullptr) const;

    // "[::1]:80" -> "::1", "Example.COM:8080" -> "example.com"; empty when malformed.
    static QString hostname(QByteArrayView hostAndPort);

private:
    QStringList m_hosts;
};

} // namespace mcpc::http
