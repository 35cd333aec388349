#include "http/sseformat.h"

#include <QList>

namespace mcpc::http {

namespace {
void field(QByteArray &out, const char *name, const QByteArray &value)
{
    out.append(name).append(':'); // "data:" even when empty, as the SDK servers write it
    if (!value.isEmpty())
        out.append(' ').append(value);
    out.append('\n');
}
} // namespace

QByteArray formatSseEvent(const QByteArray &id, const QByteArray &data, const QByteArray &event,
                          int retryMs)
{
    QByteArray out;
    if (!event.isEmpty())
        field(out, "event", event);
    if (!id.isEmpty())
        field(out, "id", id);
    if (retryMs >= 0)
        field(out, "retry", QByteArray::number(retryMs));
    // "\r\n" and "\r" are line ends for the reader too, so normalise before splitting.
    QByteArray normalised = data;
    normalised.replace("\r\n", "\n").replace('\r', '\n');
    for (const QByteArray &line : normalised.split('\n'))
        field(out, "data", line);
    out.append('\n');
    return out;
}

QByteArray formatSseComment(const QByteArray &text)
{
    QByteArray t = text;
    t.replace('\n', ' ').replace('\r', ' ');
    return QByteArray(": ").append(t).append("\n\n");
}

} // namespace mcpc::http
