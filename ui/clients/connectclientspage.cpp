#include "clients/connectclientspage.h"

#include "style/theme.h"
#include "widgets/chip.h"
#include "widgets/icons.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

// A round monogram in a colour derived from the name: recognisable rows without
// shipping other companies' logos.
QPixmap monogram(const QString &name, int size)
{
    QPixmap pm(size * 2, size * 2);
    pm.setDevicePixelRatio(2);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = QColor::fromHsl(int(qHash(name) % 360), 120, 120);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(0, 0, size, size), 8, 8);
    QFont f;
    f.setPixelSize(size / 2);
    f.setWeight(QFont::Bold);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, name.left(1).toUpper());
    return pm;
}

} // namespace

const QList<ConnectClientsPage::ClientInfo> &ConnectClientsPage::clients()
{
    static const QList<ClientInfo> list{
        {QStringLiteral("cursor"), QStringLiteral("Cursor"), QStringLiteral("~/.cursor/mcp.json")},
        {QStringLiteral("vscode"), QStringLiteral("VS Code"), QStringLiteral("settings.json / .vscode/mcp.json")},
        {QStringLiteral("claude-code"), QStringLiteral("Claude Code"), QStringLiteral("~/.claude.json")},
        {QStringLiteral("claude-desktop"), QStringLiteral("Claude Desktop"), QStringLiteral("claude_desktop_config.json")},
        {QStringLiteral("windsurf"), QStringLiteral("Windsurf"), QStringLiteral("~/.codeium/windsurf/mcp_config.json")},
        {QStringLiteral("cline"), QStringLiteral("Cline"), QStringLiteral("cline_mcp_settings.json")},
        {QStringLiteral("zed"), QStringLiteral("Zed"), QStringLiteral("~/.config/zed/settings.json")},
        {QStringLiteral("gemini-cli"), QStringLiteral("Gemini CLI"), QStringLiteral("~/.gemini/settings.json")},
        {QStringLiteral("codex"), QStringLiteral("Codex"), QStringLiteral("~/.codex/config.toml")},
        {QStringLiteral("opencode"), QStringLiteral("opencode"), QStringLiteral("opencode.json")},
        {QStringLiteral("lm-studio"), QStringLiteral("LM Studio"), QStringLiteral("~/.lmstudio/mcp.json")},
    };
    return list;
}

ConnectClientsPage::ConnectClientsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
{
    m_intro->setWordWrap(true);
    auto *note = new Chip(QStringLiteral("Coming soon: one-click setup is being finished"), Chip::Tone::Info, this);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(5, 1);
    grid->setColumnMinimumWidth(3, 24);
    int row = 0;
    for (const ClientInfo &c : clients()) {
        auto *icon = new QLabel(this);
        icon->setPixmap(monogram(c.name, 28));
        auto *name = new QLabel(c.name, this);
        QFont f = name->font();
        f.setWeight(QFont::DemiBold);
        name->setFont(f);
        auto *where = new QLabel(c.where, this);
        QPalette pal = where->palette();
        pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
        where->setPalette(pal);
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(name);
        text->addWidget(where);
        auto *button = new QPushButton(QStringLiteral("Connect"), this);
        button->setEnabled(false);
        button->setToolTip(QStringLiteral("Writing %1's config is not wired up yet in this build.").arg(c.name));
        button->setAccessibleName(QStringLiteral("Connect %1").arg(c.name));
        button->setProperty("clientId", c.id);
        connect(button, &QPushButton::clicked, this, [this, id = c.id] { Q_EMIT connectRequested(id, m_profile); });
        // Two columns of clients: all eleven fit without scrolling.
        const int r = row / 2;
        const int col0 = (row % 2) * 4;
        grid->addWidget(icon, r, col0);
        grid->addLayout(text, r, col0 + 1);
        grid->addWidget(button, r, col0 + 2);
        m_buttons.append(button);
        ++row;
    }

    auto *body = new QWidget(this);
    auto *col = new QVBoxLayout(body);
    col->setContentsMargins(4, 4, 4, 4);
    col->setSpacing(12);
    col->addWidget(m_intro);
    col->addWidget(note, 0, Qt::AlignLeft);
    auto *card = new QFrame(body);
    card->setObjectName(QStringLiteral("card"));
    card->setLayout(grid);
    grid->setContentsMargins(16, 14, 16, 14);
    col->addWidget(card);
    col->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setProfile({});
}

void ConnectClientsPage::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_intro->setText(profile.name.isEmpty()
                         ? QStringLiteral("Add this server to your AI clients.")
                         : QStringLiteral("Add <b>%1</b> to your AI clients: MCP Connect will write each client's config file "
                                          "for you (keeping everything else in it), and tell you when a client needs a restart.")
                               .arg(profile.name.toHtmlEscaped()));
}

} // namespace mcpc::ui
