#pragma once

#include "util/error.h"

#include <QList>
#include <QSslError>
#include <QUrl>

class QAbstractSocket;

namespace mcpc::http {

// Plain-words errors (with the fix) for socket and TLS failures.
Error socketError(const QAbstractSocket *socket, const QUrl &url);
Error tlsError(const QList<QSslError> &errors, const QUrl &url);

} // namespace mcpc::http
