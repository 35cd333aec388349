#include "servers/serverdialog.h"

#include "app/appservices.h"
#include "profiles/profilestore.h"
#include "secrets/secretstore.h"
#include "servers/connectiontestrow.h"
#include "servers/headerseditor.h"
#include "servers/profilesaver.h"
#include "style/theme.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

// The seed's warning (Connect MCP clients guide, "Development vs. Production Setup").
const char16_t kHttpsWarning[] = u"Always use HTTPS URLs in production environments. HTTP connections are not "
                                 u"secure and may not work with all MCP clients.";

void setTone(QLabel *label, const QColor &color)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, color);
    label->setPalette(pal);
}

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

} // namespace

ServerDialog::ServerDialog(AppServices *services, const ServerProfile *existing, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_isNew(existing == nullptr)
    , m_original(existing ? *existing : ServerProfile{})
{
    setWindowTitle(m_isNew ? QCoreApplication::translate("ServerDialog", "Add server") : QCoreApplication::translate("ServerDialog", "Edit %1").arg(m_original.name));
    buildUi();
    if (!m_isNew) {
        m_url->setText(m_original.url.toString());
        m_name->setText(m_original.name);
        m_name->setReadOnly(true);
        m_name->setToolTip(QCoreApplication::translate("ServerDialog", "A saved server keeps its name: clients refer to it. To rename, add it again."));
        m_nameTouched = true;
        m_transport->setCurrentIndex(m_transport->findData(int(m_original.transport)));
        m_command->setText((QStringList{m_original.command} + m_original.args).join(QLatin1Char(' ')).trimmed());
        // Stored names first: choosing "headers" on an empty editor adds a blank row.
        if (m_original.auth == AuthMode::Header)
            m_headers->setStoredNames(m_original.headerNames);
        m_auth->setCurrentIndex(m_auth->findData(int(m_original.auth)));
        m_userDataTool->setText(m_original.userDataTool);
        m_allowHttp->setChecked(m_original.allowInsecureHttp);
    }
    connect(m_services->secrets(), &SecretStore::degraded, this, [this](const QString &message) {
        m_keychainNote->setText(message);
        m_keychainNote->show();
    });
    if (!m_services->secrets()->persistent()) {
        m_keychainNote->setText(QCoreApplication::translate("ServerDialog", "The system keychain is not available (%1): header values will be kept "
                                               "in memory for this run only, and never written to a file.")
                                    .arg(m_services->secrets()->backendName()));
        m_keychainNote->show();
    }
    revalidate();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::buildUi()
{
    const QPalette &pal = palette();
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://example.com/mcp"));
    m_url->setAccessibleName(tr("Server URL"));
    m_url->setClearButtonEnabled(true);
    m_urlMessage = messageLabel(this, QStringLiteral("urlMessage"));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(QStringLiteral("my-server"));
    m_name->setAccessibleName(tr("Server name"));
    m_name->setMaxLength(80);
    m_nameMessage = messageLabel(this, QStringLiteral("nameMessage"));
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_useSuggestion->hide();
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        m_name->setText(m_suggestion);
        m_name->setFocus();
    });
    auto *nameMsgRow = new QHBoxLayout;
    nameMsgRow->setContentsMargins(0, 0, 0, 0);
    nameMsgRow->addWidget(m_nameMessage, 1);
    nameMsgRow->addWidget(m_useSuggestion);

    m_transport = new QComboBox(this);
    m_transport->addItem(tr("Automatic (Streamable HTTP, falls back to SSE)"), int(TransportKind::Auto));
    m_transport->addItem(tr("Streamable HTTP only"), int(TransportKind::StreamableHttp));
    m_transport->addItem(tr("Legacy HTTP+SSE (2024-11-05)"), int(TransportKind::Sse));
    m_transport->addItem(tr("Local command (stdio)"), int(TransportKind::Stdio));
    m_transport->setAccessibleName(tr("Transport"));
    m_command = new QLineEdit(this);
    m_command->setPlaceholderText(tr("npx -y @modelcontextprotocol/server-everything"));
    m_command->setAccessibleName(tr("Command"));

    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), int(AuthMode::None));
    m_auth->addItem(tr("Sign in with OAuth (browser)"), int(AuthMode::OAuth));
    m_auth->addItem(QStringLiteral("API key or other headers"), int(AuthMode::Header));
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_headers = new HeadersEditor(this);
    m_headersMessage = messageLabel(this, QStringLiteral("headersMessage"));
    m_oauthNote = messageLabel(this, QStringLiteral("oauthNote"));
    m_oauthNote->setText(tr("After saving, use Sign in on the server's page. Tokens go to the system keychain."));
    setTone(m_oauthNote, theme::mutedText(pal));

    m_userDataTool = new QLineEdit(this);
    m_userDataTool->setPlaceholderText(tr("Detect automatically (get_user_data, whoami…)"));
    m_userDataTool->setAccessibleName(tr("User data tool"));

    m_insecureBox = new QWidget(this);
    m_insecureBox->setObjectName(QStringLiteral("insecureBox"));
    const QColor warn = theme::warningColor(pal);
    m_insecureBox->setStyleSheet(QStringLiteral("QWidget#insecureBox { background: %1; border: 1px solid %2; border-radius: 6px; }")
                                     .arg(theme::cssColor(theme::tint(warn, pal)), theme::cssColor(warn)));
    m_insecureText = new QLabel(QString::fromUtf16(kHttpsWarning) + tr(" This URL sends everything, sign-in "
                                "tokens included, unencrypted to another machine."), m_insecureBox);
    m_insecureText->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureText->setWordWrap(true);
    m_allowHttp = new QCheckBox(tr("Allow plain HTTP to this server anyway"), m_insecureBox);
    auto *ib = new QVBoxLayout(m_insecureBox);
    ib->setContentsMargins(10, 8, 10, 8);
    ib->addWidget(m_insecureText);
    ib->addWidget(m_allowHttp);
    m_insecureBox->hide();

    m_keychainNote = messageLabel(this, QStringLiteral("keychainNote"));
    setTone(m_keychainNote, warn);

    m_testRow = new ConnectionTestRow(m_services, this);

    m_saveError = messageLabel(this, QStringLiteral("saveError"));
    setTone(m_saveError, theme::errorColor(pal));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(m_isNew ? tr("Add server") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setIcon(QIcon()); // no icon on one button only
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    // Captions above fields (no QFormLayout): wrapped messages then get their real height.
    auto *fields = new QVBoxLayout;
    fields->setSpacing(4);
    auto block = [this, fields](const QString &caption, const QList<QWidget *> &widgets, QLayout *extra = nullptr) {
        auto *w = new QWidget(this);
        auto *v = new QVBoxLayout(w);
        v->setContentsMargins(0, 0, 0, 6);
        v->setSpacing(3);
        auto *label = new QLabel(caption, w);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        label->setBuddy(widgets.first());
        v->addWidget(label);
        for (QWidget *x : widgets)
            v->addWidget(x);
        if (extra)
            v->addLayout(extra);
        fields->addWidget(w);
        return w;
    };
    auto *transportRow = new QHBoxLayout;
    m_urlBlock = block(tr("Server &URL"), {m_url, m_urlMessage});
    m_commandBlock = block(QStringLiteral("&Command"), {m_command});
    block(QStringLiteral("&Name"), {m_name}, nameMsgRow);
    auto *transportBlock = block(QStringLiteral("&Transport"), {m_transport});
    auto *authBlock = block(QStringLiteral("&Sign-in"), {m_auth});
    fields->removeWidget(transportBlock);
    fields->removeWidget(authBlock);
    transportRow->addWidget(transportBlock, 3);
    transportRow->addWidget(authBlock, 2);
    fields->addLayout(transportRow);
    fields->addWidget(m_oauthNote);
    fields->addWidget(m_headers);
    fields->addWidget(m_headersMessage);
    block(tr("User-&data tool (optional)"), {m_userDataTool});

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(20, 18, 20, 14);
    col->setSpacing(10);
    m_intro = new QLabel(tr("Connect to an MCP server by its URL. While you develop one, "
                                        "http://localhost:3000/mcp is fine; in production use https://."), this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    setTone(m_intro, theme::mutedText(pal));
    col->addWidget(m_intro);
    col->addLayout(fields);
    col->addWidget(m_insecureBox);
    col->addWidget(m_keychainNote);
    col->addWidget(m_testRow);
    col->addStretch(1);
    col->addWidget(m_saveError);
    col->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_url, &QLineEdit::textEdited, this, &ServerDialog::onUrlEdited);
    connect(m_url, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    connect(m_name, &QLineEdit::textEdited, this, &ServerDialog::onNameEdited);
    connect(m_name, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    connect(m_command, &QLineEdit::textChanged, this, &ServerDialog::revalidate);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ServerDialog::revalidate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        if (m_auth->currentData().toInt() == int(AuthMode::Header) && m_headers->names().isEmpty())
            m_headers->addRow(QStringLiteral("Authorization"));
        revalidate();
    });
    connect(m_headers, &HeadersEditor::changed, this, &ServerDialog::revalidate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ServerDialog::revalidate);
    connect(m_testRow, &ConnectionTestRow::testRequested, this, &ServerDialog::testConnection);
    connect(m_testRow, &ConnectionTestRow::testingChanged, this, &ServerDialog::revalidate);
    const QList<QWidget *> order{m_transport, m_url, m_command, m_name, m_useSuggestion, m_auth, m_userDataTool, m_allowHttp, m_testRow->button()};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    m_url->setFocus();
}

QString ServerDialog::slugForUrl(const QUrl &url) const
{
    QString base = url.host();
    if (isLoopbackHost(base) && url.port() > 0)
        base += QStringLiteral("-%1").arg(url.port());
    return slugifyServerName(base);
}

bool ServerDialog::nameTaken(const QString &name) const
{
    if (!m_isNew)
        return false;
    auto found = m_services->profiles()->find(name);
    return found && found->has_value();
}

QString ServerDialog::uniqueName(const QString &base) const
{
    if (!nameTaken(base))
        return base;
    for (int i = 2; i < 100; ++i) {
        const QString candidate = QStringLiteral("%1-%2").arg(base.left(60)).arg(i);
        if (!nameTaken(candidate))
            return candidate;
    }
    return base;
}

void ServerDialog::onUrlEdited()
{
    // Until the user types a name, it follows the URL's host.
    if (m_nameTouched)
        return;
    auto url = parseServerUrl(m_url->text());
    m_name->setText(url ? uniqueName(slugForUrl(*url)) : QString());
}

void ServerDialog::onNameEdited()
{
    m_nameTouched = !m_name->text().isEmpty();
}

void ServerDialog::prefillFromLink(const QUrl &url, const QString &name)
{
    setWindowTitle(tr("Add server from a link"));
    m_intro->setText(tr("A link asks to add this server to MCP Connect. Check the address: nothing is "
                                    "added until you press Add server."));
    setTone(m_intro, palette().color(QPalette::WindowText));
    m_url->setText(url.toString());
    onUrlEdited(); // a free name from the host, unless the link names one
    if (!name.isEmpty()) {
        m_name->setText(name);
        m_nameTouched = true;
    }
}

QString ServerDialog::introText() const
{
    return m_intro->text();
}

ServerProfile ServerDialog::profile() const
{
    ServerProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.transport = TransportKind(m_transport->currentData().toInt());
    if (p.transport == TransportKind::Stdio) {
        const QStringList parts = QProcess::splitCommand(m_command->text());
        p.command = parts.value(0);
        p.args = parts.mid(1);
        p.url = QUrl();
    } else {
        auto url = parseServerUrl(m_url->text());
        p.url = url ? *url : QUrl(m_url->text().trimmed());
        p.command.clear();
        p.args.clear();
    }
    p.auth = AuthMode(m_auth->currentData().toInt());
    p.headerNames = p.auth == AuthMode::Header ? m_headers->names() : QStringList{};
    p.userDataTool = m_userDataTool->text().trimmed();
    p.allowInsecureHttp = p.isHttp() && isInsecureRemoteUrl(p.url) && m_allowHttp->isChecked();
    return p;
}

void ServerDialog::revalidate()
{
    const bool stdio = m_transport->currentData().toInt() == int(TransportKind::Stdio);
    const auto mode = AuthMode(m_auth->currentData().toInt());
    m_urlBlock->setVisible(!stdio);
    m_commandBlock->setVisible(stdio);
    // Rows, not just widgets, so hidden rows leave no gaps.
    m_headers->setVisible(mode == AuthMode::Header);
    m_oauthNote->setVisible(mode == AuthMode::OAuth);

    bool ok = true;
    // URL
    QString urlMsg;
    bool insecure = false;
    if (!stdio) {
        const QString text = m_url->text().trimmed();
        auto url = parseServerUrl(text);
        if (text.isEmpty()) {
            ok = false;
        } else if (!url) {
            urlMsg = url.error().message;
            setTone(m_urlMessage, theme::errorColor(palette()));
            ok = false;
        } else if (isInsecureRemoteUrl(*url)) {
            insecure = true;
            ok = ok && m_allowHttp->isChecked();
        } else if (url->scheme() == u"http") {
            urlMsg = tr("Plain HTTP is fine for a server on this computer.");
            setTone(m_urlMessage, theme::mutedText(palette()));
        }
    } else if (m_command->text().trimmed().isEmpty()) {
        ok = false;
    }
    m_urlMessage->setText(urlMsg);
    m_urlMessage->setVisible(!urlMsg.isEmpty());
    m_insecureBox->setVisible(insecure);

    // Name
    const QString name = m_name->text().trimmed();
    QString nameMsg;
    m_suggestion.clear();
    if (name.isEmpty()) {
        ok = false;
    } else if (!isValidServerName(name)) {
        nameMsg = tr("Use only letters, digits, - and _ (up to 64): every client accepts those.");
        m_suggestion = uniqueName(slugifyServerName(name));
        ok = false;
    } else if (nameTaken(name)) {
        nameMsg = tr("A server named '%1' already exists.").arg(name);
        m_suggestion = uniqueName(name);
        ok = false;
    }
    m_nameMessage->setText(nameMsg);
    m_nameMessage->setVisible(!nameMsg.isEmpty());
    setTone(m_nameMessage, theme::errorColor(palette()));
    m_useSuggestion->setText(tr("Use “%1”").arg(m_suggestion));
    m_useSuggestion->setVisible(!m_suggestion.isEmpty() && m_suggestion != name);

    // Headers
    QString headersMsg;
    if (mode == AuthMode::Header) {
        headersMsg = m_headers->problem();
        ok = ok && headersMsg.isEmpty();
    }
    m_headersMessage->setText(headersMsg);
    m_headersMessage->setVisible(!headersMsg.isEmpty());
    setTone(m_headersMessage, theme::errorColor(palette()));
    if (stdio && mode == AuthMode::OAuth) {
        m_headersMessage->setText(tr("OAuth sign-in applies to HTTP servers; a local command gets its credentials from its environment."));
        m_headersMessage->show();
        ok = false;
    }

    QTimer::singleShot(0, this, &ServerDialog::fitHeight);
    m_save->setEnabled(ok && !m_saving);
    const bool targetOk = stdio ? !m_command->text().trimmed().isEmpty()
                                : parseServerUrl(m_url->text()).has_value() && (!insecure || m_allowHttp->isChecked());
    m_testRow->button()->setEnabled(targetOk && !m_testRow->isTesting() && !m_saving);
}

void ServerDialog::fitHeight()
{
    // Top-level windows do not follow their layout's height-for-width (wrapped labels):
    // grow to it by hand when rows appear.
    QLayout *l = layout();
    const int want = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    setMinimumHeight(want);
    if (height() < want)
        resize(width(), want);
}

void ServerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

bool ServerDialog::isValid() const
{
    return m_save->isEnabled();
}

void ServerDialog::testConnection()
{
    QList<QPair<QByteArray, QByteArray>> typed;
    if (AuthMode(m_auth->currentData().toInt()) == AuthMode::Header) {
        for (const HeadersEditor::Row &r : m_headers->rows()) {
            if (r.value.isEmpty()) { // some not typed: the probe reads the stored values
                typed.clear();
                break;
            }
            typed.append({r.name.toLatin1(), r.value});
        }
    }
    m_testRow->test(profile(), typed);
}

void ServerDialog::accept()
{
    revalidate();
    if (!isValid())
        return;
    const ServerProfile p = profile();
    QList<QPair<QString, QByteArray>> writes;
    for (const HeadersEditor::Row &r : m_headers->rows())
        if (p.auth == AuthMode::Header && !r.value.isEmpty())
            writes.append({r.name, r.value});
    QStringList removed;
    for (const QString &old : m_original.headerNames)
        if (!p.headerNames.contains(old, Qt::CaseInsensitive))
            removed << old;
    auto *saver = new ProfileSaver(m_services->profiles(), m_services->secrets(), this);
    connect(saver, &ProfileSaver::finished, this, [this, saver] {
        saver->deleteLater();
        m_saving = false;
        m_testRow->spinner()->stop();
        if (!saver->ok()) {
            QString text = saver->error().message;
            if (!saver->error().hint.isEmpty())
                text += QLatin1Char('\n') + saver->error().hint;
            m_saveError->setText(text);
            m_saveError->show();
            revalidate();
            return;
        }
        Q_EMIT saved(saver->profile());
        QDialog::accept();
    });
    m_saving = true;
    m_saveError->hide();
    m_testRow->spinner()->start();
    revalidate();
    saver->save(p, m_isNew, writes, removed);
}

QString ServerDialog::urlMessage() const { return m_urlMessage->isVisibleTo(this) ? m_urlMessage->text() : QString(); }
QString ServerDialog::nameMessage() const { return m_nameMessage->isVisibleTo(this) ? m_nameMessage->text() : QString(); }
QString ServerDialog::headersMessage() const { return m_headersMessage->isVisibleTo(this) ? m_headersMessage->text() : QString(); }
QString ServerDialog::suggestedName() const { return m_useSuggestion->isVisibleTo(this) ? m_suggestion : QString(); }
bool ServerDialog::insecureOptionVisible() const { return m_insecureBox->isVisibleTo(this); }
QString ServerDialog::insecureWarning() const { return m_insecureText->text(); }
QPushButton *ServerDialog::testButton() const { return m_testRow->button(); }
QString ServerDialog::testResult() const { return m_testRow->result(); }

} // namespace mcpc::ui
