#include "serverview/overviewtab.h"

#include "compat/catalogbuilder.h"
#include "compat/troubleshooting.h"
#include "protocol/mcpclient.h"
#include "protocol/rpccall.h"
#include "protocol/userdata.h"
#include "serverview/userdatacard.h"
#include "style/theme.h"
#include "transport/transport.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QStyle>
#include <QScrollArea>
#include <QVBoxLayout>

using nlohmann::json;

namespace mcpc::ui {

namespace {

QLabel *factLabel(QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("—"), parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_card(new UserDataCard(this))
    , m_facts(new QFormLayout)
    , m_columns(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_main(new QVBoxLayout)
    , m_side(new QVBoxLayout)
    , m_server(factLabel(this))
    , m_version(factLabel(this))
    , m_protocol(factLabel(this))
    , m_transport(factLabel(this))
    , m_latency(factLabel(this))
    , m_toolCount(factLabel(this))
    , m_capabilities(factLabel(this))
    , m_clients(factLabel(this))
    , m_instructions(factLabel(this))
    , m_instructionsTitle(new QLabel(QCoreApplication::translate("OverviewTab", "Instructions from the server"), this))
{
    connect(m_card, &UserDataCard::refreshRequested, this, &OverviewTab::refreshUserData);

    auto *facts = new QFrame(this);
    facts->setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(QCoreApplication::translate("OverviewTab", "Server"), facts);
    QFont tf = title->font();
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setHorizontalSpacing(18);
    m_facts->setVerticalSpacing(7);
    const auto addFact = [this, facts](const QString &label, QLabel *value) {
        auto *l = new QLabel(label, facts);
        QPalette pal = l->palette();
        pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
        l->setPalette(pal);
        m_facts->addRow(l, value);
    };
    addFact(QCoreApplication::translate("OverviewTab", "Name"), m_server);
    addFact(QCoreApplication::translate("OverviewTab", "Version"), m_version);
    addFact(QCoreApplication::translate("OverviewTab", "Protocol"), m_protocol);
    addFact(QCoreApplication::translate("OverviewTab", "Transport"), m_transport);
    addFact(QCoreApplication::translate("OverviewTab", "Ping"), m_latency);
    addFact(QCoreApplication::translate("OverviewTab", "Tools"), m_toolCount);
    addFact(QCoreApplication::translate("OverviewTab", "Offers"), m_capabilities);
    addFact(QCoreApplication::translate("OverviewTab", "Clients"), m_clients);
    m_clients->setObjectName(QStringLiteral("overviewClients"));
    m_clients->setTextFormat(Qt::PlainText); // tool names come from the server
    QFont itf = m_instructionsTitle->font();
    itf.setWeight(QFont::DemiBold);
    m_instructionsTitle->setFont(itf);
    m_instructions->setTextFormat(Qt::PlainText); // untrusted text from the server
    auto *factsCol = new QVBoxLayout(facts);
    factsCol->setContentsMargins(18, 14, 18, 16);
    factsCol->setSpacing(10);
    factsCol->addWidget(title);
    factsCol->addLayout(m_facts);
    factsCol->addSpacing(4);
    factsCol->addWidget(m_instructionsTitle);
    factsCol->addWidget(m_instructions);
    factsCol->addStretch(1);
    m_instructionsTitle->hide();
    m_instructions->hide();

    auto *content = new QWidget(this);
    auto *contentCol = new QVBoxLayout(content);
    contentCol->setContentsMargins(0, 0, 0, 0);
    contentCol->setSpacing(14);
    // The main column: the sign-in card while the server waits for it (where a person
    // looks first), then the user data. The side column: the server's facts, then the
    // sign-in card once signed in. Side by side when there is room, else one above the other.
    m_main->setSpacing(14);
    m_main->addWidget(m_card);
    m_main->addStretch(1);
    m_side->setSpacing(14);
    m_side->addWidget(facts);
    m_side->addStretch(1);
    m_columns->setSpacing(14);
    m_columns->addLayout(m_main, 3);
    m_columns->addLayout(m_side, 2);
    contentCol->addLayout(m_columns);
    contentCol->addStretch(1); // cards as tall as their content, not the window
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    content->installEventFilter(this);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(scroll);
}

void OverviewTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

QSize OverviewTab::minimumSizeHint() const
{
    // As narrow as the stacked cards allow (with a scroll bar), so the window and the
    // server list's splitter never squeeze the page into scrolling sideways.
    const int stacked = qMax(m_main->minimumSize().width(), m_side->minimumSize().width())
                      + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    return {stacked, QWidget::minimumSizeHint().height()};
}

bool OverviewTab::eventFilter(QObject *watched, QEvent *event)
{
    // The cards' needs change with their content (the user data arrives, a long value).
    if (event->type() == QEvent::LayoutRequest) {
        updateColumns();
        updateGeometry();
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewTab::updateColumns()
{
    // The tab's width, not the content's: the content is as wide as its columns need.
    const auto direction = width() >= twoColumnWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction) {
        m_columns->setDirection(direction);
        // Side by side the columns share the width 3:2; stacked they are as tall as their cards.
        const bool wide = direction == QBoxLayout::LeftToRight;
        m_columns->setStretch(0, wide ? 3 : 0);
        m_columns->setStretch(1, wide ? 2 : 0);
    }
}

int OverviewTab::twoColumnWidth() const
{
    // Room for the user data's labels and values next to the server's facts: at least what
    // both columns need (and a scroll bar), and never so little that the facts get cramped.
    const int needed = m_main->minimumSize().width() + m_columns->spacing() + m_side->minimumSize().width()
                     + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    return qMax(needed, fontMetrics().averageCharWidth() * 92);
}

bool OverviewTab::twoColumns() const
{
    return m_columns->direction() == QBoxLayout::LeftToRight;
}

void OverviewTab::placeSignInPanel()
{
    if (!m_signInPanel)
        return;
    // Waiting for a sign-in: first, above the user data it unlocks. Signed in (or not
    // asked): a compact card under the server's facts.
    const bool first = m_status.state == ServerStatus::State::NeedsLogin;
    QBoxLayout *target = first ? m_main : m_side;
    if (target->indexOf(m_signInPanel) >= 0)
        return;
    m_main->removeWidget(m_signInPanel);
    m_side->removeWidget(m_signInPanel);
    target->insertWidget(first ? 0 : 1, m_signInPanel);
}

void OverviewTab::setProfile(const ServerProfile &profile)
{
    const bool toolChanged = profile.userDataTool != m_profile.userDataTool;
    m_profile = profile;
    if (toolChanged)
        m_fetchedFor = nullptr;
    maybeFetch();
}

void OverviewTab::setSignInPanel(QWidget *panel)
{
    m_signInPanel = panel;
    placeSignInPanel();
}

void OverviewTab::setStatus(const ServerStatus &status)
{
    m_status = status;
    updateFacts();
    placeSignInPanel();
    if (!status.isLive() && !m_client && status.state != ServerStatus::State::Connecting && m_card->fields().isEmpty()) {
        if (status.state == ServerStatus::State::NeedsLogin) {
            // The user data is the reason to sign in: say so, not just "not connected".
            m_card->showMessage(tr("Sign in to see your user data"),
                                tr("This server shows who you are only after you sign in."));
        } else {
            const QString why = status.lastError ? status.lastError->message : stateName(status.state);
            m_card->showMessage(tr("Not connected"),
                                tr("%1\nThe user data appears once the server is up.").arg(why));
        }
    }
}

void OverviewTab::setTools(const QList<Tool> &tools)
{
    const QString before = pickUserDataTool(m_tools, m_profile.userDataTool);
    m_tools = tools;
    m_toolsKnown = true;
    updateClientsFact();
    if (pickUserDataTool(tools, m_profile.userDataTool) != before)
        m_fetchedFor = nullptr; // e.g. the tool appeared after a list_changed
    updateFacts();
    maybeFetch();
}

void OverviewTab::setClient(McpClient *client)
{
    m_client = client;
    if (!client)
        m_toolsKnown = false; // a new connection lists them afresh
    updateClientsFact();
    maybeFetch();
}

void OverviewTab::refreshUserData()
{
    m_fetchedFor = nullptr;
    maybeFetch();
}

void OverviewTab::maybeFetch()
{
    if (!m_client || !m_toolsKnown || m_fetching || m_fetchedFor == m_client)
        return;
    const QString name = pickUserDataTool(m_tools, m_profile.userDataTool);
    bool present = false;
    for (const Tool &t : std::as_const(m_tools))
        present = present || t.name == name;
    m_fetchedFor = m_client;
    if (name.isEmpty() || !present) {
        QStringList names;
        for (const Tool &t : std::as_const(m_tools))
            names << t.name;
        m_card->showMessage(tr("No user-data tool"),
            (name.isEmpty() ? tr("This server has no tool named get_user_data (or like it).")
                            : tr("The server has no tool named '%1'.").arg(name))
                + tr("\nAvailable tools: %1\nPick one under Edit → User-data tool.")
                      .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        return;
    }
    m_fetching = true;
    m_card->showLoading(name);
    McpClient *client = m_client;
    RpcCall *call = client->call(QStringLiteral("tools/call"), {{"name", name.toStdString()}, {"arguments", json::object()}});
    connect(call, &RpcCall::finished, this, [this, call, name, client] {
        m_fetching = false;
        if (!call->ok()) {
            m_card->showError(call->error());
        } else if (auto result = parseToolResult(call->result()); !result) {
            m_card->showError(result.error());
        } else if (result->isError) {
            m_card->showError(Error::make(ErrorKind::Tool, tr("The tool reported an error: %1").arg(result->displayText())));
        } else {
            m_card->showResult(*result, name);
            if (!m_card->hasAvatarImage())
                fetchAvatar(name);
            Q_EMIT userDataShown();
        }
        if (client != m_client) // the connection changed meanwhile: fill from the new one
            maybeFetch();
    });
}

void OverviewTab::fetchAvatar(const QString &userTool)
{
    // An avatar tool without arguments (the demo's get_avatar) gives a picture without
    // fetching a URL from the internet.
    QString avatarTool;
    for (const Tool &t : std::as_const(m_tools)) {
        const bool noArgs = !t.inputSchema.contains("required") || t.inputSchema["required"].empty();
        if (t.name != userTool && t.name.contains(QStringLiteral("avatar"), Qt::CaseInsensitive) && noArgs)
            avatarTool = t.name;
    }
    if (avatarTool.isEmpty() || !m_client)
        return;
    RpcCall *call = m_client->call(QStringLiteral("tools/call"), {{"name", avatarTool.toStdString()}, {"arguments", json::object()}});
    connect(call, &RpcCall::finished, this, [this, call] {
        if (!call->ok())
            return;
        auto result = parseToolResult(call->result());
        if (!result || result->isError)
            return;
        for (const ContentBlock &b : result->content) {
            QPixmap pm;
            if (b.type == u"image" && pm.loadFromData(QByteArray::fromBase64(b.base64))) {
                m_card->setAvatar(pm);
                return;
            }
        }
    });
}

void OverviewTab::updateFacts()
{
    const ServerStatus &s = m_status;
    // A server that wants sign-in answers 401 before it says anything about itself, so
    // these facts are not missing but not yet known: say when they will be.
    const QString unknown = s.state == ServerStatus::State::NeedsLogin ? tr("after sign-in") : QStringLiteral("—");
    auto orDash = [&unknown](const QString &v) { return v.isEmpty() ? unknown : v; };
    m_server->setText(orDash(s.serverName));
    m_version->setText(orDash(s.serverVersion));
    m_protocol->setText(s.protocolVersion.isEmpty() ? unknown : tr("MCP ") + s.protocolVersion);
    m_transport->setText(orDash(s.transport));
    m_latency->setText(s.latencyMs >= 0 ? tr("%1 ms").arg(s.latencyMs) : QStringLiteral("—"));
    m_toolCount->setText(s.toolCount >= 0 ? QString::number(s.toolCount) : unknown);
    QStringList caps;
    QString instructions;
    if (m_client) {
        const json &c = m_client->serverInfo().capabilities;
        for (auto it = c.begin(); it != c.end(); ++it)
            caps << QString::fromStdString(it.key());
        instructions = m_client->serverInfo().instructions;
    }
    m_capabilities->setText(caps.isEmpty() ? unknown : caps.join(QStringLiteral(", ")));
    m_instructions->setText(instructions);
    m_instructions->setVisible(!instructions.isEmpty());
    m_instructionsTitle->setVisible(!instructions.isEmpty());
}

void OverviewTab::updateClientsFact()
{
    if (!m_client || !m_toolsKnown || !m_client->transport()) {
        m_clients->setText(QStringLiteral("—"));
        return;
    }
    static const auto rules = compat::RuleSet::loadDefault(); // built in: the same every time
    if (!rules) {
        m_clients->setText(rules.error().message);
        return;
    }
    const compat::ServerCatalog catalog = compat::buildCatalog(m_profile.name, m_client->serverInfo(), m_client->era(),
                                                               m_client->transport()->describe(), m_tools, nullptr);
    const auto cases = compat::toolsNotAvailable(compat::CompatEngine::evaluateAll(catalog, *rules));
    if (cases.isEmpty()) {
        m_clients->setText(tr("Every tool passes the rules of all %1 clients").arg(rules->clients().size()));
        return;
    }
    QStringList lines;
    for (const compat::ToolNotAvailable &c : cases.mid(0, 3))
        lines << compat::describe(c, 3) + tr(" Fix: ") + c.first.fix;
    if (cases.size() > 3)
        lines << tr("…and %1 more clients.").arg(cases.size() - 3);
    lines << tr("Details: Connect clients ▸ Compatibility.");
    m_clients->setText(lines.join(u'\n'));
}

QString OverviewTab::clientsFact() const
{
    return m_clients->text();
}

} // namespace mcpc::ui
