#include "http/httpheaders.h"

namespace mcpc::http {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

void HttpHeaders::add(const QByteArray &name, const QByteArray &value)
{
    m_fields.append({name, value});
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    add(name, value);
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &f) { return sameName(f.first, name); });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(QByteArrayView name, const QByteArray &fallback) const
{
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            return f.second;
    }
    return fallback;
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const Field &f : m_fields) {
        if (sameName(f.first, name))
            out.append(f.second);
    }
    return out;
}

QByteArray HttpHeaders::combined(QByteArrayView name) const
{
    return values(name).join(", ");
}

bool HttpHeaders::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const QByteArray &v : values(name)) {
        for (const QByteArray &part : v.split(',')) {
            if (sameName(part.trimmed(), token))
                return true;
        }
    }
    return false;
}

} // namespace mcpc::http
