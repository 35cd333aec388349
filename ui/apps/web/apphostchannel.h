#pragma once

#include <QObject>
#include <QString>

namespace mcpc::ui {

// The object our host page's relay script talks to over QWebChannel (in its own
// JavaScript world, which the App's frame cannot reach): App messages in, host
// messages out. The relay forwards only what the App's frame posted.
class AppHostChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    Q_INVOKABLE void fromApp(const QString &message) { Q_EMIT messageFromApp(message.toUtf8()); }
    Q_INVOKABLE void relayReady() { Q_EMIT ready(); }
    Q_INVOKABLE void testReply(const QString &id, const QString &value) { Q_EMIT testReplied(id, value); }

Q_SIGNALS:
    void toApp(const QString &message);
    void testToApp(const QString &id, const QString &op, const QString &arg);
    // C++ side.
    void messageFromApp(const QByteArray &message);
    void ready();
    void testReplied(const QString &id, const QString &value);
};

} // namespace mcpc::ui
