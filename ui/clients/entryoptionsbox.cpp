#include "clients/entryoptionsbox.h"

#include "clients/clientvisuals.h"
#include "clientconfig/adapters/clientadapter.h"
#include "style/theme.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;

namespace {

bool offersBridge(const QString &clientId, const ServerProfile &profile)
{
    const ClientAdapter *adapter = clientAdapter(clientId);
    return adapter && adapter->offersBridge() && profile.isHttp();
}

} // namespace

bool EntryOptionsBox::needed(const QString &clientId, const ServerProfile &profile)
{
    return (profile.auth == AuthMode::Header && !profile.headerNames.isEmpty()) || offersBridge(clientId, profile);
}

EntryOptionsBox::EntryOptionsBox(const QString &clientId, const QString &clientName, const ServerProfile &profile,
                                 const EntryOptions &options, bool headerEnvSupported, QWidget *parent)
    : QFrame(parent)
    , m_clientName(clientName)
    , m_profile(profile)
    , m_headerEnvSupported(headerEnvSupported)
{
    const QPalette pal = QApplication::palette();
    setObjectName(u"optionsBox"_s);
    setStyleSheet(u"QFrame#optionsBox { background: %1; border: 1px solid %2; border-radius: 8px; }"_s.arg(
        theme::cssColor(theme::cardColor(pal)), theme::cssColor(theme::borderColor(pal))));
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(12, 10, 12, 10);
    col->setSpacing(6);

    if (profile.auth == AuthMode::Header && !profile.headerNames.isEmpty()) {
        const QStringList names = profile.headerNames;
        m_headerBox = new QCheckBox(QCoreApplication::translate("EntryOptionsBox", "Read %1 from &environment variables").arg(names.join(u", "_s)), this);
        m_headerBox->setObjectName(u"headerEnvBox"_s);
        col->addWidget(m_headerBox);
        auto *grid = new QGridLayout;
        grid->setContentsMargins(24, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(4);
        for (int i = 0; i < names.size(); ++i) {
            QString var = cv::suggestedEnvVar(profile.name, names[i]);
            for (const auto &[header, v] : options.headerEnv)
                if (header == names[i])
                    var = v;
            auto *label = new QLabel(names[i] + QCoreApplication::translate("EntryOptionsBox", " from"), this);
            auto *edit = new QLineEdit(var, this);
            edit->setAccessibleName(QCoreApplication::translate("EntryOptionsBox", "Environment variable for the %1 header").arg(names[i]));
            edit->setPlaceholderText(u"VARIABLE_NAME"_s);
            edit->setMaximumWidth(320);
            label->setBuddy(edit);
            grid->addWidget(label, i, 0);
            grid->addWidget(edit, i, 1);
            m_varEdits.append(edit);
            connect(edit, &QLineEdit::textEdited, this, [this] { refreshNote(); });
        }
        grid->setColumnStretch(2, 1);
        col->addLayout(grid);
        m_headerNote = new QLabel(this);
        m_headerNote->setObjectName(u"headerEnvNote"_s);
        m_headerNote->setWordWrap(true);
        QPalette muted = m_headerNote->palette();
        muted.setColor(QPalette::WindowText, theme::mutedText(pal));
        m_headerNote->setPalette(muted);
        col->addWidget(m_headerNote);
        m_headerBox->setChecked(headerEnvSupported && !options.headerEnv.isEmpty());
        m_headerBox->setEnabled(headerEnvSupported);
        if (headerEnvSupported)
            m_headerBox->setToolTip(QCoreApplication::translate("EntryOptionsBox", "The entry names the variables; %1 fills in their values when it starts.").arg(clientName));
        connect(m_headerBox, &QCheckBox::toggled, this, [this] { refreshNote(); });
    }
    const bool windsurf = clientId == u"windsurf";
    if (offersBridge(clientId, profile)) {
        m_bridgeBox = new QCheckBox(windsurf ? QCoreApplication::translate("EntryOptionsBox", "Use the mcp-remote &bridge (npx) instead of serverUrl")
                                             : QCoreApplication::translate("EntryOptionsBox", "Use the mcp-remote &bridge (npx) instead of a URL entry"), this);
        m_bridgeBox->setObjectName(u"bridgeBox"_s);
        m_bridgeBox->setChecked(options.bridge);
        m_bridgeBox->setToolTip(windsurf ? QCoreApplication::translate("EntryOptionsBox", "The setup guide's form: Windsurf runs `npx mcp-remote URL`, which signs in for it. "
                                           "For Windsurf builds that cannot sign in to remote servers themselves; needs Node.js.")
                                         : QCoreApplication::translate("EntryOptionsBox", "For Junie IDE plugins that run only local (stdio) servers: Junie runs "
                                           "`npx mcp-remote URL`, which signs in for it. Needs Node.js."));
        col->addWidget(m_bridgeBox);
        connect(m_bridgeBox, &QCheckBox::toggled, this, [this] { refreshNote(); });
    }
    refreshNote();
}

EntryOptions EntryOptionsBox::options() const
{
    EntryOptions o;
    if (m_headerBox && m_headerBox->isChecked())
        for (int i = 0; i < m_varEdits.size(); ++i)
            o.headerEnv.append({m_profile.headerNames.value(i), m_varEdits[i]->text().trimmed()});
    o.bridge = m_bridgeBox && m_bridgeBox->isChecked();
    return o;
}

bool EntryOptionsBox::isValid(QString *why) const
{
    if (!m_headerBox || !m_headerBox->isChecked())
        return true;
    for (QLineEdit *e : m_varEdits)
        if (!cv::isValidEnvVarName(e->text().trimmed())) {
            *why = u"“%1” is not an environment variable name: use letters, digits and “_”, not starting with a digit."_s
                       .arg(e->text().trimmed());
            return false;
        }
    return true;
}

void EntryOptionsBox::refreshNote()
{
    const QString client = m_clientName.toHtmlEscaped();
    if (m_headerNote) {
        const bool on = m_headerBox->isChecked();
        for (QLineEdit *e : std::as_const(m_varEdits))
            e->setEnabled(on);
        if (!m_headerEnvSupported)
            m_headerNote->setText(tr("%1 cannot read headers from environment variables, and MCP Connect never writes a "
                                  "token into its file. The entry has no headers: %1 signs in to the server itself "
                                  "(OAuth), if the server allows it.").arg(client));
        else if (on)
            m_headerNote->setText(tr("The token is <b>not</b> written into the file: %1 reads each header's full value "
                                  "(such as “Bearer …”) from the variable when it starts. Set the variable where %1 is "
                                  "started from (your session or shell profile), then restart %1.").arg(client));
        else
            m_headerNote->setText(tr("Off: the entry has no headers and no token goes into the file; %1 must sign in to "
                                  "the server another way.").arg(client));
    }
    if (m_bridgeBox && m_headerBox && m_headerEnvSupported) {
        // mcp-remote signs in by itself: the two cannot be combined.
        m_headerBox->setEnabled(!m_bridgeBox->isChecked());
        if (m_bridgeBox->isChecked())
            m_headerBox->setChecked(false);
    }
    Q_EMIT edited();
}

} // namespace mcpc::ui
