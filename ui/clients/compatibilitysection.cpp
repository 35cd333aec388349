#include "clients/compatibilitysection.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mcpc::ui {

using namespace Qt::StringLiterals;
using compat::ClientReport;
using compat::Finding;
using compat::Severity;
using compat::Verdict;

namespace {

// "works", "2 warnings", "will not load: …" (the server's transport, sign-in or era), or
// the count of problems with the first tool the client will not offer.
QString lineText(const ClientReport &r)
{
    if (r.verdict() == Verdict::Works)
        return QCoreApplication::translate("CompatibilitySection", "✓ works");
    for (const Finding &f : r.findings)
        if (f.blocksServer)
            return QCoreApplication::translate("CompatibilitySection", "✗ will not load: ") + f.message;
    for (const Finding &f : r.findings)
        if (f.severity == Severity::Error)
            return u"✗ %1 — %2"_s.arg(r.summary(), f.tool.isEmpty() ? f.message : QCoreApplication::translate("CompatibilitySection", "“%1” will not be available").arg(f.tool));
    return u"⚠ "_s + r.summary();
}

} // namespace

CompatibilitySection::CompatibilitySection(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_toggle(new QPushButton(this)), m_rowsBox(new QWidget(this)),
      m_rows(new QGridLayout(m_rowsBox))
{
    setObjectName(u"compatibilitySection"_s);
    auto *title = new QLabel(u"<b>Compatibility</b>"_s, this);
    m_status->setWordWrap(true);
    m_toggle->setObjectName(u"compatToggle"_s);
    m_toggle->setFlat(true);
    m_toggle->hide();
    connect(m_toggle, &QPushButton::clicked, this, [this] { setExpanded(!m_rowsBox->isVisibleTo(this)); });
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(12);
    m_rows->setVerticalSpacing(2);
    auto *head = new QHBoxLayout;
    head->addWidget(m_status, 1);
    head->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(4);
    col->addWidget(title);
    col->addLayout(head);
    col->addWidget(m_rowsBox);
}

void CompatibilitySection::setExpanded(bool expanded)
{
    m_rowsBox->setVisible(expanded);
    m_toggle->setText(expanded ? tr("Hide the clients") : tr("Show each client"));
}

void CompatibilitySection::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_lines.clear();
}

void CompatibilitySection::setChecking()
{
    clearRows();
    m_toggle->hide();
    m_status->setText(tr("Checking the server's tools against each client's rules…"));
}

void CompatibilitySection::setError(const QString &message)
{
    clearRows();
    m_toggle->hide();
    m_status->setText(tr("Could not check compatibility: %1").arg(message));
}

void CompatibilitySection::setReports(const QList<ClientReport> &reports)
{
    clearRows();
    // When every client works, one line says so and the list folds away (the cards below
    // matter more); any warning or problem shows every client's line.
    const bool allWork = std::all_of(reports.begin(), reports.end(), [](const ClientReport &r) { return r.verdict() == Verdict::Works; });
    m_status->setText(allWork ? tr("✓ Works in all %1 clients, by their rules with sources (mcp-connect-cli compat).").arg(reports.size())
                              : tr("Will the server work in each client? From per-client rules with sources (mcp-connect-cli compat)."));
    m_toggle->setVisible(allWork);
    setExpanded(!allWork);
    int row = 0;
    // Every row as tall as one with buttons: the list reads evenly, with or without Details.
    const int rowHeight = QPushButton(tr("Details…")).sizeHint().height();
    for (const ClientReport &r : reports) {
        m_rows->setRowMinimumHeight(row, rowHeight);
        const QString text = lineText(r);
        m_lines.insert(r.client, text);
        auto *name = new QLabel(r.displayName, m_rowsBox);
        auto *line = new QLabel(text, m_rowsBox);
        line->setObjectName(u"compat-"_s + r.client);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->setWordWrap(true);
        m_rows->addWidget(name, row, 0);
        m_rows->addWidget(line, row, 1);
        m_rowWidgets << name << line;
        if (!r.findings.isEmpty()) {
            auto *details = new QPushButton(tr("Details…"), m_rowsBox);
            details->setAccessibleName(tr("Compatibility details for %1").arg(r.displayName));
            connect(details, &QPushButton::clicked, this, [this, r] { showDetails(r); });
            m_rows->addWidget(details, row, 2);
            m_rowWidgets << details;
            for (const Finding &f : r.findings) {
                if (f.fixAction != u"bridge")
                    continue;
                auto *bridge = new QPushButton(tr("Connect with the bridge…"), m_rowsBox);
                connect(bridge, &QPushButton::clicked, this, [this, id = r.client] { Q_EMIT bridgeRequested(id); });
                m_rows->addWidget(bridge, row, 3);
                m_rowWidgets << bridge;
                break;
            }
        }
        ++row;
    }
    m_rows->setColumnStretch(1, 1);
}

QString CompatibilitySection::lineFor(const QString &clientId) const
{
    return m_lines.value(clientId);
}

void CompatibilitySection::showDetails(const ClientReport &r)
{
    QStringList parts;
    for (const Finding &f : r.findings) {
        QString source = f.source.url.isEmpty() ? tr("no source yet") : tr("<a href=\"%1\">%1</a> (checked %2)").arg(f.source.url.toHtmlEscaped(), f.source.checked);
        if (!f.verified)
            source += tr(" — <i>unverified</i>");
        parts << tr("<p><b>%1</b> %2<br>%3<br>Fix: %4<br>Source: %5</p>").arg(compat::severityName(f.severity), f.ruleId.toHtmlEscaped(),
                                                                      f.message.toHtmlEscaped(), f.fix.toHtmlEscaped(), source);
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Compatibility with %1").arg(r.displayName), parts.join(QString()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open(); // window-modal, no nested event loop
}

} // namespace mcpc::ui
