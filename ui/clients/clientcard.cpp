#include "clients/clientcard.h"

#include "style/theme.h"
#include "widgets/banner.h"
#include "widgets/chip.h"
#include "widgets/elidedlabel.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;
using cv::PrimaryAction;

namespace {

constexpr int kIconSize = 40;
constexpr int kPrimaryWidth = 112;

QPixmap dot(const QColor &c, bool filled, qreal dpr)
{
    QPixmap pm(QSize(10, 10) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(c, 1.4));
    p.setBrush(filled ? QBrush(c) : QBrush(Qt::NoBrush));
    p.drawEllipse(QRectF(1.5, 1.5, 7, 7));
    return pm;
}

QToolButton *smallButton(QWidget *parent, icons::Icon icon, const QString &tip, const QString &accessible)
{
    auto *b = new QToolButton(parent);
    b->setAutoRaise(true);
    b->setIcon(icons::icon(icon, theme::mutedText(QApplication::palette())));
    b->setIconSize(QSize(14, 14));
    b->setToolTip(tip);
    b->setAccessibleName(accessible);
    b->setFocusPolicy(Qt::NoFocus); // the same actions are in the "…" menu, which the keyboard reaches
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

bool isRefusal(const Error &e)
{
    return e.kind == ErrorKind::Usage && (e.message.contains(u"not overwriting") || e.message.contains(u"not removing"));
}

QString joinTilde(const QStringList &paths, const QString &home)
{
    QStringList out;
    for (const QString &p : paths)
        out << cv::tildePath(p, home);
    return out.join(u" and "_s);
}

} // namespace

ClientCard::ClientCard(ClientConfigService *service, const QString &clientId, const QString &displayName, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_id(clientId)
    , m_name(displayName)
    , m_home(service->environment().home)
    , m_target(service->target(clientId))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(displayName, this))
    , m_chip(new Chip(u"Checking…"_s, Chip::Tone::Neutral, this))
    , m_detectDot(new QLabel(this))
    , m_detect(new ElidedLabel(this))
    , m_fileIcon(new QLabel(this))
    , m_path(new ElidedLabel(this))
    , m_copyPath(smallButton(this, icons::Icon::Copy, u"Copy the path"_s, u"Copy the path of %1's config file"_s.arg(displayName)))
    , m_folder(smallButton(this, icons::Icon::Folder, u"Show in folder"_s, u"Show %1's config folder"_s.arg(displayName)))
    , m_notes(new ElidedLabel(this))
    , m_scope(new QComboBox(this))
    , m_spinner(new Spinner(this))
    , m_primary(new QPushButton(u"Connect"_s, this))
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_alert(new Banner(this))
    , m_report(new Banner(this))
{
    setObjectName(u"clientCard"_s);
    setProperty("clientId", clientId);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(displayName);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    const QPalette pal = QApplication::palette();
    m_icon->setPixmap(cv::monogram(clientId, displayName, kIconSize, devicePixelRatioF()));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_icon->setAccessibleName(u"%1 icon"_s.arg(displayName));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.08);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_chip->setObjectName(u"stateChip"_s);

    QFont small = font();
    small.setPointSizeF(qMax(8.5, small.pointSizeF() - 0.8));
    for (QWidget *w : std::initializer_list<QWidget *>{m_detect, m_path, m_notes})
        w->setFont(small);
    m_detect->setElideMode(Qt::ElideRight);
    m_detect->setTextColor(theme::mutedText(pal));
    m_detectDot->setFixedSize(12, 12);
    m_fileIcon->setPixmap(icons::icon(icons::Icon::File, theme::mutedText(pal)).pixmap(12, 12));
    m_fileIcon->setFixedSize(12, 12);
    m_path->setObjectName(u"configPath"_s);
    m_path->setClickable(true);
    m_path->setFocusPolicy(Qt::NoFocus);
    m_path->setToolTipHint(u"Click to copy"_s);
    m_notes->setElideMode(Qt::ElideRight);
    m_notes->setTextColor(theme::mutedText(pal));
    m_notes->hide();

    m_scope->setObjectName(u"scopeBox"_s);
    m_scope->setAccessibleName(u"Which %1 config file"_s.arg(displayName));
    m_scope->setToolTip(u"Which config file: user settings apply everywhere; a project file lives in the project folder "
                        "(and can be committed)%1."_s.arg(clientId == u"claude-code" ? u"; local is yours alone, for one project"_s
                                                                                     : QString()));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setMaximumWidth(200);
    m_scope->hide();

    m_primary->setObjectName(u"primaryButton"_s);
    m_primary->setMinimumWidth(kPrimaryWidth);
    m_primary->setAutoDefault(false);
    m_primary->installEventFilter(this);
    m_more->setObjectName(u"moreButton"_s);
    m_more->setIcon(icons::icon(icons::Icon::More, pal.color(QPalette::ButtonText)));
    m_more->setIconSize(QSize(16, 16));
    m_more->setToolTip(u"More: preview, undo, open the file, copy the entry…"_s);
    m_more->setAccessibleName(u"More actions for %1"_s.arg(displayName));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_more->setFixedSize(30, 30);
    m_more->installEventFilter(this);

    // Header: icon | name + chip, what was found, the file | scope, busy, button, menu.
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_title);
    nameRow->addWidget(m_chip);
    nameRow->addStretch(1);
    auto *detectRow = new QHBoxLayout;
    detectRow->setSpacing(6);
    detectRow->addWidget(m_detectDot);
    detectRow->addWidget(m_detect, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->setSpacing(6);
    pathRow->addWidget(m_fileIcon);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_copyPath);
    pathRow->addWidget(m_folder);
    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addLayout(nameRow);
    text->addLayout(detectRow);
    text->addLayout(pathRow);
    text->addWidget(m_notes);
    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addLayout(text, 1);
    head->addSpacing(6);
    head->addWidget(m_scope, 0, Qt::AlignVCenter);
    head->addWidget(m_spinner, 0, Qt::AlignVCenter);
    head->addWidget(m_primary, 0, Qt::AlignVCenter);
    head->addWidget(m_more, 0, Qt::AlignVCenter);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(16, 12, 12, 12);
    col->setSpacing(10);
    col->addLayout(head);
    col->addWidget(m_alert);
    col->addWidget(m_report);
    m_alert->setObjectName(u"cardAlert"_s);
    m_report->setObjectName(u"cardReport"_s);
    m_alert->setAccessibleName(u"%1 problem"_s.arg(displayName));
    m_report->setAccessibleName(u"%1 result"_s.arg(displayName));

    connect(m_primary, &QPushButton::clicked, this, &ClientCard::triggerPrimary);
    connect(m_menu, &QMenu::aboutToShow, this, &ClientCard::buildMenu);
    connect(m_path, &ElidedLabel::clicked, this, &ClientCard::copyPath);
    connect(m_copyPath, &QToolButton::clicked, this, &ClientCard::copyPath);
    connect(m_folder, &QToolButton::clicked, this, &ClientCard::showInFolder);
    connect(m_scope, &QComboBox::activated, this, &ClientCard::onScopeActivated);
    connect(m_alert, &Banner::actionTriggered, this, &ClientCard::onAlertAction);
    connect(m_alert, &Banner::dismissed, this, [this] { m_alertKind = AlertKind::None; });
    connect(m_report, &Banner::actionTriggered, this, [this] { undo(); });

    setTabOrder(this, m_scope);
    setTabOrder(m_scope, m_primary);
    setTabOrder(m_primary, m_more);
    m_path->setText(tilde(configPath()));
    updatePrimary();
    restyle();
}

QString ClientCard::tilde(const QString &path) const
{
    return cv::tildePath(path, m_home);
}

QString ClientCard::configPath() const
{
    return m_state ? m_state->status.configPath : QString();
}

bool ClientCard::isConnected() const
{
    return m_state && !m_state->error && !m_state->status.problem && m_state->matches
        && (m_state->status.state == EntryState::Ours || m_state->status.state == EntryState::Foreign);
}

void ClientCard::setProfile(const ServerProfile &profile)
{
    const bool other = profile.name != m_profile.name;
    m_profile = profile;
    if (other) {
        m_state.reset();
        m_drift.reset();
        m_alert->dismiss();
        m_report->dismiss();
        m_chip->setText(u"Checking…"_s);
        m_chip->setTone(Chip::Tone::Neutral);
    }
    refresh();
}

void ClientCard::setTarget(const ClientTarget &target)
{
    m_target = target;
    m_service->setTarget(target);
    m_report->dismiss();
    if (m_alertKind == AlertKind::Error || m_alertKind == AlertKind::Problem)
        m_alert->dismiss();
    refresh();
}

void ClientCard::refresh()
{
    const int generation = ++m_generation;
    const ClientTarget target = m_target;
    const ServerProfile profile = m_profile;
    const EntryOptions options = m_service->options(m_id, profile.name);
    m_service->run(this, [target, profile, options](ClientConfigEngine &engine) {
        return ClientConfigService::cardState(engine, target, profile, options);
    }, [this, generation](ClientCardState state) {
        if (generation == m_generation)
            applyState(state);
    });
}

void ClientCard::applyState(const ClientCardState &state)
{
    m_state = state;
    const ClientStatus &s = state.status;
    const QPalette pal = QApplication::palette();
    m_look = cv::look(state);
    m_chip->setText(m_look.chip);
    m_chip->setTone(m_look.tone);
    m_chip->setToolTip(m_look.explanation);

    // What gave the client away: its config folder, or its program on PATH.
    if (s.installed) {
        m_detectDot->setPixmap(dot(theme::successColor(pal), true, devicePixelRatioF()));
        m_detect->setText(u"Found %1"_s.arg(joinTilde(s.evidence, m_home)));
        m_detect->setToolTipHint(u"%1 looks installed: this exists on this computer."_s.arg(m_name));
    } else {
        m_detectDot->setPixmap(dot(theme::mutedText(pal), false, devicePixelRatioF()));
        m_detect->setText(s.configExists ? u"Not found on this computer, but its config file exists"_s
                                         : u"Not found on this computer: connecting creates the file for later"_s);
        m_detect->setToolTipHint(QString());
    }
    m_detectDot->setToolTip(s.installed ? u"Detected"_s : u"Not detected"_s);

    m_path->setText(tilde(s.configPath));
    m_path->setTextColor(s.configExists ? pal.color(QPalette::WindowText) : theme::mutedText(pal));
    m_path->setToolTipHint(s.configExists ? u"Click to copy"_s : u"Does not exist yet. Click to copy"_s);
    m_folder->setEnabled(!s.configPath.isEmpty());

    if (!s.notes.isEmpty()) {
        m_notes->setText(u"ⓘ "_s + s.notes.join(u" "_s));
        m_notes->setToolTipHint(QString());
        m_notes->show();
    } else {
        m_notes->hide();
    }

    // Problems with the file itself stay on the card until they are fixed.
    if (state.status.problem || state.error) {
        const Error &e = state.error ? *state.error : *state.status.problem;
        QString html;
        if (cv::parseProblem(e, m_home))
            html = cv::errorHtml(e, m_home)
                 + u"<br>MCP Connect changes nothing in a file it cannot parse. Fix it (or restore a backup), then refresh."_s;
        else
            html = u"<b>%1</b> "_s.arg(state.error ? u"Cannot use this file."_s : u"Cannot read the config file."_s)
                 + cv::errorHtml(e, m_home) + u" Nothing was changed."_s;
        if (m_alertKind == AlertKind::None || m_alertKind == AlertKind::Problem || m_alertKind == AlertKind::Drift)
            showAlert(AlertKind::Problem, html, Chip::Tone::Error, state.status.configExists ? u"Open file"_s : QString());
    } else if (m_alertKind == AlertKind::Problem) {
        m_alert->dismiss();
    }
    // Drift is settled once the entry is ours and current again.
    if (m_drift && isConnected() && state.status.state == EntryState::Ours) {
        m_drift.reset();
        if (m_alertKind == AlertKind::Drift)
            m_alert->dismiss();
    }
    updateScopeBox();
    updatePrimary();
    setAccessibleName(u"%1: %2"_s.arg(m_name, m_look.chip));
    setAccessibleDescription(m_look.explanation + u' ' + u"Config file: %1."_s.arg(tilde(s.configPath)));
    restyle();
    Q_EMIT stateChanged();
}

void ClientCard::updateScopeBox()
{
    if (!m_state)
        return;
    const QStringList variants = m_state->status.variants;
    const QList<Scope> scopes = m_state->scopes;
    if (scopes.size() < 2 && variants.isEmpty()) {
        m_scope->hide();
        return;
    }
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    const QString folder = QFileInfo(m_target.projectDir).fileName();
    auto add = [this](const QString &text, Scope scope, const QString &variant, const QString &tip) {
        m_scope->addItem(text, QVariantList{int(scope), variant});
        m_scope->setItemData(m_scope->count() - 1, tip, Qt::ToolTipRole);
    };
    add(u"User settings"_s, Scope::User, QString(), u"The user-wide file: every project sees the server."_s);
    for (const QString &v : variants)
        add(u"Profile %1"_s.arg(v), Scope::User, v, u"The mcp.json of the %1 profile “%2”."_s.arg(m_name, v));
    if (scopes.contains(Scope::Project))
        add(m_target.scope == Scope::Project ? u"Project: %1"_s.arg(folder) : u"Project folder…"_s, Scope::Project, QString(),
            u"A file in a project folder, shared with everyone who opens that project."_s);
    if (scopes.contains(Scope::Local))
        add(m_target.scope == Scope::Local ? u"Local: %1"_s.arg(folder) : u"Local to a project…"_s, Scope::Local, QString(),
            u"Only you, only in that project (kept in ~/.claude.json)."_s);
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariantList d = m_scope->itemData(i).toList();
        if (Scope(d.value(0).toInt()) == m_target.scope && (m_target.scope != Scope::User || d.value(1).toString() == m_target.variant))
            m_scope->setCurrentIndex(i);
    }
    m_scope->show();
}

void ClientCard::onScopeActivated(int index)
{
    const QVariantList d = m_scope->itemData(index).toList();
    ClientTarget t{m_id};
    t.scope = Scope(d.value(0).toInt());
    t.variant = d.value(1).toString();
    if (t.scope != Scope::User) {
        const QString start = m_target.projectDir.isEmpty() ? QDir::homePath() : m_target.projectDir;
        const QString dir = QFileDialog::getExistingDirectory(window(), u"Choose the project folder for %1"_s.arg(m_name), start);
        if (dir.isEmpty()) {
            updateScopeBox(); // back to what it was
            return;
        }
        t.projectDir = dir;
    }
    setTarget(t);
}

void ClientCard::updatePrimary()
{
    const bool ready = m_state && !m_profile.name.isEmpty();
    const bool broken = m_state && (m_state->error || m_state->status.problem);
    if (m_busy > 0) {
        m_primary->setText(m_busyText);
        m_primary->setEnabled(false);
        m_spinner->start();
    } else {
        m_spinner->stop();
        m_primary->setText(ready ? cv::actionText(m_look.action) : u"Connect"_s);
        m_primary->setEnabled(ready && !broken);
    }
    m_more->setEnabled(m_busy == 0);
    m_scope->setEnabled(m_busy == 0);
    m_primary->setAccessibleName(u"%1 %2"_s.arg(m_primary->text(), m_name));
    if (broken)
        m_primary->setToolTip(u"Fix the config file first: MCP Connect does not write a file it cannot read."_s);
    else if (ready && m_look.action == PrimaryAction::Disconnect)
        m_primary->setToolTip(u"Remove “%1” from %2's config (you see the change first)"_s.arg(m_profile.name, m_name));
    else if (ready)
        m_primary->setToolTip(u"%1 “%2” in %3's config (you see the change first)"_s.arg(m_primary->text().remove(u'…'), m_profile.name, m_name));
    // Detected clients get the accent: that is where people connect first.
    const QPalette pal = QApplication::palette();
    const bool accent = ready && !broken && m_busy == 0 && m_look.action != PrimaryAction::Disconnect
                     && (isInstalled() || m_look.action != PrimaryAction::Connect);
    const QColor c = accent ? theme::accentColor(pal) : QColor();
    const QString css = accent ? u"QPushButton#primaryButton { background: %1; color: white; border: 1px solid %2; border-radius: 5px;"
                                 " padding: 5px 14px; font-weight: 600; }"
                                 " QPushButton#primaryButton:hover { background: %3; }"
                                 " QPushButton#primaryButton:focus { border: 2px solid %4; }"_s
                                     .arg(theme::cssColor(c), theme::cssColor(c.darker(125)), theme::cssColor(c.lighter(112)),
                                          theme::cssColor(pal.color(QPalette::WindowText)))
                               : QString();
    if (m_primary->styleSheet() != css)
        m_primary->setStyleSheet(css);
}

void ClientCard::setBusy(bool busy, const QString &text)
{
    m_busy += busy ? 1 : -1;
    if (busy)
        m_busyText = text;
    updatePrimary();
}

void ClientCard::restyle()
{
    const QPalette pal = QApplication::palette();
    const bool focused = hasFocus();
    const QColor border = focused ? theme::accentColor(pal) : theme::borderColor(pal);
    const QString css = u"QFrame#clientCard { background: %1; border: 1px solid %2; border-radius: 10px; }"_s
                            .arg(theme::cssColor(theme::cardColor(pal)), theme::cssColor(border))
                      + (focused ? u" QFrame#clientCard { border-width: 2px; }"_s : QString());
    if (styleSheet() != css)
        setStyleSheet(css);
    // Keep the content still when the focus border thickens.
    setContentsMargins(focused ? 0 : 1, focused ? 0 : 1, focused ? 0 : 1, focused ? 0 : 1);
}

void ClientCard::triggerPrimary()
{
    if (!m_state || m_busy > 0 || !m_primary->isEnabled())
        return;
    if (m_look.action == PrimaryAction::Disconnect) {
        preview(PreviewDialog::Kind::Disconnect);
    } else {
        Q_EMIT connectStarted(m_id);
        preview(PreviewDialog::Kind::Connect);
    }
}

void ClientCard::preview(PreviewDialog::Kind kind)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_state || m_profile.name.isEmpty() || m_busy > 0)
        return;
    // The plan first (off the GUI thread); the dialog opens with it, or the card says why not.
    const EntryOptions options = m_service->options(m_id, m_profile.name);
    setBusy(true, u"Preparing…"_s);
    plan(nullptr, kind, options);
}

void ClientCard::plan(PreviewDialog *dialog, PreviewDialog::Kind kind, const EntryOptions &options)
{
    const ClientTarget target = m_target;
    const ServerProfile profile = m_profile;
    auto job = [target, profile, options, kind](ClientConfigEngine &engine) -> Result<EditPlan> {
        if (kind == PreviewDialog::Kind::Connect)
            return engine.planConnect({target, profile, {}, options});
        return engine.planDisconnect({target, profile.name});
    };
    if (dialog) {
        m_service->run(dialog, job, [dialog](Result<EditPlan> plan) { dialog->setPlan(plan); });
        return;
    }
    m_service->run(this, job, [this, kind, options](Result<EditPlan> plan) {
        setBusy(false);
        if (!plan) {
            showError(plan.error());
            return;
        }
        openPreview(kind, *plan, options);
    });
}

void ClientCard::openPreview(PreviewDialog::Kind kind, const EditPlan &plan, const EntryOptions &options)
{
    PreviewDialog::Setup setup;
    setup.kind = kind;
    setup.clientId = m_id;
    setup.clientName = m_name;
    setup.profile = m_profile;
    setup.options = options;
    setup.headerEnvSupported = m_state && m_state->headerEnvSupported;
    setup.home = m_home;
    auto *dialog = new PreviewDialog(setup, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->setPlan(plan);
    connect(dialog, &PreviewDialog::optionsChanged, this, [this, dialog, kind](const EntryOptions &o) { this->plan(dialog, kind, o); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] {
        write(kind, dialog->options(), dialog->force());
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void ClientCard::write(PreviewDialog::Kind kind, const EntryOptions &options, bool force)
{
    const ClientTarget target = m_target;
    const ServerProfile profile = m_profile;
    const bool connecting = kind == PreviewDialog::Kind::Connect;
    if (connecting)
        m_service->setOptions(m_id, profile.name, options);
    m_report->dismiss();
    if (m_alertKind != AlertKind::Problem)
        m_alert->dismiss();
    setBusy(true, connecting ? u"Connecting…"_s : u"Removing…"_s);
    m_service->run(this, [target, profile, options, force, connecting](ClientConfigEngine &engine) -> Result<WriteReport> {
        if (connecting)
            return engine.connect({target, profile, {}, options, force});
        return engine.disconnect({target, profile.name, force});
    }, [this, kind](Result<WriteReport> report) {
        setBusy(false);
        if (!report) {
            showError(report.error(), isRefusal(report.error()) ? AlertKind::WriteRefused : AlertKind::Error);
            refresh();
            return;
        }
        showWriteReport(kind, *report);
        if (report->written)
            m_service->notifyChanged(m_id);
        else
            refresh();
    });
}

void ClientCard::showWriteReport(PreviewDialog::Kind kind, const WriteReport &r)
{
    const QString path = tilde(r.plan.path).toHtmlEscaped();
    const QString name = r.plan.name.toHtmlEscaped();
    if (!r.written) {
        m_report->showMessage(u"Nothing to change: %1"_s.arg(cv::richText(r.plan.summary)), Chip::Tone::Info, QString(), 8000);
        return;
    }
    QStringList lines;
    if (kind == PreviewDialog::Kind::Connect) {
        lines << (r.plan.action == PlanAction::Add ? u"<b>Added “%1” to %2.</b>"_s : u"<b>Updated “%1” in %2.</b>"_s).arg(name, path)
                     + u" A backup was kept."_s;
        lines << u"<b>Next:</b> "_s + cv::richText(r.reloadHint);
        if (!r.nextStep.isEmpty())
            lines << u"<b>Sign in:</b> "_s + cv::richText(r.nextStep);
    } else {
        lines << (r.plan.action == PlanAction::DeleteFile ? u"<b>Removed “%1” and deleted %2</b>, which MCP Connect had created."_s
                                                          : u"<b>Removed “%1” from %2.</b>"_s)
                         .arg(name, path)
                     + u" A backup was kept."_s;
        lines << u"<b>Next:</b> "_s + cv::richText(r.reloadHint);
    }
    for (const QString &n : r.notes)
        lines << u"<b>Note:</b> "_s + cv::richText(n);
    for (const QString &w : r.warnings)
        lines << u"<b>Warning:</b> "_s + cv::richText(cv::errorText(Error::make(ErrorKind::Usage, w)));
    m_report->showMessage(lines.join(u"<br>"_s), r.warnings.isEmpty() ? Chip::Tone::Success : Chip::Tone::Warning, u"Undo"_s);
    m_report->actionButton()->setToolTip(u"Put %1 back exactly as it was before this change"_s.arg(tilde(r.plan.path)));
    m_report->actionButton()->setAccessibleName(u"Undo the change to %1's config"_s.arg(m_name));
}

void ClientCard::undo(bool force)
{
    if (m_busy > 0)
        return;
    m_report->dismiss();
    if (m_alertKind != AlertKind::Problem)
        m_alert->dismiss();
    setBusy(true, u"Undoing…"_s);
    const QString client = m_id;
    m_service->run(this, [client, force](ClientConfigEngine &engine) { return engine.undo(client, force); },
                   [this](Result<UndoReport> r) {
        setBusy(false);
        if (!r) {
            const bool refused = r.error().message.contains(u"changed after MCP Connect's last write");
            showError(r.error(), refused ? AlertKind::UndoRefused : AlertKind::Error);
            refresh();
            return;
        }
        const QString path = tilde(r->path).toHtmlEscaped();
        const QString what = r->deletedFile ? u"deleted %1, which it had created"_s.arg(path) : u"restored %1 from its backup"_s.arg(path);
        m_report->showMessage(u"<b>Undid “%1”:</b> %2.<br><b>Next:</b> %3"_s.arg(r->undoneAction.toHtmlEscaped(), what,
                                                                               cv::richText(r->reloadHint)),
                              Chip::Tone::Info);
        m_service->notifyChanged(m_id);
    });
}

void ClientCard::showError(const Error &error, AlertKind kind)
{
    QString html = cv::errorHtml(error, m_home);
    QString action;
    switch (kind) {
    case AlertKind::UndoRefused:
        html = u"<b>Not undone.</b> "_s + html + u" Restoring the backup anyway discards those changes."_s;
        action = u"Restore anyway"_s;
        break;
    case AlertKind::WriteRefused:
        html = u"<b>Nothing was written.</b> "_s + html;
        action = u"Review again"_s;
        break;
    default:
        html = u"<b>Nothing was written.</b> "_s + html;
        break;
    }
    showAlert(kind, html, Chip::Tone::Error, action);
}

void ClientCard::showAlert(AlertKind kind, const QString &html, Chip::Tone tone, const QString &action)
{
    m_alert->showMessage(html, tone, action);
    m_alertKind = kind; // after showMessage: it settles the previous message first
}

void ClientCard::onAlertAction()
{
    const AlertKind kind = std::exchange(m_alertKind, AlertKind::None);
    switch (kind) {
    case AlertKind::Problem: openConfigFile(); break;
    case AlertKind::UndoRefused: undo(true); break;
    case AlertKind::WriteRefused: preview(PreviewDialog::Kind::Connect); break;
    case AlertKind::Drift:
        if (m_drift && m_drift->kind == DriftReport::Kind::Unreadable)
            openConfigFile();
        else
            preview(PreviewDialog::Kind::Connect);
        break;
    case AlertKind::Error:
    case AlertKind::None: break;
    }
}

void ClientCard::showDrift(const DriftReport &report)
{
    m_drift = report;
    const QString path = tilde(report.path).toHtmlEscaped();
    const QString name = report.name.toHtmlEscaped();
    QString html;
    QString action = u"Reconnect"_s;
    switch (report.kind) {
    case DriftReport::Kind::Removed:
        html = u"<b>“%1” disappeared from %2.</b> %3 (or someone) removed the entry MCP Connect added; some clients drop "
               "entries when they update or restart."_s.arg(name, path, m_name.toHtmlEscaped());
        break;
    case DriftReport::Kind::Changed:
        html = u"<b>“%1” in %2 was changed outside MCP Connect.</b> Reconnect to write it as the server needs it "
               "(you see the change first)."_s.arg(name, path);
        break;
    case DriftReport::Kind::FileDeleted:
        html = u"<b>%1 was deleted</b>, and “%2” with it."_s.arg(path, name);
        break;
    case DriftReport::Kind::Unreadable:
        html = u"<b>%1 can no longer be read.</b> %2"_s.arg(path, report.message.toHtmlEscaped());
        action = u"Open file"_s;
        break;
    }
    if (m_alertKind != AlertKind::Problem || report.kind == DriftReport::Kind::Unreadable)
        showAlert(AlertKind::Drift, html, Chip::Tone::Warning, action);
    refresh();
}

void ClientCard::buildMenu()
{
    m_menu->clear();
    if (!m_state)
        return;
    const QPalette pal = QApplication::palette();
    const QColor fg = pal.color(QPalette::WindowText);
    const ClientStatus &s = m_state->status;
    const bool usable = !m_state->error && !s.problem && !m_profile.name.isEmpty();

    QAction *previewAction = m_menu->addAction(icons::icon(icons::Icon::Eye, fg), u"Preview changes…"_s, this, [this] {
        preview(m_look.action == PrimaryAction::Disconnect ? PreviewDialog::Kind::Disconnect : PreviewDialog::Kind::Connect);
    });
    previewAction->setEnabled(usable);
    const bool hasEntry = s.state == EntryState::Ours || s.state == EntryState::EditedByHand || s.state == EntryState::Foreign;
    if (hasEntry && m_look.action != PrimaryAction::Disconnect) {
        QAction *removeAction = m_menu->addAction(icons::icon(icons::Icon::Remove, fg), u"Disconnect…"_s, this,
                                                  [this] { preview(PreviewDialog::Kind::Disconnect); });
        removeAction->setEnabled(usable);
    }
    QAction *undoAction = m_menu->addAction(icons::icon(icons::Icon::Undo, fg),
                                            m_state->undoAction.isEmpty() ? u"Undo last change"_s
                                                                          : u"Undo “%1”"_s.arg(m_state->undoAction),
                                            this, [this] { undo(); });
    undoAction->setEnabled(!m_state->undoAction.isEmpty());
    undoAction->setToolTip(m_state->undoAction.isEmpty() ? u"MCP Connect has not changed this client's files."_s
                                                   : u"Restores %1 from MCP Connect's backup."_s.arg(tilde(m_state->undoPath)));
    m_menu->addSeparator();
    QAction *openAction = m_menu->addAction(icons::icon(icons::Icon::File, fg), u"Open config file"_s, this,
                                            &ClientCard::openConfigFile);
    openAction->setEnabled(s.configExists);
    m_menu->addAction(icons::icon(icons::Icon::Folder, fg), u"Show in folder"_s, this, &ClientCard::showInFolder);
    m_menu->addAction(icons::icon(icons::Icon::Copy, fg), u"Copy path"_s, this, &ClientCard::copyPath);
    QAction *snippetAction = m_menu->addAction(icons::icon(icons::Icon::Copy, fg),
                                               s.configPath.endsWith(u".toml") ? u"Copy snippet (TOML)"_s : u"Copy snippet (JSON)"_s,
                                               this, &ClientCard::copySnippet);
    snippetAction->setEnabled(!m_state->snippet.isEmpty());
    snippetAction->setToolTip(u"The entry as MCP Connect would write it, to paste by hand"_s);
    if (!m_state->links.isEmpty()) {
        m_menu->addSeparator();
        for (qsizetype i = 0; i < m_state->links.size(); ++i) {
            const Deeplink link = m_state->links[i];
            if (link.url.startsWith(u"https://")) {
                m_menu->addAction(icons::icon(icons::Icon::Link, fg), u"Copy web install link"_s, this, [this, link] {
                    QApplication::clipboard()->setText(link.url);
                    QToolTip::showText(m_more->mapToGlobal(QPoint(0, m_more->height())), u"Install link copied"_s, m_more);
                });
            } else {
                QAction *a = m_menu->addAction(icons::icon(icons::Icon::Link, fg), link.label, this,
                                               [link] { QDesktopServices::openUrl(QUrl(link.url)); });
                a->setToolTip(u"%1 opens its own install prompt; it writes the entry itself."_s.arg(m_name));
            }
        }
    }
    m_menu->addSeparator();
    m_menu->addAction(icons::icon(icons::Icon::Refresh, fg), u"Refresh"_s, this, &ClientCard::refresh);
    m_menu->setToolTipsVisible(true);
}

void ClientCard::copySnippet()
{
    if (!m_state || m_state->snippet.isEmpty())
        return;
    QApplication::clipboard()->setText(m_state->snippet);
    QToolTip::showText(m_more->mapToGlobal(QPoint(0, m_more->height())), u"Entry copied"_s, m_more);
}

void ClientCard::copyPath()
{
    if (configPath().isEmpty())
        return;
    QApplication::clipboard()->setText(configPath());
    QToolTip::showText(m_path->mapToGlobal(QPoint(0, m_path->height())), u"Copied %1"_s.arg(tilde(configPath())), m_path);
}

void ClientCard::openConfigFile()
{
    if (m_state && m_state->status.configExists)
        QDesktopServices::openUrl(QUrl::fromLocalFile(configPath()));
}

void ClientCard::showInFolder()
{
    // The nearest folder that exists: the client's may not have been created yet.
    QString dir = QFileInfo(configPath()).absolutePath();
    while (!dir.isEmpty() && !QFileInfo::exists(dir) && dir != QDir::rootPath())
        dir = QFileInfo(dir).absolutePath();
    if (!dir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void ClientCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        triggerPrimary();
        return;
    case Qt::Key_Up:
        Q_EMIT focusNeighbour(-1);
        return;
    case Qt::Key_Down:
        Q_EMIT focusNeighbour(1);
        return;
    case Qt::Key_Menu:
        if (m_more->isEnabled())
            m_more->showMenu();
        return;
    case Qt::Key_F10:
        if (event->modifiers() & Qt::ShiftModifier && m_more->isEnabled()) {
            m_more->showMenu();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

bool ClientCard::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the focused button presses it, as in a dialog.
    if (event->type() == QEvent::KeyPress && (watched == m_primary || watched == m_more)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_primary)
                m_primary->animateClick();
            else if (m_more->isEnabled())
                m_more->showMenu();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ClientCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    restyle();
}

void ClientCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    restyle();
}

void ClientCard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

} // namespace mcpc::ui
