#include "log/logview.h"

#include "log/connectionlog.h"
#include "style/theme.h"
#include "widgets/icons.h"
#include "widgets/jsonhighlighter.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpc::ui {

// Kinds, pings and free text; the text matches the summary or the full JSON.
class LogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool traffic = true;
    bool notes = true;
    bool hidePings = true;
    QString text;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const auto kind = ConnectionLog::Kind(i.data(ConnectionLog::KindRole).toInt());
        const bool isTraffic = kind == ConnectionLog::Kind::Sent || kind == ConnectionLog::Kind::Received;
        if ((isTraffic && !traffic) || (!isTraffic && !notes))
            return false;
        if (hidePings && i.data(ConnectionLog::PingRole).toBool())
            return false;
        if (text.isEmpty())
            return true;
        return i.siblingAtColumn(ConnectionLog::SummaryColumn).data().toString().contains(text, Qt::CaseInsensitive)
            || i.data(ConnectionLog::DetailRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

LogView::LogView(ConnectionLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_proxy(new LogFilter(this))
    , m_filter(new QLineEdit(this))
    , m_traffic(new QCheckBox(QStringLiteral("JSON-RPC"), this))
    , m_notes(new QCheckBox(QCoreApplication::translate("LogView", "Notes && server log"), this))
    , m_pings(new QCheckBox(QCoreApplication::translate("LogView", "Pings"), this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(log);
    m_filter->setPlaceholderText(QCoreApplication::translate("LogView", "Filter messages (method, id, text…)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icons::icon(icons::Icon::Search, theme::mutedText(palette())), QLineEdit::LeadingPosition);
    m_filter->setAccessibleName(QCoreApplication::translate("LogView", "Filter log"));
    m_traffic->setChecked(true);
    m_notes->setChecked(true);
    m_pings->setChecked(false);
    m_pings->setToolTip(QCoreApplication::translate("LogView", "Show the status monitor's periodic pings"));
    auto *clear = new QPushButton(QCoreApplication::translate("LogView", "Clear"), this);
    auto *copy = new QPushButton(QCoreApplication::translate("LogView", "Copy"), this);
    copy->setIcon(icons::icon(icons::Icon::Copy, palette().color(QPalette::ButtonText)));
    copy->setToolTip(QCoreApplication::translate("LogView", "Copy the selected message (credentials are masked)"));
    connect(clear, &QPushButton::clicked, log, &ConnectionLog::clear);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_detail->toPlainText()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->text = t.trimmed();
        m_proxy->refresh();
    });
    connect(m_traffic, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->traffic = on;
        m_proxy->refresh();
    });
    connect(m_notes, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->notes = on;
        m_proxy->refresh();
    });
    connect(m_pings, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->hidePings = !on;
        m_proxy->refresh();
    });

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(ConnectionLog::TimeColumn, 110);
    m_table->setColumnWidth(ConnectionLog::KindColumn, 100);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(QCoreApplication::translate("LogView", "Connection log"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::showDetail);
    // Follow new entries while the view is scrolled to the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_table, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });

    m_detail->setReadOnly(true);
    m_detail->setFont(monospaceFont());
    m_detail->setPlaceholderText(QCoreApplication::translate("LogView", "Select a message to see it in full."));
    m_detail->setAccessibleName(QCoreApplication::translate("LogView", "Message detail"));
    new JsonHighlighter(m_detail->document());

    // The filter field with the buttons, the kinds to show under them: a narrow page
    // keeps the field wide enough to read what it asks for.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 22);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addSpacing(8);
    top->addWidget(copy);
    top->addWidget(clear);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_traffic);
    kinds->addWidget(m_notes);
    kinds->addWidget(m_pings);
    kinds->addStretch(1);
    auto *bar = new QVBoxLayout;
    bar->setSpacing(4);
    bar->addLayout(top);
    bar->addLayout(kinds);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addLayout(bar);
    col->addWidget(split, 1);
}

int LogView::visibleRows() const
{
    return m_proxy->rowCount();
}

void LogView::showDetail()
{
    const QModelIndex i = m_table->currentIndex();
    m_detail->setPlainText(i.isValid() ? i.data(ConnectionLog::DetailRole).toString() : QString());
}

} // namespace mcpc::ui
