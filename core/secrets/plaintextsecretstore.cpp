#include "secrets/plaintextsecretstore.h"

#include "util/boundedjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc {

namespace {

bool loadFile(const QString &path, json *out, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *out = json::object();
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    const QByteArray bytes = f.readAll();
    auto parsed = parseJson(bytes, QStringLiteral("The secrets file %1").arg(path), ErrorKind::Parse,
                            QStringLiteral("%1 is not a valid secrets file").arg(path));
    if (!parsed || !parsed->is_object()) {
        *error = parsed ? QStringLiteral("%1 is not a valid secrets file").arg(path) : parsed.error().message;
        return false;
    }
    *out = std::move(*parsed);
    return true;
}

bool saveFile(const QString &path, const json &doc, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string text = doc.dump(2);
    f.write(text.data(), qint64(text.size()));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

PlaintextSecretStore::PlaintextSecretStore(QString path, QObject *parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{
}

SecretJob *PlaintextSecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    json doc;
    QString error;
    if (!loadFile(m_path, &doc, &error)) {
        job->complete(SecretJob::Status::Failed, {}, error);
        return job;
    }
    auto it = doc.find(key.toStdString());
    if (it == doc.end() || !it->is_string())
        job->complete(SecretJob::Status::NotFound);
    else
        job->complete(SecretJob::Status::Ok, QByteArray::fromBase64(QByteArray::fromStdString(it->get<std::string>())));
    return job;
}

SecretJob *PlaintextSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new SecretJob(this);
    json doc;
    QString error;
    if (!loadFile(m_path, &doc, &error)) {
        job->complete(SecretJob::Status::Failed, {}, error);
        return job;
    }
    doc[key.toStdString()] = secret.toBase64().toStdString();
    if (!saveFile(m_path, doc, &error))
        job->complete(SecretJob::Status::Failed, {}, error);
    else
        job->complete(SecretJob::Status::Ok);
    return job;
}

SecretJob *PlaintextSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    json doc;
    QString error;
    if (!loadFile(m_path, &doc, &error)) {
        job->complete(SecretJob::Status::Failed, {}, error);
        return job;
    }
    if (doc.erase(key.toStdString()) == 0) {
        job->complete(SecretJob::Status::NotFound);
        return job;
    }
    if (!saveFile(m_path, doc, &error))
        job->complete(SecretJob::Status::Failed, {}, error);
    else
        job->complete(SecretJob::Status::Ok);
    return job;
}

} // namespace mcpc
