#include "clients/compatibilitysection.h"

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
        return u"✓ works"_s;
    for (const Finding &f : r.findings)
        if (f.blocksServer)
            return u"✗ will not load: "_s + f.message;
    for (const Finding &f : r.findings)
        if (f.severity == Severity::Error)
            return u"✗ %1 — %2"_s.arg(r.summary(), f.tool.isEmpty() ? f.message : u"“%1” will not be available"_s.arg(f.tool));
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
    m_toggle->setText(expanded ? u"Hide the clients"_s : u"Show each client"_s);
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
    m_status->setText(u"Checking the server's tools against each client's rules…"_s);
}

void CompatibilitySection::setError(const QString &message)
{
    clearRows();
    m_toggle->hide();
    m_status->setText(u"Could not check compatibility: %1"_s.arg(message));
}

void CompatibilitySection::setReports(const QList<ClientReport> &reports)
{
    clearRows();
    // When every client works, one line says so and the list folds away (the cards below
    // matter more); any warning or problem shows every client's line.
    const bool allWork = std::all_of(reports.begin(), reports.end(), [](const ClientReport &r) { return r.verdict() == Verdict::Works; });
    m_status->setText(allWork ? u"✓ Works in all %1 clients, by their rules with sources (mcp-connect-cli compat)."_s.arg(reports.size())
                              : u"Will the server work in each client? From per-client rules with sources (mcp-connect-cli compat)."_s);
    m_toggle->setVisible(allWork);
    setExpanded(!allWork);
    int row = 0;
    // Every row as tall as one with buttons: the list reads evenly, with or without Details.
    const int rowHeight = QPushButton(u"Details…"_s).sizeHint().height();
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
            auto *details = new QPushButton(u"Details…"_s, m_rowsBox);
            details->setAccessibleName(u"Compatibility details for %1"_s.arg(r.displayName));
            connect(details, &QPushButton::clicked, this, [this, r] { showDetails(r); });
            m_rows->addWidget(details, row, 2);
            m_rowWidgets << details;
            for (const Finding &f : r.findings) {
                if (f.fixAction != u"bridge")
                    continue;
                auto *bridge = new QPushButton(u"Connect with the bridge…"_s, m_rowsBox);
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
        QString source = f.source.url.isEmpty() ? u"no source yet"_s : u"<a href=\"%1\">%1</a> (checked %2)"_s.arg(f.source.url.toHtmlEscaped(), f.source.checked);
        if (!f.verified)
            source += u" — <i>unverified</i>"_s;
        parts << u"<p><b>%1</b> %2<br>%3<br>Fix: %4<br>Source: %5</p>"_s.arg(compat::severityName(f.severity), f.ruleId.toHtmlEscaped(),
                                                                      f.message.toHtmlEscaped(), f.fix.toHtmlEscaped(), source);
    }
    auto *box = new QMessageBox(QMessageBox::Information, u"Compatibility with %1"_s.arg(r.displayName), parts.join(QString()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->open(); // window-modal, no nested event loop
}

} // namespace mcpc::ui
