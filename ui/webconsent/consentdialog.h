#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace mcpc::ui {

class Banner;
class ConsentPage;

// The sign-in sheet: which server asks, the authorization server's host with a lock (or
// "not encrypted" for a page on this computer), the scopes requested, a thin progress
// bar, and the page itself in a private, off-the-record QWebEngineProfile (no cookies or
// cache survive the dialog). "Open in my browser instead" hands the same authorization
// URL to the system browser; the flow's loopback listener then takes the answer.
// Closing it (Esc, the window's X, Cancel) emits cancelled() unless finish() came first.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl authorizationUrl;
        QUrl redirectUri;   // the loopback listener's; caught, never loaded
        QString serverName; // the profile's name, for the title
    };

    explicit ConsentDialog(Request request, QWidget *parent = nullptr);
    ~ConsentDialog() override;

    void start();                // loads the authorization page
    void finish();               // the flow is done: close without cancelled()
    void openInBrowserInstead(); // the button

    ConsentPage *page() const { return m_page; }           // null once the browser took over
    QWebEngineView *view() const { return m_view; }
    QWebEngineProfile *webProfile() const { return m_profile; }
    QPushButton *browserButton() const { return m_browser; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString hostText() const;
    QString securityText() const;
    QString scopesText() const;
    QString messageText() const;
    bool inBrowserMode() const { return m_browserMode; }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void redirectCaught(const QUrl &callbackUrl);
    void cancelled();
    void openedInBrowser(const QUrl &authorizationUrl);

public Q_SLOTS:
    void reject() override;

private:
    QWidget *buildHeader();
    QWidget *buildBrowserPanel();
    QWidget *buildFinishingPanel();
    void onUrlChanged(const QUrl &url);
    void showMessage(const QString &text, bool error);
    void dropPage();

    Request m_request;
    // Teardown order matters (Nextcloud's WebView::~WebView note): the page goes before
    // the view and the profile; the destructor deletes them in that order by hand.
    QWebEngineProfile *m_profile;
    ConsentPage *m_page;
    QWebEngineView *m_view;
    QPointer<ConsentPage> m_dyingPage;   // dropped (deleteLater), maybe not gone yet
    QPointer<QWebEngineView> m_dyingView;
    QLabel *m_title;
    QLabel *m_lock;
    QLabel *m_host;
    QLabel *m_security;
    QLabel *m_scopes;
    QProgressBar *m_progress;
    Banner *m_message;
    QStackedWidget *m_stack;
    QWidget *m_browserPanel;
    QWidget *m_finishingPanel;
    QPushButton *m_browser;
    QPushButton *m_cancel;
    bool m_finished = false;
    bool m_browserMode = false;
};

} // namespace mcpc::ui
