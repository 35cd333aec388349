#include "auth/signinpanel.h"

#include "oauth/clock.h"
#include "style/theme.h"
#include "widgets/chip.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("SignInPanel", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("SignInPanel", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return QCoreApplication::translate("SignInPanel", "%1 days").arg(seconds / 86400);
}

} // namespace

QString SignInPanel::describeExpiry(qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= 0)
        return tr("No expiry given by the server");
    const qint64 left = (expiresAtMs - nowMs) / 1000;
    if (left <= 0)
        return tr("Expired %1 ago").arg(duration(-left));
    return tr("Expires in %1").arg(duration(left));
}

QString SignInPanel::describeRegistration(oauth::RegistrationKind kind)
{
    switch (kind) {
    case oauth::RegistrationKind::PreRegistered: return tr("Pre-registered client");
    case oauth::RegistrationKind::MetadataDocument: return tr("Client ID metadata document");
    case oauth::RegistrationKind::Dynamic: break;
    }
    return tr("Registered automatically (dynamic registration)");
}

SignInPanel::SignInPanel(QWidget *parent)
    : QFrame(parent)
    , m_state(new Chip(QString(), Chip::Tone::Neutral, this))
    , m_spinner(new Spinner(this))
    , m_lead(new QLabel(this))
    , m_form(new QFormLayout)
    , m_formBox(new QWidget(this))
    , m_account(nullptr)
    , m_message(new QLabel(this))
    , m_noKeychain(new QLabel(this))
    , m_browserBox(new QWidget(this))
    , m_browserReason(new QLabel(m_browserBox))
    , m_browserHint(new QLabel(m_browserBox))
    , m_browserUrl(new QLineEdit(m_browserBox))
    , m_signInButton(new QPushButton(QCoreApplication::translate("SignInPanel", "Sign in"), this))
    , m_cancelButton(new QPushButton(QCoreApplication::translate("SignInPanel", "Cancel"), this))
    , m_signOutButton(new QPushButton(QCoreApplication::translate("SignInPanel", "Sign out"), this))
    , m_detailsButton(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(QStringLiteral("Sign-in"), this);
    QFont tf = title->font();
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    m_lead->setWordWrap(true);
    m_lead->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noKeychain->setWordWrap(true);
    m_noKeychain->setTextFormat(Qt::PlainText);
    m_noKeychain->setText(QCoreApplication::translate("SignInPanel", "No keychain is available, so a sign-in is kept in memory for this session only: "
                                         "you sign in again after restarting MCP Connect. Tokens are never written to a "
                                         "file."));
    QPalette wp = m_noKeychain->palette();
    wp.setColor(QPalette::WindowText, theme::warningColor(palette()));
    m_noKeychain->setPalette(wp);

    for (QLabel *l : {m_browserReason, m_browserHint}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_browserUrl->setReadOnly(true);
    m_browserUrl->setObjectName(QStringLiteral("browserSignInUrl"));
    auto *copy = new QPushButton(QCoreApplication::translate("SignInPanel", "Copy link"), m_browserBox);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_browserUrl->text());
        m_browserHint->setText(QCoreApplication::translate("SignInPanel", "Copied. Paste the address into a browser to sign in."));
    });
    auto *urlRow = new QHBoxLayout;
    urlRow->setSpacing(8);
    urlRow->addWidget(m_browserUrl, 1);
    urlRow->addWidget(copy);
    auto *browserCol = new QVBoxLayout(m_browserBox);
    browserCol->setContentsMargins(0, 0, 0, 0);
    browserCol->setSpacing(6);
    browserCol->addWidget(m_browserReason);
    browserCol->addWidget(m_browserHint);
    browserCol->addLayout(urlRow);
    m_browserBox->hide();

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(18);
    m_form->setVerticalSpacing(7);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_formBox->setLayout(m_form);
    m_account = addRow(QCoreApplication::translate("SignInPanel", "Signed in as"));
    m_issuer = addRow(QCoreApplication::translate("SignInPanel", "Authorization server"));
    m_scopes = addRow(QCoreApplication::translate("SignInPanel", "Permissions"));
    m_expiry = addRow(QCoreApplication::translate("SignInPanel", "Access token"));
    m_renewal = addRow(QCoreApplication::translate("SignInPanel", "Renewal"));
    m_client = addRow(QCoreApplication::translate("SignInPanel", "Client"));
    m_storage = addRow(QCoreApplication::translate("SignInPanel", "Kept in"));

    const QColor fg = palette().color(QPalette::ButtonText);
    m_signInButton->setIcon(icons::icon(icons::Icon::SignIn, fg));
    m_signOutButton->setToolTip(QCoreApplication::translate("SignInPanel", "Revoke the tokens where the server offers it and delete them from this computer"));
    connect(m_signInButton, &QPushButton::clicked, this, &SignInPanel::signInRequested);
    connect(m_signOutButton, &QPushButton::clicked, this, &SignInPanel::signOutRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInPanel::cancelRequested);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(title);
    titleRow->addWidget(m_state);
    titleRow->addWidget(m_spinner);
    titleRow->addStretch(1);
    titleRow->addWidget(m_detailsButton);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_detailsButton->hide();
    connect(m_detailsButton, &QToolButton::clicked, this, [this] {
        m_showDetails = !m_showDetails;
        refresh();
    });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_signOutButton);
    buttons->addStretch(1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(18, 14, 18, 16);
    col->setSpacing(10);
    col->addLayout(titleRow);
    col->addWidget(m_lead);
    col->addWidget(m_browserBox);
    col->addWidget(m_formBox);
    col->addWidget(m_message);
    col->addWidget(m_noKeychain);
    col->addLayout(buttons);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SignInPanel::updateCountdown);
    hide();
}

QLabel *SignInPanel::addRow(const QString &name)
{
    auto *label = new QLabel(name, m_formBox);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    label->setPalette(pal);
    auto *value = new QLabel(m_formBox);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText); // from the server: never markup
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void SignInPanel::setRowVisible(QLabel *value, bool visible)
{
    m_rowHasData.insert(value, visible);
    applyRows();
}

bool SignInPanel::isCompact() const
{
    return m_signedInPhase && !m_showDetails;
}

void SignInPanel::applyRows()
{
    // Compact: what a signed-in person checks at a glance; the rest under Details.
    const bool compact = isCompact();
    for (QLabel *value : {m_account, m_issuer, m_scopes, m_expiry, m_renewal, m_client, m_storage}) {
        const bool essential = value == m_account || value == m_expiry || value == m_renewal;
        m_form->setRowVisible(value, m_rowHasData.value(value, true) && (essential || !compact));
    }
}

void SignInPanel::setAccountHint(const QString &account)
{
    if (m_accountHint == account)
        return;
    m_accountHint = account;
    refresh();
}

void SignInPanel::setBrowserReason(const QString &reason)
{
    m_browserReasonText = reason;
    refresh();
}

void SignInPanel::showBrowserPage(const QUrl &authorizationUrl, bool launched)
{
    m_browserReason->setText(m_browserReasonText);
    m_browserHint->setText(launched ? tr("Your browser should show the sign-in page now. If it did not "
                                                     "appear, open this address:")
                                    : tr("No browser could be started. Open this address in a browser to "
                                                     "sign in:"));
    m_browserUrl->setText(authorizationUrl.toString(QUrl::FullyEncoded));
    m_browserUrl->setCursorPosition(0);
    m_browserBox->show();
}

QString SignInPanel::browserText() const
{
    if (!m_browserBox->isVisibleTo(this))
        return {};
    return m_browserReason->text() + u'\n' + m_browserHint->text() + u'\n' + m_browserUrl->text();
}

void SignInPanel::setSignIn(ProfileSignIn *signIn)
{
    if (m_signIn == signIn)
        return refresh();
    if (m_signIn)
        m_signIn->disconnect(this);
    m_signIn = signIn;
    if (signIn)
        connect(signIn, &ProfileSignIn::changed, this, &SignInPanel::refresh);
    refresh();
}

void SignInPanel::refresh()
{
    if (!m_signIn) {
        m_tick->stop();
        hide();
        return;
    }
    show();
    using Phase = ProfileSignIn::Phase;
    const Phase phase = m_signIn->phase();
    const SignInSummary s = m_signIn->summary();
    const bool busy = phase == Phase::SigningIn || phase == Phase::SigningOut;
    const QString host = m_signIn->profile().url.host();
    switch (phase) {
    case Phase::SignedIn:
        m_state->setText(tr("Signed in"));
        m_state->setTone(Chip::Tone::Success);
        m_lead->setText(s.persistent ? tr("MCP Connect uses this sign-in for every check and tool call, and "
                                                      "renews it before it expires when it can.")
                                     : tr("MCP Connect uses this sign-in for every check and tool call."));
        break;
    case Phase::SigningIn:
        m_state->setText(tr("Signing in"));
        m_state->setTone(Chip::Tone::Info);
        m_lead->setText(m_browserReasonText.isEmpty()
                            ? tr("Approve the access on the sign-in page. This card updates when you are done.")
                            : tr("Approve the access on the sign-in page in your browser. This card updates "
                                             "when you are done."));
        break;
    case Phase::SigningOut:
        m_state->setText(tr("Signing out"));
        m_state->setTone(Chip::Tone::Info);
        m_lead->setText(tr("Revoking the tokens and deleting them from this computer."));
        break;
    case Phase::SignInAgain:
        m_state->setText(tr("Sign in again"));
        m_state->setTone(Chip::Tone::Warning);
        m_lead->setText(tr("The sign-in to %1 is no longer accepted and could not be renewed, so MCP Connect "
                                       "stopped using it. Sign in again to reconnect.").arg(host));
        break;
    case Phase::Failed:
        m_state->setText(tr("Sign-in failed"));
        m_state->setTone(Chip::Tone::Error);
        m_lead->setText(tr("Nothing was stored."));
        break;
    case Phase::NotSignedIn:
        m_state->setText(tr("Not signed in"));
        m_state->setTone(Chip::Tone::Neutral);
        {
            const QString where = m_browserReasonText.isEmpty() ? tr("inside MCP Connect")
                                                                : tr("in your web browser");
            m_lead->setText(s.persistent ? tr("%1 uses OAuth. Sign in on its own page, %2; the tokens are kept "
                                                          "in the system keychain (%3).").arg(host, where, s.storage)
                                         : tr("%1 uses OAuth. Sign in on its own page, %2.").arg(host, where));
        }
        break;
    }
    if (phase != Phase::SigningIn)
        m_browserBox->hide(); // the address belongs to one sign-in attempt
    m_spinner->setVisible(busy);
    if (busy)
        m_spinner->start();
    else
        m_spinner->stop();

    m_formBox->setVisible(s.signedIn && phase != Phase::SigningIn);
    if (s.signedIn) {
        // Opaque tokens name nobody: then the user data card's identity, if it has one.
        const QString account = s.account.isEmpty() ? m_accountHint : s.account;
        m_account->setText(account);
        setRowVisible(m_account, !account.isEmpty());
        const QUrl issuer(s.issuer);
        m_issuer->setText(issuer.host().isEmpty() ? s.issuer : issuer.host() + (issuer.port() > 0 ? QStringLiteral(":%1").arg(issuer.port()) : QString()));
        m_issuer->setToolTip(s.issuer);
        const QStringList scopes = s.scope.split(u' ', Qt::SkipEmptyParts);
        m_scopes->setText(scopes.isEmpty() ? tr("The server's defaults") : scopes.join(QStringLiteral(", ")));
        m_expiresAtMs = s.expiresAtMs;
        m_renewal->setText(s.refreshable ? tr("Automatic (a refresh token is stored)")
                                         : tr("Not possible: sign in again when it expires"));
        m_client->setText(describeRegistration(s.registration));
        m_client->setToolTip(tr("Client ID: %1").arg(s.clientId));
        m_storage->setText(s.storage);
        setRowVisible(m_storage, s.persistent); // otherwise the warning below says it
        updateCountdown();
        m_tick->start();
    } else {
        m_tick->stop();
    }

    m_noKeychain->setVisible(!s.persistent);

    const QString message = m_signIn->message();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    QPalette mp = m_message->palette();
    mp.setColor(QPalette::WindowText, m_signIn->messageIsError() ? theme::errorColor(palette()) : theme::mutedText(palette()));
    m_message->setPalette(mp);

    m_signInButton->setVisible(!busy && phase != Phase::SignedIn);
    m_signInButton->setText(phase == Phase::SignInAgain ? tr("Sign in again")
                            : phase == Phase::Failed    ? tr("Try again")
                                                        : tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton->setVisible(phase == Phase::SigningIn);
    m_signOutButton->setVisible(!busy && (s.signedIn || phase == Phase::SignInAgain));

    m_signedInPhase = phase == Phase::SignedIn;
    m_lead->setVisible(!isCompact());
    m_detailsButton->setVisible(m_signedInPhase);
    m_detailsButton->setText(m_showDetails ? tr("Fewer details") : tr("Details"));
    m_detailsButton->setToolTip(m_showDetails ? tr("Show only who is signed in and until when")
                                              : tr("Show the authorization server, permissions and registration"));
    applyRows();
}

void SignInPanel::updateCountdown()
{
    const qint64 now = (m_signIn ? m_signIn->clock() : oauth::SystemClock::instance())->nowMs();
    m_expiry->setText(describeExpiry(m_expiresAtMs, now));
    const bool expired = m_expiresAtMs > 0 && m_expiresAtMs <= now;
    QPalette pal = m_expiry->palette();
    pal.setColor(QPalette::WindowText, expired ? theme::warningColor(palette()) : palette().color(QPalette::WindowText));
    m_expiry->setPalette(pal);
}

QString SignInPanel::stateText() const
{
    return m_state->text();
}

QString SignInPanel::valueOf(const QString &row) const
{
    auto *value = m_formBox->findChild<QLabel *>(row);
    // Whether or not the compact card shows it right now.
    return value && m_rowHasData.value(value, true) && m_formBox->isVisibleTo(this) ? value->text() : QString();
}

QString SignInPanel::storageWarning() const
{
    return m_noKeychain->isVisibleTo(this) ? m_noKeychain->text() : QString();
}

QString SignInPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

} // namespace mcpc::ui
