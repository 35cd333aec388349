#include "serverview/userdatacard.h"

#include "protocol/userdata.h"
#include "style/theme.h"
#include "widgets/icons.h"
#include "widgets/spinner.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

constexpr int kAvatar = 56;

QPixmap circular(const QPixmap &source, int size)
{
    const qreal dpr = 2.0; // crisp on HiDPI; harmless elsewhere
    QPixmap out(int(size * dpr), int(size * dpr));
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath clip;
    clip.addEllipse(QRectF(0, 0, size, size));
    p.setClipPath(clip);
    p.drawPixmap(QRectF(0, 0, size, size), source, QRectF(source.rect()));
    return out;
}

void mute(QLabel *label, const QPalette &pal)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, theme::mutedText(pal));
    label->setPalette(p);
}

} // namespace

UserDataCard::UserDataCard(QWidget *parent)
    : QFrame(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_source(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_fieldsPage(new QWidget(this))
    , m_grid(new QGridLayout(m_fieldsPage))
    , m_messagePage(new QWidget(this))
    , m_messageTitle(new QLabel(this))
    , m_messageText(new QLabel(this))
    , m_spinner(new Spinner(this, 18))
{
    setObjectName(QStringLiteral("card"));
    setAccessibleName(QCoreApplication::translate("UserDataCard", "User data"));
    m_avatar->setFixedSize(kAvatar, kAvatar);
    m_avatar->setAccessibleName(QCoreApplication::translate("UserDataCard", "Avatar"));
    QFont nf = m_name->font();
    nf.setPointSizeF(nf.pointSizeF() * 1.3);
    nf.setWeight(QFont::DemiBold);
    m_name->setFont(nf);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mute(m_subtitle, palette());
    mute(m_source, palette());
    QFont sf = m_source->font();
    sf.setPointSizeF(sf.pointSizeF() * 0.9);
    m_source->setFont(sf);
    m_refresh->setIcon(icons::icon(icons::Icon::Refresh, palette().color(QPalette::ButtonText)));
    m_refresh->setToolTip(QCoreApplication::translate("UserDataCard", "Call the user-data tool again"));
    m_refresh->setAccessibleName(QCoreApplication::translate("UserDataCard", "Refresh user data"));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &UserDataCard::refreshRequested);

    auto *title = new QLabel(QCoreApplication::translate("UserDataCard", "User data"), this);
    QFont tf = title->font();
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_source, 1, Qt::AlignLeft | Qt::AlignVCenter);
    titleRow->addWidget(m_spinner);
    titleRow->addWidget(m_refresh);

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addStretch(1);
    who->addWidget(m_name);
    who->addWidget(m_subtitle);
    who->addStretch(1);
    m_identity = new QWidget(this);
    auto *identity = new QHBoxLayout(m_identity);
    identity->setContentsMargins(0, 0, 0, 0);
    identity->setSpacing(14);
    identity->addWidget(m_avatar);
    identity->addLayout(who, 1);

    m_grid->setContentsMargins(0, 4, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(7);
    m_grid->setColumnStretch(1, 1);

    QFont mt = m_messageTitle->font();
    mt.setWeight(QFont::DemiBold);
    m_messageTitle->setFont(mt);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *msgCol = new QVBoxLayout(m_messagePage);
    msgCol->setContentsMargins(0, 8, 0, 0);
    msgCol->addWidget(m_messageTitle);
    msgCol->addWidget(m_messageText);
    msgCol->addStretch(1);

    m_stack->addWidget(m_fieldsPage);
    m_stack->addWidget(m_messagePage);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(18, 14, 18, 16);
    col->setSpacing(10);
    col->addLayout(titleRow);
    col->addWidget(m_identity);
    col->addWidget(m_stack, 1);
    showMessage(QCoreApplication::translate("UserDataCard", "Not connected yet"), QCoreApplication::translate("UserDataCard", "The user data appears once the server is up."));
}

void UserDataCard::clearGrid()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fields.clear();
}

void UserDataCard::setInitials(const QString &initials)
{
    m_hasAvatar = false;
    QPixmap pm(kAvatar * 2, kAvatar * 2);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::tint(theme::accentColor(palette()), palette()).toRgb());
    QColor fill = theme::accentColor(palette());
    fill.setAlphaF(0.18);
    p.setBrush(fill);
    p.drawEllipse(QRectF(0, 0, kAvatar, kAvatar));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    p.setFont(f);
    p.setPen(theme::accentColor(palette()));
    p.drawText(QRectF(0, 0, kAvatar, kAvatar), Qt::AlignCenter, initials.isEmpty() ? QStringLiteral("?") : initials);
    m_avatar->setPixmap(pm);
}

void UserDataCard::setAvatar(const QPixmap &pixmap)
{
    if (pixmap.isNull())
        return;
    m_avatar->setPixmap(circular(pixmap, kAvatar));
    m_hasAvatar = true;
}

void UserDataCard::showLoading(const QString &toolName)
{
    m_spinner->start();
    m_refresh->setEnabled(false);
    m_source->setText(tr("calling %1…").arg(toolName));
}

void UserDataCard::showResult(const ToolResult &result, const QString &toolName)
{
    m_spinner->stop();
    m_refresh->setEnabled(true);
    m_source->setText(tr("from %1").arg(toolName));
    clearGrid();
    m_fields = userDataLines(result);
    if (m_fields.isEmpty()) {
        showMessage(tr("No fields"), result.displayText().isEmpty() ? tr("The tool returned nothing.")
                                                                                : result.displayText());
        return;
    }
    int row = 0;
    for (const auto &[label, value] : std::as_const(m_fields)) {
        auto *l = new QLabel(label, m_fieldsPage);
        mute(l, palette());
        auto *v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_fieldsPage);
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        l->setBuddy(v);
        m_grid->addWidget(l, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(v, row, 1, Qt::AlignTop);
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    m_stack->setCurrentWidget(m_fieldsPage);
    m_identity->show();

    const QString first = value(tr("First Name"));
    const QString last = value(tr("Last Name"));
    const QString username = value(tr("Username"));
    const QString full = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    m_name->setText(full.isEmpty() ? (username.isEmpty() ? tr("Signed-in user") : username) : full);
    QStringList sub;
    if (!username.isEmpty() && !full.isEmpty())
        sub << QLatin1Char('@') + username;
    if (const QString email = value(tr("Primary Email")); !email.isEmpty())
        sub << email;
    m_subtitle->setText(sub.join(QStringLiteral("  ·  ")));
    if (!m_hasAvatar) {
        QString initials;
        if (!first.isEmpty())
            initials += first.at(0).toUpper();
        if (!last.isEmpty())
            initials += last.at(0).toUpper();
        if (initials.isEmpty() && !m_name->text().isEmpty())
            initials = m_name->text().at(0).toUpper();
        setInitials(initials);
    }
    for (const ContentBlock &b : result.content) {
        if (b.type == u"image") {
            QPixmap pm;
            if (pm.loadFromData(QByteArray::fromBase64(b.base64)))
                setAvatar(pm);
        }
    }
}

void UserDataCard::showError(const Error &error)
{
    m_spinner->stop();
    m_refresh->setEnabled(true);
    showMessage(tr("Could not get the user data"),
                error.message + (error.hint.isEmpty() ? QString() : QStringLiteral("\n\n") + error.hint));
    QPalette pal = m_messageTitle->palette();
    pal.setColor(QPalette::WindowText, theme::errorColor(palette()));
    m_messageTitle->setPalette(pal);
}

void UserDataCard::showMessage(const QString &title, const QString &text)
{
    m_spinner->stop();
    clearGrid();
    m_messageTitle->setText(title);
    m_messageTitle->setPalette(palette());
    m_messageText->setText(text);
    m_stack->setCurrentWidget(m_messagePage);
    m_identity->hide(); // no "?" avatar over a message: nothing is known about the user yet
    m_name->clear();
    m_subtitle->clear();
    if (!m_hasAvatar)
        m_avatar->clear(); // hidden with the identity; the initials are drawn when it shows
}

QString UserDataCard::value(const QString &label) const
{
    for (const auto &[l, v] : m_fields)
        if (l == label)
            return v;
    return {};
}

QString UserDataCard::messageText() const
{
    return m_stack->currentWidget() == m_messagePage ? m_messageTitle->text() + QLatin1Char('\n') + m_messageText->text()
                                                     : QString();
}

} // namespace mcpc::ui
