#include "auth/signincontroller.h"

#include "app/appservices.h"
#include "auth/browsersignin.h"
#include "auth/consentviewfactory.h"
#include "auth/consentviewloader.h"
#include "auth/profilesignin.h"
#include "auth/signinpanel.h"
#include "mainwindow/mainwindow.h"
#include "monitor/serverchecker.h"
#include "monitor/statusmonitor.h"
#include "oauth/oauthauthenticator.h"
#include "profiles/profilestore.h"
#include "servers/serverlistmodel.h"
#include "serverview/overviewtab.h"
#include "serverview/serverheader.h"
#include "serverview/serverpage.h"
#include "serverview/userdatacard.h"
#include "widgets/banner.h"

namespace mcpc::ui {

SignInController::SignInController(AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    services->monitor()->setAuthenticatorProvider([this](const ServerProfile &profile) -> HttpAuthenticator * {
        if (!profile.isHttp() || profile.auth != AuthMode::OAuth)
            return nullptr;
        return ensure(profile)->authenticatorFor(profile);
    });
}

SignInController::~SignInController()
{
    m_services->monitor()->setAuthenticatorProvider({});
}

void SignInController::attach(MainWindow *window)
{
    m_window = window;
    connect(window, &MainWindow::signInRequested, this, &SignInController::signIn);
    connect(window, &MainWindow::signOutRequested, this, [this](const ServerProfile &p) { signOut(p.name); });
    connect(window, &MainWindow::pageAdded, this, &SignInController::setUpPage);
    connect(window, &MainWindow::removalCommitted, this, [this](const QString &name, bool) {
        // The profile and its secrets are gone; a new one of that name starts afresh.
        if (ProfileSignIn *e = m_entries.take(name))
            e->deleteLater();
        m_panels.remove(name);
    });
    connect(m_services->monitor(), &StatusMonitor::statusChanged, this, [this](const QString &name) { updateUi(name); });
    window->setSignInAvailable(true);
    for (const QString &name : m_services->monitor()->names())
        if (ServerPage *page = window->page(name))
            setUpPage(page);
}

SignInPanel *SignInController::panelFor(const QString &name) const
{
    return m_panels.value(name);
}

ProfileSignIn *SignInController::ensure(const ServerProfile &profile)
{
    if (ProfileSignIn *e = m_entries.value(profile.name)) {
        e->setProfile(profile);
        return e;
    }
    ProfileSignIn::Services s;
    s.network = m_services->network();
    s.http = m_services->httpClient();
    s.secrets = m_services->secrets();
    s.profiles = m_services->profiles();
    s.clock = m_clock;
    s.callbackTimeoutMs = m_callbackTimeoutMs;
    auto *e = new ProfileSignIn(s, profile, this);
    const QString name = profile.name;
    m_entries.insert(name, e);
    connect(e, &ProfileSignIn::authenticatorReplaced, this, [this, name](oauth::OAuthAuthenticator *auth) {
        if (ServerChecker *c = m_services->monitor()->checker(name))
            c->setAuthenticator(auth); // reconnects with the new sign-in (or without one)
    });
    connect(e, &ProfileSignIn::notice, this, &SignInController::notify);
    connect(e, &ProfileSignIn::changed, this, [this, name] { updateUi(name); });
    return e;
}

void SignInController::setUpPage(ServerPage *page)
{
    const QString name = page->profile().name;
    auto *panel = new SignInPanel(page);
    if (!m_sandbox.embedded())
        panel->setBrowserReason(m_sandbox.reason());
    page->overview()->setSignInPanel(panel);
    m_panels.insert(name, panel);
    connect(panel, &SignInPanel::signInRequested, this, [this, page] { signIn(page->profile()); });
    connect(panel, &SignInPanel::signOutRequested, this, [this, page] { signOut(page->profile().name); });
    connect(panel, &SignInPanel::cancelRequested, this, [this, page] { cancelSignIn(page->profile().name); });
    connect(page, &ServerPage::userDataShown, panel, [page, panel] {
        const UserDataCard *card = page->overview()->userDataCard();
        const QString email = card->value(tr("Primary Email"));
        panel->setAccountHint(email.isEmpty() ? card->value(tr("Username")) : email);
    });
    updateUi(name);
}

void SignInController::updateUi(const QString &name)
{
    ServerPage *page = m_window ? m_window->page(name) : nullptr;
    if (!page)
        return;
    // The checker's profile: the one its connections (and so the authenticator) use.
    ServerChecker *checker = m_services->monitor()->checker(name);
    const ServerProfile profile = checker ? checker->profile() : page->profile();
    const ServerStatus status = m_services->monitor()->status(name);
    const bool relevant = profile.isHttp()
        && (profile.auth == AuthMode::OAuth || (profile.auth == AuthMode::None && status.state == ServerStatus::State::NeedsLogin));
    ProfileSignIn *e = relevant ? ensure(profile) : nullptr;
    if (SignInPanel *panel = m_panels.value(name))
        panel->setSignIn(e);
    using Phase = ProfileSignIn::Phase;
    const Phase phase = e ? e->phase() : Phase::NotSignedIn;
    page->header()->setSignInState(phase == Phase::SigningIn || phase == Phase::SigningOut,
                                   phase == Phase::SignedIn);
}

ServerProfile SignInController::switchToOAuth(const ServerProfile &profile)
{
    ServerProfile p = profile;
    p.auth = AuthMode::OAuth;
    if (auto r = m_services->profiles()->update(p); !r) {
        notify(tr("Could not switch %1 to OAuth sign-in: %2").arg(p.name, r.error().message), true);
        return profile;
    }
    if (m_window) {
        m_window->model()->upsert(p);
        if (ServerPage *page = m_window->page(p.name))
            page->setProfile(p);
    }
    if (ServerChecker *c = m_services->monitor()->checker(p.name))
        c->setProfile(p); // its next connection carries the sign-in
    return p;
}

void SignInController::signIn(const ServerProfile &requested)
{
    if (!requested.isHttp())
        return;
    if (requested.auth == AuthMode::Header) {
        notify(QStringLiteral("%1 is set up with header credentials (an API key). To sign in with OAuth instead, choose "
                              "Edit → Sign-in method.").arg(requested.name), true);
        return;
    }
    const ServerProfile profile = requested.auth == AuthMode::OAuth ? requested : switchToOAuth(requested);
    if (profile.auth != AuthMode::OAuth)
        return;
    ensure(profile)->signIn([this, profile](QObject *parent) { return makeAgent(profile, parent); });
}

oauth::AuthorizationUserAgent *SignInController::makeAgent(const ServerProfile &profile, QObject *parent)
{
    if (m_agentFactory)
        return m_agentFactory(profile, parent);
    const QString name = profile.name;
    if (!m_sandbox.embedded())
        return makeBrowserAgent(name, parent); // starting Chromium would take the app down
    if (m_sandbox.mode() == WebSandbox::Mode::EmbeddedUnsandboxed)
        notify(m_sandbox.reason(), true);
    // The first embedded sign-in loads the consent view plugin (and QtWebEngine with it).
    auto factory = ConsentViewLoader::factory();
    if (!factory) {
        notify(factory.error().message + tr(" The sign-in page opens in your browser instead."), true);
        return makeBrowserAgent(name, parent);
    }
    QPointer<SignInController> self(this);
    return (*factory)->create(m_window, name, parent, [self](QDialog *dialog) {
        if (self)
            Q_EMIT self->consentOpened(dialog);
    });
}

oauth::AuthorizationUserAgent *SignInController::makeBrowserAgent(const QString &name, QObject *parent)
{
    auto *browser = new BrowserSignIn(parent);
    connect(browser, &BrowserSignIn::pageOpened, this, [this, name](const QUrl &url, bool launched) {
        if (SignInPanel *panel = m_panels.value(name))
            panel->showBrowserPage(url, launched);
        Q_EMIT browserSignInOpened(name, url);
    });
    return browser;
}

void SignInController::signOut(const QString &name)
{
    if (ProfileSignIn *e = m_entries.value(name))
        e->signOut();
    else
        notify(tr("Not signed in to %1; nothing to sign out of.").arg(name), false);
}

void SignInController::cancelSignIn(const QString &name)
{
    if (ProfileSignIn *e = m_entries.value(name))
        e->cancelSignIn();
}

void SignInController::notify(const QString &text, bool problem)
{
    if (m_window)
        m_window->notice()->showMessage(text, problem ? Chip::Tone::Warning : Chip::Tone::Success, {}, problem ? 0 : 8000);
}

} // namespace mcpc::ui
