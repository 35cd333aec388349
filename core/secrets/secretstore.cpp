#include "secrets/secretstore.h"

#include <QTimer>

namespace mcpc {

SecretStore::~SecretStore() = default;

void SecretJob::complete(Status status, QByteArray data, QString errorString)
{
    if (m_completed)
        return;
    m_completed = true;
    m_status = status;
    m_data = std::move(data);
    m_errorString = std::move(errorString);
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace mcpc
