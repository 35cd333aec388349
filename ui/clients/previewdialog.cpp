#include "clients/previewdialog.h"

#include "clients/clientvisuals.h"
#include "clients/diffview.h"
#include "clients/entryoptionsbox.h"
#include "clients/scopepicker.h"
#include "style/theme.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
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

QString whatHappens(const EditPlan &plan, PreviewDialog::Kind kind, const QString &home)
{
    const QString path = u"<b>%1</b>"_s.arg(cv::tildePath(plan.path, home).toHtmlEscaped());
    const QString name = u"<b>%1</b>"_s.arg(plan.name.toHtmlEscaped());
    switch (plan.action) {
    case PlanAction::None:
        return kind == PreviewDialog::Kind::Connect ? QCoreApplication::translate("PreviewDialog", "%1 in %2 is already up to date: there is nothing to write.").arg(name, path)
                                                    : QCoreApplication::translate("PreviewDialog", "%1 has no entry %2: there is nothing to remove.").arg(path, name);
    case PlanAction::Add:
        return plan.fileExisted ? QCoreApplication::translate("PreviewDialog", "Adds the entry %1 to %2. Nothing else in the file changes.").arg(name, path)
                                : QCoreApplication::translate("PreviewDialog", "Creates %1 with the entry %2 (the file does not exist yet).").arg(path, name);
    case PlanAction::Update:
        return QCoreApplication::translate("PreviewDialog", "Replaces the entry %1 in %2. Nothing else in the file changes.").arg(name, path);
    case PlanAction::Remove:
        return QCoreApplication::translate("PreviewDialog", "Removes the entry %1 from %2. Nothing else in the file changes.").arg(name, path);
    case PlanAction::DeleteFile:
        return QCoreApplication::translate("PreviewDialog", "Removes %1 and deletes %2, which MCP Connect created.").arg(name, path);
    }
    return QString();
}

QString forceText(const EditPlan &plan, PreviewDialog::Kind kind)
{
    const QString name = u"<b>%1</b>"_s.arg(plan.name.toHtmlEscaped());
    const bool removing = kind == PreviewDialog::Kind::Disconnect;
    const QString verb = removing ? QCoreApplication::translate("PreviewDialog", "Removing") : QCoreApplication::translate("PreviewDialog", "Replacing");
    if (plan.state == EntryState::EditedByHand)
        return QCoreApplication::translate("PreviewDialog", "<b>%1 was edited by hand</b> since MCP Connect wrote it. %2 it throws those edits away (the backup "
               "keeps them); the lines marked − below are what goes.").arg(name, verb);
    return QCoreApplication::translate("PreviewDialog", "<b>This file already has an entry named %1 that MCP Connect did not write.</b> %2 it throws that entry "
           "away (the backup keeps it).").arg(name, verb)
         + (removing ? QString() : QCoreApplication::translate("PreviewDialog", " To keep both, cancel and choose another entry name."));
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
    , m_cancel(new QPushButton(QCoreApplication::translate("PreviewDialog", "Cancel"), this))
    , m_confirm(new QPushButton(this))
    , m_replan(new QTimer(this))
{
    const QPalette pal = QApplication::palette();
    const bool connecting = setup.kind == Kind::Connect;
    const QString server = setup.profile.name;
    setWindowTitle(connecting ? QCoreApplication::translate("PreviewDialog", "Connect to %1").arg(setup.clientName) : QCoreApplication::translate("PreviewDialog", "Disconnect from %1").arg(setup.clientName));
    setObjectName(u"clientPreview"_s);

    m_title->setText(connecting ? QCoreApplication::translate("PreviewDialog", "Add “%1” to %2").arg(server, setup.clientName)
                                : QCoreApplication::translate("PreviewDialog", "Remove “%1” from %2").arg(server, setup.clientName));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_title->setWordWrap(true);

    // The needs-force warning: plain words, and the button says what it does.
    const QColor warn = theme::warningColor(pal);
    m_forceBox->setObjectName(u"forceBox"_s);
    m_forceBox->setAttribute(Qt::WA_StyledBackground);
    m_forceBox->setStyleSheet(u"QWidget#forceBox { background: %1; border: 1px solid %2; border-radius: 8px; }"_s.arg(
        theme::cssColor(theme::tint(warn, pal)), theme::cssColor(QColor(warn.red(), warn.green(), warn.blue(), 130))));
    auto *warnIcon = new QLabel(m_forceBox);
    warnIcon->setPixmap(icons::icon(icons::Icon::Warning, warn).pixmap(20, 20));
    auto *fb = new QHBoxLayout(m_forceBox);
    fb->setContentsMargins(12, 10, 12, 10);
    fb->setSpacing(10);
    fb->addWidget(warnIcon, 0, Qt::AlignTop);
    fb->addWidget(m_forceText, 1);
    m_forceBox->hide();

    QFont hf = m_diffTitle->font();
    hf.setWeight(QFont::DemiBold);
    m_diffTitle->setFont(hf);
    m_diffTitle->setText(QCoreApplication::translate("PreviewDialog", "Changes"));
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

    // Typing a name plans again once the user pauses, not on every key.
    m_replan->setSingleShot(true);
    m_replan->setInterval(300);
    connect(m_replan, &QTimer::timeout, this, &PreviewDialog::requestChanged);

    auto *diffHead = new QHBoxLayout;
    diffHead->addWidget(m_diffTitle, 1);
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
    if (QWidget *choices = buildChoices())
        col->addWidget(choices);
    col->addWidget(m_what);
    col->addWidget(m_forceBox);
    col->addSpacing(4);
    col->addLayout(diffHead);
    col->addWidget(m_diff, 1);
    col->addWidget(m_error);
    col->addSpacing(4);
    col->addLayout(buttons);
    resize(780, 580);
    setPlanning();
    // Typing starts in the name; Enter writes a plain change.
    if (m_name)
        m_name->setFocus();
    else
        m_confirm->setFocus();
}

QWidget *PreviewDialog::buildChoices()
{
    if (m_setup.kind != Kind::Connect)
        return nullptr;
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 4, 0, 4);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_scope = new ScopePicker(m_setup.clientName, box);
    m_scope->setChoices(m_setup.scopes, m_setup.variants);
    m_scope->setTarget(m_setup.target);
    if (m_scope->hasChoice()) {
        auto *label = new QLabel(tr("Config &file:"), box);
        label->setBuddy(m_scope->comboBox());
        form->addRow(label, m_scope);
    }
    connect(m_scope, &ScopePicker::targetChanged, this, &PreviewDialog::onChoicesEdited);

    m_name = new QLineEdit(m_setup.entryName, box);
    m_name->setObjectName(u"entryName"_s);
    m_name->setAccessibleName(tr("Entry name"));
    m_name->setMaxLength(64);
    m_name->setMaximumWidth(280);
    m_name->setToolTip(tr("The server's name in %1's list: 1 to 64 letters, digits, “-” or “_”.").arg(m_setup.clientName));
    const QString slug = slugifyServerName(m_setup.profile.name);
    m_slug = new QPushButton(tr("&Use “%1”").arg(slug), box);
    m_slug->setAutoDefault(false);
    m_slug->setToolTip(tr("A name every client accepts, made from the server's name"));
    m_slug->hide();
    connect(m_slug, &QPushButton::clicked, this, [this, slug] {
        m_name->setText(slug);
        onChoicesEdited();
    });
    connect(m_name, &QLineEdit::textEdited, this, &PreviewDialog::onChoicesEdited);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_slug);
    nameRow->addStretch(0);
    auto *nameLabel = new QLabel(tr("Entry &name:"), box);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);

    if (EntryOptionsBox::needed(m_setup.clientId, m_setup.profile)) {
        m_options = new EntryOptionsBox(m_setup.clientId, m_setup.clientName, m_setup.profile, m_setup.options,
                                        m_setup.headerEnvSupported, box);
        form->addRow(m_options);
        connect(m_options, &EntryOptionsBox::edited, this, &PreviewDialog::onChoicesEdited);
    }
    return box;
}

ClientTarget PreviewDialog::target() const
{
    return m_scope ? m_scope->target() : m_setup.target;
}

QString PreviewDialog::entryName() const
{
    return m_name ? m_name->text().trimmed() : m_setup.entryName;
}

EntryOptions PreviewDialog::options() const
{
    return m_options ? m_options->options() : m_setup.options;
}

QCheckBox *PreviewDialog::headerEnvBox() const
{
    return m_options ? m_options->headerEnvBox() : nullptr;
}

QList<QLineEdit *> PreviewDialog::headerVarEdits() const
{
    return m_options ? m_options->headerVarEdits() : QList<QLineEdit *>();
}

QCheckBox *PreviewDialog::bridgeBox() const
{
    return m_options ? m_options->bridgeBox() : nullptr;
}

bool PreviewDialog::choicesValid(QString *why) const
{
    if (m_name && !isValidServerName(entryName())) {
        *why = u"“%1” cannot be an entry name: use 1 to 64 letters, digits, “-” or “_”."_s.arg(entryName());
        return false;
    }
    return !m_options || m_options->isValid(why);
}

void PreviewDialog::onChoicesEdited()
{
    QString why;
    const bool valid = choicesValid(&why);
    if (m_slug)
        m_slug->setVisible(!isValidServerName(entryName()));
    if (!valid) {
        m_replan->stop();
        m_planning = false;
        m_spinner->stop();
        m_error->setText(why.toHtmlEscaped());
        m_error->show();
        updateConfirm();
        return;
    }
    m_error->hide();
    setPlanning();
    m_replan->start();
}

void PreviewDialog::setPlanning()
{
    m_planning = true;
    m_spinner->start();
    updateConfirm();
}

void PreviewDialog::setPlan(const Result<EditPlan> &plan)
{
    if (m_replan->isActive())
        return; // the choices changed since: a newer plan is coming
    m_planning = false;
    m_spinner->stop();
    if (!plan) {
        m_plan.reset();
        m_what->hide();
        m_forceBox->hide();
        m_diff->setDiff(QString());
        m_diffStats->clear();
        m_error->setText(tr("<b>Nothing can be written.</b> ") + cv::errorHtml(plan.error(), m_setup.home));
        m_error->show();
        updateConfirm();
        return;
    }
    m_error->hide();
    showPlan(*plan);
    updateConfirm();
}

void PreviewDialog::showPlan(const EditPlan &plan)
{
    m_plan = plan;
    QString what = whatHappens(plan, m_setup.kind, m_setup.home);
    if (plan.action != PlanAction::None)
        what += tr("<br>A backup is kept: <b>Undo</b> on %1's card puts the file back exactly as it is now.").arg(
            m_setup.clientName.toHtmlEscaped());
    m_what->setText(what);
    m_what->show();
    m_forceBox->setVisible(plan.needsForce);
    if (plan.needsForce)
        m_forceText->setText(forceText(plan, m_setup.kind));
    m_diffTitle->setText(tr("Changes to %1").arg(cv::tildePath(plan.path, m_setup.home)));
    // The header names the file as the rest of the window does (~/...), not a/ and b/.
    const QString shown = cv::tildePath(plan.path, m_setup.home);
    QString diff = plan.diff();
    diff.replace(u"--- a"_s + plan.path, u"--- "_s + shown + tr("  (now)"));
    diff.replace(u"+++ b"_s + plan.path, u"+++ "_s + shown + tr("  (after writing)"));
    m_diff->setDiff(diff);
    m_diffStats->setText(plan.action == PlanAction::None ? tr("no changes")
                                                         : tr("+%1 −%2 lines").arg(m_diff->addedLines()).arg(m_diff->removedLines()));
}

void PreviewDialog::updateConfirm()
{
    QString why;
    const bool ready = !m_planning && m_plan && m_plan->action != PlanAction::None && choicesValid(&why);
    m_confirm->setEnabled(ready);
    const QPalette pal = QApplication::palette();
    const bool force = m_plan && m_plan->needsForce;
    QString text;
    if (m_setup.kind == Kind::Disconnect)
        text = force ? tr("&Remove it anyway") : u"&Disconnect"_s;
    else if (force)
        text = tr("&Replace it anyway");
    else if (m_plan && m_plan->action == PlanAction::Update)
        text = tr("&Write update");
    else
        text = u"&Write"_s;
    m_confirm->setText(text);
    m_confirm->setAccessibleName(QString(text).remove(u'&') + u' ' + m_setup.clientName);
    // A plain change is one Enter away; a destructive one never is.
    m_confirm->setDefault(ready && !force);
    m_cancel->setDefault(!ready || force);
    m_confirm->setStyleSheet(ready ? cv::filledButtonStyle(u"QPushButton"_s, force ? theme::errorColor(pal) : theme::accentColor(pal))
                                   : QString());
}

} // namespace mcpc::ui
