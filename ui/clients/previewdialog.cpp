#include "clients/previewdialog.h"

#include "clients/clientvisuals.h"
#include "clients/diffview.h"
#include "style/theme.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName = QString())
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setObjectName(objectName);
    return l;
}

void setTextColor(QWidget *w, const QColor &c)
{
    QPalette pal = w->palette();
    pal.setColor(QPalette::WindowText, c);
    w->setPalette(pal);
}

QString boxStyle(const QString &objectName, const QColor &c)
{
    const QPalette pal = QApplication::palette();
    return u"QWidget#%1 { background: %2; border: 1px solid %3; border-radius: 8px; }"_s.arg(
        objectName, theme::cssColor(theme::tint(c, pal)), theme::cssColor(QColor(c.red(), c.green(), c.blue(), 130)));
}

} // namespace

PreviewDialog::PreviewDialog(const Setup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_title(new QLabel(this))
    , m_what(wrapped(this, u"previewWhat"_s))
    , m_forceBox(new QWidget(this))
    , m_forceText(wrapped(m_forceBox, u"forceWarning"_s))
    , m_diffTitle(new QLabel(this))
    , m_diffStats(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_error(wrapped(this, u"previewError"_s))
    , m_spinner(new Spinner(this))
    , m_cancel(new QPushButton(u"Cancel"_s, this))
    , m_confirm(new QPushButton(this))
    , m_replan(new QTimer(this))
{
    const QPalette pal = QApplication::palette();
    const bool connecting = setup.kind == Kind::Connect;
    const QString server = setup.profile.name;
    setWindowTitle(connecting ? u"Connect %1"_s.arg(setup.clientName) : u"Disconnect %1"_s.arg(setup.clientName));
    setObjectName(u"clientPreview"_s);

    m_title->setText(connecting ? u"Add “%1” to %2"_s.arg(server, setup.clientName)
                                : u"Remove “%1” from %2"_s.arg(server, setup.clientName));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_title->setWordWrap(true);

    // The needs-force warning: plain words, and the button says what it does.
    m_forceBox->setObjectName(u"forceBox"_s);
    m_forceBox->setStyleSheet(boxStyle(u"forceBox"_s, theme::warningColor(pal)));
    auto *warnIcon = new QLabel(m_forceBox);
    warnIcon->setPixmap(icons::icon(icons::Icon::Warning, theme::warningColor(pal)).pixmap(20, 20));
    auto *fb = new QHBoxLayout(m_forceBox);
    fb->setContentsMargins(12, 10, 12, 10);
    fb->setSpacing(10);
    fb->addWidget(warnIcon, 0, Qt::AlignTop);
    fb->addWidget(m_forceText, 1);
    m_forceBox->hide();

    QFont hf = m_diffTitle->font();
    hf.setWeight(QFont::DemiBold);
    m_diffTitle->setFont(hf);
    m_diffTitle->setText(u"Changes"_s);
    setTextColor(m_diffStats, theme::mutedText(pal));
    m_diff->setMinimumHeight(200);
    setTextColor(m_error, theme::errorColor(pal));
    m_error->hide();

    m_cancel->setAutoDefault(false);
    m_confirm->setAutoDefault(false);
    m_confirm->setEnabled(false);
    m_confirm->setObjectName(u"confirmButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);

    m_replan->setSingleShot(true);
    m_replan->setInterval(350);
    connect(m_replan, &QTimer::timeout, this, [this] {
        QString why;
        if (!optionsValid(&why))
            return;
        setPlanning();
        Q_EMIT optionsChanged(options());
    });

    auto *diffHead = new QHBoxLayout;
    diffHead->addWidget(m_diffTitle);
    diffHead->addStretch(1);
    diffHead->addWidget(m_diffStats);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_spinner);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(20, 18, 20, 16);
    col->setSpacing(10);
    col->addWidget(m_title);
    col->addWidget(m_what);
    col->addWidget(m_forceBox);
    if (QWidget *opts = buildOptions())
        col->addWidget(opts);
    col->addSpacing(4);
    col->addLayout(diffHead);
    col->addWidget(m_diff, 1);
    col->addWidget(m_error);
    col->addSpacing(4);
    col->addLayout(buttons);
    resize(780, 600);
    setPlanning();
}

QWidget *PreviewDialog::buildOptions()
{
    if (m_setup.kind != Kind::Connect)
        return nullptr;
    const QPalette pal = QApplication::palette();
    const QString client = m_setup.clientName;
    const bool headers = m_setup.profile.auth == AuthMode::Header && !m_setup.profile.headerNames.isEmpty();
    const bool windsurf = m_setup.clientId == u"windsurf" && m_setup.profile.isHttp();
    if (!headers && !windsurf)
        return nullptr;
    auto *box = new QWidget(this);
    box->setObjectName(u"optionsBox"_s);
    box->setStyleSheet(u"QWidget#optionsBox { background: %1; border: 1px solid %2; border-radius: 8px; }"_s.arg(
        theme::cssColor(theme::cardColor(pal)), theme::cssColor(theme::borderColor(pal))));
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(12, 10, 12, 10);
    col->setSpacing(6);

    if (headers) {
        const QStringList names = m_setup.profile.headerNames;
        m_headerBox = new QCheckBox(u"Read %1 from environment variables"_s.arg(names.join(u", "_s)), box);
        m_headerBox->setObjectName(u"headerEnvBox"_s);
        col->addWidget(m_headerBox);
        auto *grid = new QGridLayout;
        grid->setContentsMargins(24, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(4);
        for (int i = 0; i < names.size(); ++i) {
            QString var = cv::suggestedEnvVar(m_setup.profile.name, names[i]);
            for (const auto &[header, v] : m_setup.options.headerEnv)
                if (header == names[i])
                    var = v;
            auto *label = new QLabel(names[i] + u" from"_s, box);
            auto *edit = new QLineEdit(var, box);
            edit->setAccessibleName(u"Environment variable for the %1 header"_s.arg(names[i]));
            edit->setPlaceholderText(u"VARIABLE_NAME"_s);
            edit->setMaximumWidth(320);
            label->setBuddy(edit);
            grid->addWidget(label, i, 0);
            grid->addWidget(edit, i, 1);
            m_varEdits.append(edit);
            connect(edit, &QLineEdit::textEdited, this, &PreviewDialog::onOptionsEdited);
        }
        grid->setColumnStretch(2, 1);
        col->addLayout(grid);
        m_headerNote = wrapped(box, u"headerEnvNote"_s);
        setTextColor(m_headerNote, theme::mutedText(pal));
        col->addWidget(m_headerNote);
        if (m_setup.headerEnvSupported) {
            m_headerBox->setChecked(!m_setup.options.headerEnv.isEmpty());
            m_headerBox->setToolTip(u"The entry names the variables; %1 fills in their values when it starts."_s.arg(client));
        } else {
            m_headerBox->setChecked(false);
            m_headerBox->setEnabled(false);
        }
        connect(m_headerBox, &QCheckBox::toggled, this, &PreviewDialog::onOptionsEdited);
    }
    if (windsurf) {
        m_bridgeBox = new QCheckBox(u"Use the mcp-remote bridge (npx) instead of serverUrl"_s, box);
        m_bridgeBox->setObjectName(u"bridgeBox"_s);
        m_bridgeBox->setChecked(m_setup.options.bridge);
        m_bridgeBox->setToolTip(u"The setup guide's form: Windsurf runs `npx mcp-remote URL`, which signs in for it. "
                                "For Windsurf builds that cannot sign in to remote servers themselves; needs Node.js."_s);
        col->addWidget(m_bridgeBox);
        connect(m_bridgeBox, &QCheckBox::toggled, this, &PreviewDialog::onOptionsEdited);
    }
    onOptionsEdited();
    m_replan->stop(); // the first plan comes from the owner
    return box;
}

EntryOptions PreviewDialog::options() const
{
    EntryOptions o;
    if (m_headerBox && m_headerBox->isChecked())
        for (int i = 0; i < m_varEdits.size(); ++i)
            o.headerEnv.append({m_setup.profile.headerNames.value(i), m_varEdits[i]->text().trimmed()});
    o.bridge = m_bridgeBox && m_bridgeBox->isChecked();
    return o;
}

bool PreviewDialog::optionsValid(QString *why) const
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

void PreviewDialog::onOptionsEdited()
{
    const QString client = m_setup.clientName;
    if (m_headerNote) {
        const bool on = m_headerBox->isChecked();
        for (QLineEdit *e : m_varEdits)
            e->setEnabled(on);
        if (!m_setup.headerEnvSupported)
            m_headerNote->setText(u"%1 cannot read headers from environment variables, and MCP Connect never writes a "
                                  "token into its file. The entry has no headers: %1 signs in to the server itself "
                                  "(OAuth), if the server allows it."_s.arg(client.toHtmlEscaped()));
        else if (on)
            m_headerNote->setText(u"The token is <b>not</b> written into the file: %1 reads each header's full value "
                                  "(such as “Bearer …”) from the variable when it starts. Set the variable where %1 is "
                                  "started from (your session or shell profile), then restart %1."_s.arg(client.toHtmlEscaped()));
        else
            m_headerNote->setText(u"Off: the entry has no headers and no token goes into the file; %1 must sign in to "
                                  "the server another way."_s.arg(client.toHtmlEscaped()));
    }
    if (m_bridgeBox && m_headerBox && m_setup.headerEnvSupported) {
        // mcp-remote signs in by itself: the two cannot be combined.
        m_headerBox->setEnabled(!m_bridgeBox->isChecked());
        if (m_bridgeBox->isChecked())
            m_headerBox->setChecked(false);
    }
    QString why;
    if (!optionsValid(&why)) {
        m_error->setText(why.toHtmlEscaped());
        m_error->show();
        m_replan->stop();
    } else {
        m_error->hide();
        m_replan->start();
    }
    updateConfirm();
}

void PreviewDialog::setPlanning()
{
    m_planning = true;
    m_spinner->start();
    updateConfirm();
}

void PreviewDialog::setPlan(const Result<EditPlan> &plan)
{
    m_planning = false;
    m_spinner->stop();
    const QString client = m_setup.clientName.toHtmlEscaped();
    if (!plan) {
        m_plan.reset();
        m_what->setText(QString());
        m_what->hide();
        m_forceBox->hide();
        m_diff->setDiff(QString());
        m_diffStats->clear();
        m_error->setText(cv::errorHtml(plan.error(), m_setup.home));
        m_error->show();
        updateConfirm();
        return;
    }
    m_plan = *plan;
    m_error->hide();
    m_what->show();
    const QString path = u"<b>%1</b>"_s.arg(cv::tildePath(plan->path, m_setup.home).toHtmlEscaped());
    const QString name = u"<b>%1</b>"_s.arg(plan->name.toHtmlEscaped());
    QString what;
    switch (plan->action) {
    case PlanAction::None:
        what = m_setup.kind == Kind::Connect ? u"%1 in %2 is already up to date: there is nothing to write."_s.arg(name, path)
                                             : u"%1 has no entry %2: there is nothing to remove."_s.arg(path, name);
        break;
    case PlanAction::Add:
        what = plan->fileExisted ? u"Adds the entry %1 to %2. Nothing else in the file changes."_s.arg(name, path)
                                 : u"Creates %1 with the entry %2 (the file does not exist yet)."_s.arg(path, name);
        break;
    case PlanAction::Update:
        what = u"Replaces the entry %1 in %2. Nothing else in the file changes."_s.arg(name, path);
        break;
    case PlanAction::Remove:
        what = u"Removes the entry %1 from %2. Nothing else in the file changes."_s.arg(name, path);
        break;
    case PlanAction::DeleteFile:
        what = u"Removes %1 and deletes %2, which MCP Connect created."_s.arg(name, path);
        break;
    }
    if (plan->action != PlanAction::None)
        what += u"<br>A backup is kept: <b>Undo</b> on %1's card puts the file back exactly as it is now."_s.arg(client);
    m_what->setText(what);

    m_forceBox->setVisible(plan->needsForce);
    if (plan->needsForce) {
        const bool removing = m_setup.kind == Kind::Disconnect;
        const QString verb = removing ? u"Removing"_s : u"Replacing"_s;
        if (plan->state == EntryState::EditedByHand)
            m_forceText->setText(u"<b>%1 was edited by hand</b> since MCP Connect wrote it. %2 it throws those edits "
                                 "away (the backup keeps them)."_s.arg(name, verb));
        else
            m_forceText->setText(u"<b>This file already has an entry named %1 that MCP Connect did not write.</b> %2 it "
                                 "throws that entry away (the backup keeps it)."_s.arg(name, verb)
                                 + (removing ? QString() : u" To keep both, cancel and rename the server instead."_s));
    }
    m_diffTitle->setText(u"Changes to %1"_s.arg(cv::tildePath(plan->path, m_setup.home)));
    m_diff->setDiff(plan->diff());
    m_diffStats->setText(plan->action == PlanAction::None
                             ? u"no changes"_s
                             : u"+%1 −%2 lines"_s.arg(m_diff->addedLines()).arg(m_diff->removedLines()));
    updateConfirm();
}

void PreviewDialog::updateConfirm()
{
    QString why;
    const bool valid = optionsValid(&why);
    const bool ready = !m_planning && m_plan && m_plan->action != PlanAction::None && valid;
    m_confirm->setEnabled(ready);
    const QPalette pal = QApplication::palette();
    const bool force = m_plan && m_plan->needsForce;
    QString text;
    if (m_setup.kind == Kind::Disconnect)
        text = force ? u"Remove it anyway"_s : u"Disconnect"_s;
    else if (force)
        text = u"Replace it anyway"_s;
    else if (m_plan && m_plan->action == PlanAction::Update)
        text = u"Update"_s;
    else
        text = u"Connect"_s;
    m_confirm->setText(text);
    m_confirm->setAccessibleName(text + u' ' + m_setup.clientName);
    // A plain change is one Enter away; a destructive one never is.
    m_confirm->setDefault(ready && !force);
    m_cancel->setDefault(!ready || force);
    const QColor c = force ? theme::errorColor(pal) : theme::accentColor(pal);
    m_confirm->setStyleSheet(ready ? u"QPushButton { background: %1; color: white; border: 1px solid %2; border-radius: 5px;"
                                     " padding: 5px 16px; font-weight: 600; } QPushButton:hover { background: %3; }"
                                     " QPushButton:focus { border: 2px solid %4; }"_s
                                         .arg(theme::cssColor(c), theme::cssColor(c.darker(125)),
                                              theme::cssColor(c.lighter(110)), theme::cssColor(pal.color(QPalette::WindowText)))
                                   : QString());
}

} // namespace mcpc::ui
