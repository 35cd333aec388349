#include "clients/clientcarddetails.h"

#include "clients/clientconfigservice.h"
#include "clients/clientvisuals.h"
#include "style/theme.h"
#include "widgets/elidedlabel.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
namespace cv = clientvisuals;

namespace {

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

QToolButton *iconButton(QWidget *parent, icons::Icon icon, const QString &tip, const QString &accessible)
{
    auto *b = new QToolButton(parent);
    b->setAutoRaise(true);
    b->setIcon(icons::icon(icon, theme::mutedText(QApplication::palette())));
    b->setIconSize(QSize(14, 14));
    b->setToolTip(tip);
    b->setAccessibleName(accessible);
    // The same actions are in the card's "…" menu, which the keyboard reaches: fewer tab stops per card.
    b->setFocusPolicy(Qt::NoFocus);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

QToolButton *textButton(QWidget *parent, icons::Icon icon, const QString &text)
{
    auto *b = iconButton(parent, icon, QString(), text);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setIcon(icons::icon(icon, theme::accentColor(QApplication::palette())));
    QPalette pal = b->palette();
    pal.setColor(QPalette::ButtonText, theme::accentColor(QApplication::palette()));
    b->setPalette(pal);
    return b;
}

QString joinTilde(const QStringList &paths, const QString &home)
{
    QStringList out;
    for (const QString &p : paths)
        out << cv::tildePath(p, home);
    return out.join(QCoreApplication::translate("ClientCardDetails", " and "));
}

} // namespace

ClientCardDetails::ClientCardDetails(const QString &clientName, const QString &home, QWidget *parent)
    : QWidget(parent)
    , m_clientName(clientName)
    , m_home(home)
    , m_detectDot(new QLabel(this))
    , m_detect(new ElidedLabel(this))
    , m_path(new ElidedLabel(this))
    , m_copyPath(iconButton(this, icons::Icon::Copy, QCoreApplication::translate("ClientCardDetails", "Copy the path"), QCoreApplication::translate("ClientCardDetails", "Copy the path of %1's config file").arg(clientName)))
    , m_folder(iconButton(this, icons::Icon::Folder, QCoreApplication::translate("ClientCardDetails", "Show in folder"), QCoreApplication::translate("ClientCardDetails", "Show %1's config folder").arg(clientName)))
    , m_notes(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_snippet(textButton(this, icons::Icon::Copy, QCoreApplication::translate("ClientCardDetails", "Copy config snippet")))
{
    const QPalette pal = QApplication::palette();
    QFont small = font();
    small.setPointSizeF(qMax(8.5, small.pointSizeF() - 0.8));
    for (QWidget *w : std::initializer_list<QWidget *>{m_detect, m_path, m_notes, m_snippet})
        w->setFont(small);
    m_detect->setElideMode(Qt::ElideRight);
    m_detect->setTextColor(theme::mutedText(pal));
    m_detectDot->setFixedSize(12, 12);
    auto *fileIcon = new QLabel(this);
    fileIcon->setPixmap(icons::icon(icons::Icon::File, theme::mutedText(pal)).pixmap(12, 12));
    fileIcon->setFixedSize(12, 12);
    m_path->setObjectName(u"configPath"_s);
    m_path->setClickable(true);
    m_path->setFocusPolicy(Qt::NoFocus);
    m_path->setToolTipHint(QCoreApplication::translate("ClientCardDetails", "Click to copy"));
    // As wide as its text, no wider: the copy and folder buttons sit right after the path.
    m_path->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_notes->setObjectName(u"clientNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    QPalette muted = m_notes->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(pal));
    m_notes->setPalette(muted);
    m_notes->hide();
    m_snippet->setObjectName(u"copySnippet"_s);
    m_snippet->setToolTip(QCoreApplication::translate("ClientCardDetails", "Copies the entry as MCP Connect would write it, to paste by hand"));

    auto *detectRow = new QHBoxLayout;
    detectRow->setSpacing(6);
    detectRow->addWidget(m_detectDot);
    detectRow->addWidget(m_detect, 1);
    auto *pathRow = new QHBoxLayout;
    pathRow->setSpacing(6);
    pathRow->addWidget(fileIcon);
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_copyPath);
    pathRow->addWidget(m_folder);
    pathRow->addStretch(1);
    m_actions->setSpacing(2);
    m_actions->setContentsMargins(0, 2, 0, 0);
    m_actions->addWidget(m_snippet);
    m_actions->addStretch(1);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(3);
    col->addLayout(detectRow);
    col->addLayout(pathRow);
    col->addWidget(m_notes);
    col->addLayout(m_actions);

    connect(m_path, &ElidedLabel::clicked, this, &ClientCardDetails::copyPath);
    connect(m_copyPath, &QToolButton::clicked, this, &ClientCardDetails::copyPath);
    connect(m_folder, &QToolButton::clicked, this, &ClientCardDetails::showInFolder);
    connect(m_snippet, &QToolButton::clicked, this, &ClientCardDetails::copySnippet);
    m_snippet->setEnabled(false);
}

void ClientCardDetails::setConfigPath(const QString &path)
{
    m_configPath = path;
    m_path->setText(cv::tildePath(path, m_home));
    m_folder->setEnabled(!path.isEmpty());
}

void ClientCardDetails::setState(const ClientCardState &state)
{
    const ClientStatus &s = state.status;
    const QPalette pal = QApplication::palette();
    // What gave the client away: its config folder, or its program on PATH.
    if (s.installed) {
        m_detectDot->setPixmap(dot(theme::successColor(pal), true, devicePixelRatioF()));
        m_detect->setText(tr("Found %1").arg(joinTilde(s.evidence, m_home)));
        m_detect->setToolTipHint(tr("%1 looks installed: this exists on this computer.").arg(m_clientName));
    } else {
        m_detectDot->setPixmap(dot(theme::mutedText(pal), false, devicePixelRatioF()));
        m_detect->setText(s.configExists ? tr("Not found on this computer, but its config file exists")
                                         : tr("Not found on this computer: connecting creates the file for later"));
        m_detect->setToolTipHint(QString());
    }
    m_detectDot->setToolTip(s.installed ? tr("Detected") : tr("Not detected"));

    setConfigPath(s.configPath);
    m_path->setTextColor(s.configExists ? pal.color(QPalette::WindowText) : theme::mutedText(pal));
    m_path->setToolTipHint(s.configExists ? tr("Click to copy") : tr("Does not exist yet. Click to copy"));

    // Notes are read in full: they explain where a file is and why (no ellipsis).
    QStringList notes;
    for (QString n : s.notes) {
        // The engine writes for the CLI: full paths and its option names.
        if (!m_home.isEmpty())
            n.replace(m_home + u'/', u"~/"_s);
        n.replace(tr(" (choose one with --vscode-profile)"), tr(" (choose one in the preview)"));
        notes << cv::richText(n);
    }
    m_notes->setText(notes.join(u"<br>"_s));
    m_notes->setVisible(!notes.isEmpty());

    m_snippetText = state.snippet;
    m_snippet->setEnabled(!m_snippetText.isEmpty());
    rebuildLinks(state);
}

void ClientCardDetails::rebuildLinks(const ClientCardState &state)
{
    QStringList urls;
    for (const Deeplink &l : state.links)
        if (!l.url.startsWith(u"https://"))
            urls << l.url;
    if (urls == m_urls)
        return;
    m_urls = urls;
    qDeleteAll(m_links);
    m_links.clear();
    int i = 0;
    for (const Deeplink &l : state.links) {
        if (l.url.startsWith(u"https://"))
            continue; // the web fallback is for sharing, not for this computer
        QToolButton *b = textButton(this, icons::Icon::Link, l.label);
        b->setFont(m_snippet->font());
        b->setObjectName(u"openLink"_s);
        b->setToolTip(tr("%1 opens its own install prompt and writes the entry itself.").arg(m_clientName));
        connect(b, &QToolButton::clicked, this, [this, i] { openLink(i); });
        m_actions->insertWidget(i, b);
        m_links.append(b);
        ++i;
    }
}

void ClientCardDetails::openLink(int index)
{
    if (index >= 0 && index < m_urls.size())
        QDesktopServices::openUrl(QUrl(m_urls[index]));
}

void ClientCardDetails::copySnippet()
{
    if (m_snippetText.isEmpty())
        return;
    QApplication::clipboard()->setText(m_snippetText);
    QToolTip::showText(m_snippet->mapToGlobal(QPoint(0, m_snippet->height())), tr("Entry copied"), m_snippet);
}

void ClientCardDetails::copyPath()
{
    if (m_configPath.isEmpty())
        return;
    QApplication::clipboard()->setText(m_configPath);
    QToolTip::showText(m_path->mapToGlobal(QPoint(0, m_path->height())), tr("Copied %1").arg(cv::tildePath(m_configPath, m_home)),
                       m_path);
}

void ClientCardDetails::showInFolder()
{
    // The nearest folder that exists: the client's may not have been created yet.
    QString dir = QFileInfo(m_configPath).absolutePath();
    while (!dir.isEmpty() && !QFileInfo::exists(dir) && dir != QDir::rootPath())
        dir = QFileInfo(dir).absolutePath();
    if (!dir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

} // namespace mcpc::ui
