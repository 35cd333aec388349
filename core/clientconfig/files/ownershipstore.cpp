#include "clientconfig/files/ownershipstore.h"

#include "clientconfig/files/recordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mcpc::clientconfig {

using namespace Qt::StringLiterals;

namespace {

constexpr int kVersion = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

const OwnedEntry *FileRecord::entry(const QStringList &container, const QString &name) const
{
    for (const OwnedEntry &e : entries)
        if (e.container == container && e.name == name)
            return &e;
    return nullptr;
}

void FileRecord::setEntry(const OwnedEntry &e)
{
    removeEntry(e.container, e.name);
    entries.append(e);
}

void FileRecord::removeEntry(const QStringList &container, const QString &name)
{
    entries.removeIf([&](const OwnedEntry &e) { return e.container == container && e.name == name; });
}

void FileRecord::mergeNotes(const QList<ContainerNote> &fresh)
{
    for (const ContainerNote &n : fresh) {
        auto it = std::find_if(notes.begin(), notes.end(), [&](const ContainerNote &o) { return o.path == n.path; });
        if (it == notes.end()) {
            notes.append(n);
            continue;
        }
        it->created = it->created || n.created;
        if (n.emptyInner)
            it->emptyInner = n.emptyInner;
    }
}

QJsonObject FileRecord::toJson() const
{
    QJsonArray n;
    for (const ContainerNote &c : notes) {
        QJsonObject o{{u"path"_s, toArray(c.path)}, {u"created"_s, c.created}};
        if (c.emptyInner)
            o.insert(u"emptyInner"_s, QString::fromLatin1(c.emptyInner->toBase64()));
        n.append(o);
    }
    QJsonArray e;
    for (const OwnedEntry &x : entries)
        e.append(QJsonObject{{u"container"_s, toArray(x.container)},
                             {u"name"_s, x.name},
                             {u"sha256"_s, QString::fromLatin1(x.sha256)},
                             {u"writtenAt"_s, x.writtenAt.toString(Qt::ISODateWithMs)}});
    return QJsonObject{{u"client"_s, client}, {u"path"_s, path}, {u"createdFile"_s, createdFile},
                       {u"notes"_s, n}, {u"entries"_s, e}};
}

FileRecord FileRecord::fromJson(const QJsonObject &o)
{
    FileRecord r;
    r.client = o.value(u"client").toString();
    r.path = o.value(u"path").toString();
    r.createdFile = o.value(u"createdFile").toBool();
    for (const QJsonValue &v : o.value(u"notes").toArray()) {
        const QJsonObject n = v.toObject();
        ContainerNote c{fromArray(n.value(u"path")), n.value(u"created").toBool(), std::nullopt};
        if (n.contains(u"emptyInner"))
            c.emptyInner = QByteArray::fromBase64(n.value(u"emptyInner").toString().toLatin1());
        r.notes.append(c);
    }
    for (const QJsonValue &v : o.value(u"entries").toArray()) {
        const QJsonObject x = v.toObject();
        r.entries.append({fromArray(x.value(u"container")), x.value(u"name").toString(),
                          x.value(u"sha256").toString().toLatin1(),
                          QDateTime::fromString(x.value(u"writtenAt").toString(), Qt::ISODateWithMs)});
    }
    return r;
}

OwnershipStore::OwnershipStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

Result<QList<FileRecord>> OwnershipStore::load() const
{
    QFile f(m_filePath);
    if (!f.exists())
        return QList<FileRecord>();
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorKind::Io, QStringLiteral("Cannot read %1: %2").arg(m_filePath, f.errorString())));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(Error::make(ErrorKind::Parse,
            QStringLiteral("%1 (MCP Connect's record of what it wrote) is damaged; not editing client files without it.").arg(m_filePath),
            0, QStringLiteral("Move the file away to start over; entries written before will then count as the user's own.")));
    QList<FileRecord> out;
    for (const QJsonValue &v : doc.object().value(u"files").toArray())
        out.append(FileRecord::fromJson(v.toObject()));
    return out;
}

Result<FileRecord> OwnershipStore::record(const QString &client, const QString &path) const
{
    auto all = load();
    if (!all)
        return std::unexpected(all.error());
    for (const FileRecord &r : *all)
        if (r.client == client && r.path == path)
            return r;
    FileRecord fresh;
    fresh.client = client;
    fresh.path = path;
    return fresh;
}

Result<QList<FileRecord>> OwnershipStore::all() const
{
    return load();
}

Result<void> OwnershipStore::save(const FileRecord &record)
{
    auto all = load();
    if (!all)
        return std::unexpected(all.error());
    all->removeIf([&](const FileRecord &r) { return r.client == record.client && r.path == record.path; });
    if (!record.isEmpty())
        all->append(record);
    QJsonArray files;
    for (const FileRecord &r : *all)
        files.append(r.toJson());
    return writeRecordFile(m_filePath, QJsonDocument(QJsonObject{{u"version"_s, kVersion}, {u"files"_s, files}}).toJson());
}

} // namespace mcpc::clientconfig
