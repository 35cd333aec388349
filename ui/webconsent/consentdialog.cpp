#include "webconsent/consentdialog.h"

#include "webconsent/consentpage.h"
#include "style/theme.h"
#include "widgets/banner.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace mcpc::ui {

namespace {

QString hostWithPort(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.scheme() + u':';
    const int port = url.port();
    const bool defaultPort = port < 0 || (url.scheme() == u"https" && port == 443) || (url.scheme() == u"http" && port == 80);
    return defaultPort ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(parent->palette()));
    l->setPalette(pal);
    l->setWordWrap(true);
    return l;
}

QPushButton *plainButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false); // Enter belongs to the page's form, not to our buttons
    b->setDefault(false);
    return b;
}

} // namespace

ConsentDialog::ConsentDialog(Request request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_page(new ConsentPage(m_profile, m_request.redirectUri, nullptr))
    , m_view(new QWebEngineView(this))
    , m_title(new QLabel(this))
    , m_lock(new QLabel(this))
    , m_host(new QLabel(this))
    , m_security(new QLabel(this))
    , m_scopes(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new Banner(this))
    , m_stack(new QStackedWidget(this))
    , m_browserPanel(nullptr)
    , m_finishingPanel(nullptr)
    , m_browser(plainButton(QCoreApplication::translate("ConsentDialog", "Open in my browser instead"), this))
    , m_cancel(plainButton(QCoreApplication::translate("ConsentDialog", "Cancel"), this))
{
    setWindowTitle(QCoreApplication::translate("ConsentDialog", "Sign in to %1").arg(m_request.serverName));
    setObjectName(QStringLiteral("consentDialog"));
    setWindowModality(Qt::WindowModal);
    setSizeGripEnabled(true);
    setMinimumSize(440, 520);
    resize(560, 760);

    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
        download->cancel();
        showMessage(QCoreApplication::translate("ConsentDialog", "The sign-in page tried to download a file; MCP Connect does not save files from it."), false);
    });
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // no "open link in new window" around the rules
    m_view->setAccessibleName(QCoreApplication::translate("ConsentDialog", "Sign-in page"));

    // Queued: the flow closes this dialog in response, which must not delete the page
    // inside its own acceptNavigationRequest().
    connect(m_page, &ConsentPage::redirectCaught, this, [this](const QUrl &url) {
        m_stack->setCurrentWidget(m_finishingPanel);
        m_browser->setEnabled(false);
        Q_EMIT redirectCaught(url);
    }, Qt::QueuedConnection);
    connect(m_page, &ConsentPage::navigationBlocked, this, [this](const QUrl &, const QString &reason) { showMessage(reason, true); });
    connect(m_page, &ConsentPage::certificateRejected, this, [this](const QUrl &url, const QString &description) {
        showMessage(QCoreApplication::translate("ConsentDialog", "%1 presented a certificate this computer does not trust (%2), so the page was not opened. "
                                   "MCP Connect does not let you bypass this; if it is your company's server, its certificate "
                                   "authority must be added to the system's trust store.")
                        .arg(url.host(), description),
                    true);
    });
    connect(m_page, &ConsentPage::openedExternally, this, [this](const QUrl &url) {
        showMessage(QCoreApplication::translate("ConsentDialog", "Opened %1 in your browser.").arg(url.host()), false);
    });
    connect(m_page, &QWebEnginePage::urlChanged, this, &ConsentDialog::onUrlChanged);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_progress->setValue(5);
        m_progress->show();
    });
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool) { m_progress->hide(); });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this](QWebEnginePage::RenderProcessTerminationStatus status) {
        if (status != QWebEnginePage::NormalTerminationStatus)
            showMessage(QCoreApplication::translate("ConsentDialog", "The sign-in page stopped working. Try \"Open in my browser instead\"."), true);
    });
    connect(m_browser, &QPushButton::clicked, this, &ConsentDialog::openInBrowserInstead);
    connect(m_cancel, &QPushButton::clicked, this, &ConsentDialog::reject);

    m_browserPanel = buildBrowserPanel();
    m_finishingPanel = buildFinishingPanel();
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_browserPanel);
    m_stack->addWidget(m_finishingPanel);

    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(16, 8, 16, 12);
    buttons->addWidget(m_browser);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    m_browser->setToolTip(QCoreApplication::translate("ConsentDialog", "Use your default browser, for example to sign in with a password manager or a "
                                         "security key. The answer still comes back to MCP Connect."));

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(0);
    col->addWidget(buildHeader());
    col->addWidget(m_progress);
    auto *messageBox = new QVBoxLayout;
    messageBox->setContentsMargins(12, 8, 12, 0);
    messageBox->addWidget(m_message);
    col->addLayout(messageBox);
    col->addWidget(m_stack, 1);
    col->addLayout(buttons);
    onUrlChanged(m_request.authorizationUrl);
}

ConsentDialog::~ConsentDialog()
{
    // Page before view before profile: a profile deleted under a live page crashes
    // WebEngine ("Release of profile requested but WebEnginePage still not deleted").
    delete m_page;
    delete m_dyingPage.data();
    delete m_view;
    delete m_dyingView.data();
    delete m_profile;
}

QWidget *ConsentDialog::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("consentHeader"));
    header->setAutoFillBackground(true);
    QPalette hp = header->palette();
    hp.setColor(QPalette::Window, theme::cardColor(palette()));
    header->setPalette(hp);

    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_title->setText(tr("Sign in to %1").arg(m_request.serverName));
    m_title->setTextFormat(Qt::PlainText);

    auto *why = mutedLabel(tr("The server's own sign-in page. MCP Connect never sees your password; it receives a "
                                          "token only if you allow access."),
                           header);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_host->setAccessibleName(tr("Sign-in page address"));
    QFont hf = m_host->font();
    hf.setWeight(QFont::DemiBold);
    m_host->setFont(hf);
    m_security->setAccessibleName(tr("Connection security"));
    m_scopes->setWordWrap(true);
    m_scopes->setTextFormat(Qt::PlainText);
    m_scopes->setAccessibleName(tr("Requested permissions"));

    const QString scope = QUrlQuery(m_request.authorizationUrl).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    m_scopes->setText(scopes.isEmpty() ? tr("Access requested: what the server grants by default")
                                       : tr("Access requested: %1").arg(scopes.join(QStringLiteral(", "))));

    auto *hostRow = new QHBoxLayout;
    hostRow->setSpacing(6);
    hostRow->addWidget(m_lock);
    hostRow->addWidget(m_host);
    hostRow->addWidget(m_security);
    hostRow->addStretch(1);

    auto *col = new QVBoxLayout(header);
    col->setContentsMargins(18, 14, 18, 12);
    col->setSpacing(5);
    col->addWidget(m_title);
    col->addWidget(why);
    col->addSpacing(4);
    col->addLayout(hostRow);
    col->addWidget(m_scopes);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFixedHeight(1);
    line->setStyleSheet(QStringLiteral("background: %1; border: none;").arg(theme::cssColor(theme::borderColor(palette()))));
    auto *wrap = new QWidget(this);
    auto *wcol = new QVBoxLayout(wrap);
    wcol->setContentsMargins(0, 0, 0, 0);
    wcol->setSpacing(0);
    wcol->addWidget(header);
    wcol->addWidget(line);
    return wrap;
}

QWidget *ConsentDialog::buildBrowserPanel()
{
    auto *panel = new QWidget(this);
    auto *title = new QLabel(tr("Continue in your browser"), panel);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    auto *text = mutedLabel(tr("The sign-in page is open in your default browser. Finish there: when you allow "
                                           "access, the browser hands the answer to MCP Connect on %1 and this window closes "
                                           "by itself.")
                                .arg(hostWithPort(m_request.redirectUri)),
                            panel);
    auto *again = plainButton(tr("Open the page again"), panel);
    auto *copy = plainButton(tr("Copy link"), panel);
    copy->setToolTip(tr("Paste it into a browser on this computer"));
    connect(again, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_request.authorizationUrl); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_request.authorizationUrl.toString(QUrl::FullyEncoded));
        showMessage(tr("Link copied. Open it in a browser on this computer."), false);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(again);
    row->addWidget(copy);
    row->addStretch(1);
    auto *col = new QVBoxLayout(panel);
    col->setContentsMargins(28, 28, 28, 28);
    col->setSpacing(10);
    col->addWidget(title);
    col->addWidget(text);
    col->addLayout(row);
    col->addStretch(1);
    return panel;
}

QWidget *ConsentDialog::buildFinishingPanel()
{
    auto *panel = new QWidget(this);
    auto *spinner = new Spinner(panel);
    spinner->start();
    auto *text = new QLabel(tr("Finishing sign-in…"), panel);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(spinner);
    row->addWidget(text);
    row->addStretch(1);
    auto *col = new QVBoxLayout(panel);
    col->addStretch(1);
    col->addLayout(row);
    col->addStretch(2);
    return panel;
}

void ConsentDialog::start()
{
    if (m_page)
        m_page->load(m_request.authorizationUrl);
}

void ConsentDialog::finish()
{
    m_finished = true;
    dropPage(); // stop the page at once; the dialog goes away with the event loop
    QDialog::accept();
}

void ConsentDialog::reject()
{
    if (!m_finished) {
        m_finished = true;
        dropPage();
        Q_EMIT cancelled();
    }
    QDialog::reject();
}

void ConsentDialog::openInBrowserInstead()
{
    if (m_browserMode)
        return;
    m_browserMode = true;
    dropPage(); // one place to approve: the embedded page goes
    m_stack->setCurrentWidget(m_browserPanel);
    m_browser->hide();
    m_progress->hide();
    m_message->hide();
    QDesktopServices::openUrl(m_request.authorizationUrl);
    Q_EMIT openedInBrowser(m_request.authorizationUrl);
}

void ConsentDialog::dropPage()
{
    if (!m_page)
        return;
    // Later, never inside one of the page's own callbacks; the view goes with it so it
    // never makes itself a default page.
    m_page->disconnect(this);
    m_page->deleteLater();
    m_dyingPage = std::exchange(m_page, nullptr);
    if (m_view) {
        m_view->hide();
        m_view->deleteLater();
        m_dyingView = std::exchange(m_view, nullptr);
    }
}

void ConsentDialog::onUrlChanged(const QUrl &url)
{
    if (url.isEmpty() || url.scheme() == u"about")
        return;
    const bool https = url.scheme() == u"https";
    const QColor color = https ? theme::successColor(palette()) : theme::warningColor(palette());
    m_lock->setPixmap(icons::icon(https ? icons::Icon::Lock : icons::Icon::Unlocked, color).pixmap(16, 16));
    m_host->setText(hostWithPort(url));
    m_host->setToolTip(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    m_security->setText(https ? tr("· Secure connection") : tr("· Not encrypted (on this computer only)"));
    QPalette pal = m_security->palette();
    pal.setColor(QPalette::WindowText, https ? theme::mutedText(palette()) : theme::warningColor(palette()));
    m_security->setPalette(pal);
}

void ConsentDialog::showMessage(const QString &text, bool error)
{
    m_message->showMessage(text, error ? Chip::Tone::Error : Chip::Tone::Info, {}, error ? 0 : 6000);
}

QString ConsentDialog::hostText() const
{
    return m_host->text();
}

QString ConsentDialog::securityText() const
{
    return m_security->text();
}

QString ConsentDialog::scopesText() const
{
    return m_scopes->text();
}

QString ConsentDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

} // namespace mcpc::ui
