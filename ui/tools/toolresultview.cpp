#include "tools/toolresultview.h"

#include "style/theme.h"
#include "widgets/jsonhighlighter.h"

#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mcpc::ui {

QSize ToolResultView::sizeHint() const
{
    return {QScrollArea::sizeHint().width(), fontMetrics().height() * 4};
}

ToolResultView::ToolResultView(QWidget *parent)
    : QScrollArea(parent)
    , m_body(new QWidget)
    , m_layout(new QVBoxLayout(m_body))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    setWidget(m_body);
    setAccessibleName(QCoreApplication::translate("ToolResultView", "Tool result"));
}

void ToolResultView::clear()
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_plain.clear();
    m_images = 0;
    m_error = false;
}

void ToolResultView::showPlaceholder(const QString &text)
{
    clear();
    addNote(text);
}

void ToolResultView::showError(const Error &error)
{
    clear();
    m_error = true;
    addErrorHeader(error.kind == ErrorKind::Cancelled ? tr("Cancelled") : tr("The call failed"),
                   error.message + (error.hint.isEmpty() ? QString() : QStringLiteral("\n") + error.hint));
}

void ToolResultView::showResult(const ToolResult &result)
{
    clear();
    m_error = result.isError;
    if (result.isError)
        addErrorHeader(tr("The tool reported an error (isError)"), {});
    for (const ContentBlock &b : result.content) {
        if (b.type == u"text")
            addText(b.text, result.isError);
        else if (b.type == u"image")
            addImage(b);
        else if (b.type == u"resource_link")
            addLink(b);
        else if (b.type == u"resource")
            addResource(b);
        else
            addNote(b.summary());
    }
    if (!result.structuredContent.is_null())
        addJson(tr("Structured content"), result.structuredContent);
    if (result.content.empty() && result.structuredContent.is_null())
        addNote(tr("The tool returned no content."));
}

void ToolResultView::addText(const QString &text, bool error)
{
    auto *label = new QLabel(m_body);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setObjectName(QStringLiteral("resultText"));
    if (error) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, theme::errorColor(palette()));
        label->setPalette(pal);
    }
    m_layout->insertWidget(m_layout->count() - 1, label);
    m_plain << text;
}

void ToolResultView::addImage(const ContentBlock &b)
{
    QPixmap pm;
    if (!pm.loadFromData(QByteArray::fromBase64(b.base64))) {
        addNote(tr("An image (%1) that could not be decoded.").arg(b.mimeType));
        return;
    }
    // Tiny images (icons, avatars) are scaled up so they can be seen; big ones down.
    QPixmap shown = pm;
    if (pm.height() < 64)
        shown = pm.scaledToHeight(96, Qt::SmoothTransformation);
    else if (pm.width() > 640)
        shown = pm.scaledToWidth(640, Qt::SmoothTransformation);
    auto *label = new QLabel(m_body);
    label->setPixmap(shown);
    label->setObjectName(QStringLiteral("resultImage"));
    label->setToolTip(QStringLiteral("%1 · %2×%3 · %4").arg(b.mimeType).arg(pm.width()).arg(pm.height())
                          .arg(formatBytes(QByteArray::fromBase64(b.base64).size())));
    label->setAccessibleName(tr("Image %1").arg(b.mimeType));
    m_layout->insertWidget(m_layout->count() - 1, label, 0, Qt::AlignLeft);
    m_plain << b.summary();
    ++m_images;
}

void ToolResultView::addLink(const ContentBlock &b)
{
    auto *label = new QLabel(m_body);
    label->setTextFormat(Qt::RichText);
    const QString title = (b.name.isEmpty() ? b.uri : b.name).toHtmlEscaped();
    const bool web = b.uri.startsWith(u"https://") || b.uri.startsWith(u"http://");
    label->setText(web ? tr("🔗 <a href=\"%1\">%2</a>").arg(b.uri.toHtmlEscaped(), title)
                       : tr("🔗 <b>%1</b> <span>%2</span>").arg(title, b.uri.toHtmlEscaped()));
    label->setOpenExternalLinks(web);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setToolTip(b.uri);
    m_layout->insertWidget(m_layout->count() - 1, label);
    m_plain << b.summary();
}

void ToolResultView::addResource(const ContentBlock &b)
{
    if (!b.text.isEmpty()) {
        addNote(tr("Resource %1%2").arg(b.uri, b.mimeType.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(b.mimeType)));
        auto *edit = new QPlainTextEdit(b.text, m_body);
        edit->setReadOnly(true);
        edit->setFont(monospaceFont());
        edit->setMaximumHeight(220);
        m_layout->insertWidget(m_layout->count() - 1, edit);
        m_plain << b.text;
        return;
    }
    addNote(b.summary());
}

void ToolResultView::addJson(const QString &title, const nlohmann::json &value)
{
    addNote(title);
    auto *edit = new QPlainTextEdit(QString::fromStdString(value.dump(2)), m_body);
    edit->setObjectName(QStringLiteral("resultJson"));
    edit->setReadOnly(true);
    edit->setFont(monospaceFont());
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(edit->document());
    const int lines = qMin(18, int(edit->document()->blockCount()));
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines + 16);
    m_layout->insertWidget(m_layout->count() - 1, edit);
    m_plain << edit->toPlainText();
}

void ToolResultView::addNote(const QString &text)
{
    auto *label = new QLabel(text, m_body);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::mutedText(palette()));
    label->setPalette(pal);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    m_layout->insertWidget(m_layout->count() - 1, label);
    m_plain << text;
}

void ToolResultView::addErrorHeader(const QString &title, const QString &detail)
{
    auto *frame = new QFrame(m_body);
    frame->setObjectName(QStringLiteral("resultError"));
    const QColor red = theme::errorColor(palette());
    frame->setStyleSheet(QStringLiteral("QFrame#resultError { background: %1; border: 1px solid %2; border-radius: 6px; }")
                             .arg(theme::cssColor(theme::tint(red, palette())), theme::cssColor(red)));
    auto *col = new QVBoxLayout(frame);
    col->setContentsMargins(10, 6, 10, 6);
    auto *t = new QLabel(title, frame);
    QFont f = t->font();
    f.setWeight(QFont::DemiBold);
    t->setFont(f);
    QPalette pal = t->palette();
    pal.setColor(QPalette::WindowText, red);
    t->setPalette(pal);
    col->addWidget(t);
    m_plain << title;
    if (!detail.isEmpty()) {
        auto *d = new QLabel(detail, frame);
        d->setWordWrap(true);
        d->setTextInteractionFlags(Qt::TextSelectableByMouse);
        col->addWidget(d);
        m_plain << detail;
    }
    m_layout->insertWidget(m_layout->count() - 1, frame);
}

} // namespace mcpc::ui
