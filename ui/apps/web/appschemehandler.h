#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace mcpc::ui {

// Serves an App's pages from memory: the ui:// resource (as read from the server, with
// its CSP injected) and our host page (mcpc-app-host://). Nothing is read from disk or
// the network; any other address under these schemes fails as not found.
class AppSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr char kAppScheme[] = "ui";
    static constexpr char kHostScheme[] = "mcpc-app-host";
    // Registers both schemes with QtWebEngine. Must run before QtWebEngine starts (the
    // plugin does it when it is loaded).
    static void registerSchemes();

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void serve(const QUrl &url, const QByteArray &mimeType, const QByteArray &body);
    bool serves(const QUrl &url) const;
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    static QString key(const QUrl &url);
    struct Page
    {
        QByteArray mimeType;
        QByteArray body;
    };
    QHash<QString, Page> m_pages;
};

} // namespace mcpc::ui
