#include "clientconfig/files/backupstore.h"

#include "clientconfig/files/recordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QJsonObject toJson(const BackupRecord &r)
{
    return {{u"id"_s, r.id}, {u"client"_s, r.client}, {u"path"_s, r.path}, {u"existed"_s, r.existed}, {u"mode"_s, int(r.mode)},
            {u"time"_s, r.time.toString(Qt::ISODateWithMs)}, {u"afterHash"_s, QString::fromLatin1(r.afterHash)},
            {u"ownership"_s, r.ownership}, {u"action"_s, r.action}};
}

BackupRecord fromJson(const QJsonObject &o)
{
    BackupRecord r;
    r.id = o.value(u"id").toString();
    r.client = o.value(u"client").toString();
    r.path = o.value(u"path").toString();
    r.existed = o.value(u"existed").toBool();
    r.mode = uint(o.value(u"mode").toInt());
    r.time = QDateTime::fromString(o.value(u"time").toString(), Qt::ISODateWithMs);
    r.afterHash = o.value(u"afterHash").toString().toLatin1();
    r.ownership = o.value(u"ownership").toObject();
    r.action = o.value(u"action").toString();
    return r;
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    return writeRecordFile(path, bytes);
}

} // namespace

BackupStore::BackupStore(QString dir, int keepPerFile)
    : m_dir(std::move(dir))
    , m_keep(keepPerFile)
{
}

QString BackupStore::clientDir(const QString &client) const
{
    return m_dir + u'/' + client;
}

Result<QList<BackupRecord>> BackupStore::list(const QString &client) const
{
    QFile f(clientDir(client) + u"/index.json"_s);
    if (!f.exists())
        return QList<BackupRecord>();
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString())));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isArray())
        return std::unexpected(Error::make(ErrorKind::Parse, QStringLiteral("The backup index %1 is damaged.").arg(f.fileName())));
    QList<BackupRecord> out;
    for (const QJsonValue &v : doc.array())
        out.append(fromJson(v.toObject()));
    return out;
}

Result<void> BackupStore::writeIndex(const QString &client, const QList<BackupRecord> &records)
{
    QJsonArray arr;
    for (const BackupRecord &r : records)
        arr.append(toJson(r));
    return writeFile(clientDir(client) + u"/index.json"_s, QJsonDocument(arr).toJson());
}

Result<BackupRecord> BackupStore::save(BackupRecord record, const QByteArray &content, const QString &linkFrom)
{
    const QString dir = clientDir(record.client);
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot create the backup folder %1.").arg(dir)));
        QFile::setPermissions(m_dir, kOwnerOnly | QFileDevice::ExeOwner);
        QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner);
    }
    auto records = list(record.client);
    if (!records)
        return std::unexpected(records.error());
    record.time = QDateTime::currentDateTimeUtc();
    record.id = record.time.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u'-'
        + QString::number(QRandomGenerator::global()->generate() & 0xffff, 16);
    if (record.existed) {
        const QString file = dir + u'/' + record.id + u".bak"_s;
        bool linked = false;
#ifdef Q_OS_UNIX
        linked = !linkFrom.isEmpty()
            && ::link(QFile::encodeName(linkFrom).constData(), QFile::encodeName(file).constData()) == 0;
#endif
        if (!linked) {
            if (auto w = writeFile(file, content); !w)
                return std::unexpected(w.error());
        }
    }
    records->append(record);
    // Keep the newest m_keep per file; older copies of that file go.
    int seen = 0;
    for (qsizetype i = records->size() - 1; i >= 0; --i) {
        if ((*records)[i].path != record.path || ++seen <= m_keep)
            continue;
        QFile::remove(dir + u'/' + (*records)[i].id + u".bak"_s);
        records->removeAt(i);
    }
    if (auto w = writeIndex(record.client, *records); !w)
        return std::unexpected(w.error());
    return record;
}

Result<std::optional<BackupRecord>> BackupStore::latest(const QString &client) const
{
    auto records = list(client);
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return std::optional<BackupRecord>();
    return std::optional<BackupRecord>(records->last());
}

Result<QByteArray> BackupStore::content(const BackupRecord &record) const
{
    if (!record.existed)
        return QByteArray();
    QFile f(clientDir(record.client) + u'/' + record.id + u".bak"_s);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("The backup %1 is missing: %2").arg(f.fileName(), f.errorString())));
    return f.readAll();
}

Result<void> BackupStore::drop(const BackupRecord &record)
{
    auto records = list(record.client);
    if (!records)
        return std::unexpected(records.error());
    records->removeIf([&](const BackupRecord &r) { return r.id == record.id; });
    QFile::remove(clientDir(record.client) + u'/' + record.id + u".bak"_s);
    return writeIndex(record.client, *records);
}

} // namespace mcpc::clientconfig
