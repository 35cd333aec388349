#include "serverview/toolstab.h"

#include "apps/applaunchbutton.h"
#include "style/theme.h"
#include "tools/loadpanel.h"
#include "tools/toolcallpanel.h"
#include "tools/toolform.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"
#include "widgets/segmentedswitch.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

namespace mcpc::ui {

namespace {

enum Roles { NameRole = Qt::UserRole + 1, SubtitleRole, SearchRole };

// Name in bold, then the title or first line of the description, muted.
class ToolDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // Narrow: the rows take the list's width and paint() elides; never a sideways scroll.
        return {120, QFontMetrics(option.font).height() * 2 + 16};
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const QRectF card = QRectF(option.rect).adjusted(4, 1, -4, -1);
        if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
            QColor bg = pal.color(QPalette::Highlight);
            bg.setAlphaF(option.state & QStyle::State_Selected ? (theme::isDark(pal) ? 0.35 : 0.16) : 0.07);
            QPainterPath path;
            path.addRoundedRect(card, 6, 6);
            p->fillPath(path, bg);
        }
        const QFontMetrics fm(option.font);
        const QRect text = option.rect.adjusted(14, 7, -10, -7);
        QFont mono(QStringLiteral("monospace"));
        mono.setPointSizeF(option.font.pointSizeF());
        mono.setWeight(QFont::DemiBold);
        p->setFont(mono);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRect(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(mono).elidedText(index.data(NameRole).toString(), Qt::ElideRight, text.width()));
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.92);
        p->setFont(small);
        p->setPen(theme::mutedText(pal));
        p->drawText(QRect(text.left(), text.top() + fm.height() + 2, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(small).elidedText(index.data(SubtitleRole).toString(), Qt::ElideRight, text.width()));
        p->restore();
    }
};

} // namespace

ToolsTab::ToolsTab(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_right(new QStackedWidget(this))
    , m_empty(new EmptyState(QCoreApplication::translate("ToolsTab", "Pick a tool"), QCoreApplication::translate("ToolsTab", "Select a tool on the left to see its arguments and run it."), this))
    , m_panel(new ToolCallPanel(this))
    , m_load(new LoadPanel(this))
    , m_modes(new QStackedWidget(this))
    , m_modeSwitch(new SegmentedSwitch({QStringLiteral("&Call"), QStringLiteral("&Load")}, this))
    , m_appButton(new AppLaunchButton(this))
    , m_modesPage(new QWidget(this))
{
    // Call or Load the selected tool. The switch is not a tab bar over the panels: its row
    // would come out of the argument form's height (at 800x600 the form then cut off its
    // second field). It sits under the tool list, beside the tool count.
    m_modes->addWidget(m_panel);
    m_modes->addWidget(m_load);
    m_modeSwitch->button(CallMode)->setToolTip(QCoreApplication::translate("ToolsTab", "Call the selected tool with the arguments you type"));
    m_modeSwitch->button(LoadMode)->setToolTip(QCoreApplication::translate("ToolsTab", "Load-test the selected tool: many concurrent calls, latency and errors"));
    m_modeSwitch->setAccessibleName(QCoreApplication::translate("ToolsTab", "Call or load-test the tool"));
    m_modeSwitch->setEnabled(false); // until a tool is selected
    connect(m_modeSwitch, &SegmentedSwitch::currentChanged, m_modes, &QStackedWidget::setCurrentIndex);
    m_load->setArgumentsSource([this] { return m_panel->form()->arguments(); });
    m_appButton->setArgumentsSource([this]() -> std::optional<nlohmann::json> {
        auto args = m_panel->form()->arguments();
        return args ? std::optional(*args) : std::nullopt;
    });
    m_search->setPlaceholderText(QCoreApplication::translate("ToolsTab", "Search tools  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::icon(icons::Icon::Search, theme::mutedText(palette())), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(QCoreApplication::translate("ToolsTab", "Search tools"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ToolDelegate(m_list));
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(QCoreApplication::translate("ToolsTab", "Tools"));
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText(palette()));
    m_count->setPalette(muted);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ToolsTab::onCurrentChanged);
    // Down from the search field goes into the list: keyboard-only users never need the mouse.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });

    auto *left = new QWidget(this);
    auto *leftCol = new QVBoxLayout(left);
    leftCol->setContentsMargins(0, 0, 0, 0);
    leftCol->addWidget(m_search);
    leftCol->addWidget(m_list, 1);
    // Under the list: how many tools, and whether the selected one is called or load-tested.
    auto *modeRow = new QHBoxLayout;
    modeRow->setContentsMargins(0, 0, 0, 0);
    modeRow->addWidget(m_count, 1);
    modeRow->addWidget(m_modeSwitch);
    leftCol->addLayout(modeRow);

    m_right->addWidget(m_empty);
    // "Open App" sits over the panels only for a tool with an App: hidden, its row takes
    // no height from the argument form.
    auto *appRow = new QHBoxLayout;
    appRow->setContentsMargins(0, 0, 0, 0);
    appRow->addStretch(1);
    appRow->addWidget(m_appButton);
    auto *modesCol = new QVBoxLayout(m_modesPage);
    modesCol->setContentsMargins(0, 0, 0, 0);
    modesCol->addLayout(appRow);
    modesCol->addWidget(m_modes, 1);
    m_right->addWidget(m_modesPage);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 640});
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(split);
    setFocusProxy(m_search);
    updateCount();
}

void ToolsTab::setTools(const QList<Tool> &tools)
{
    const QString current = m_panel->tool().name;
    m_tools = tools;
    m_model->clear();
    for (const Tool &t : tools) {
        auto *item = new QStandardItem(t.name);
        item->setData(t.name, NameRole);
        const QString firstLine = t.description.section(QLatin1Char('\n'), 0, 0);
        item->setData(t.title.isEmpty() || t.title == t.name ? firstLine : t.title + QStringLiteral(" — ") + firstLine, SubtitleRole);
        item->setData(QStringList{t.name, t.title, t.description}.join(QLatin1Char(' ')), SearchRole);
        item->setToolTip(t.description);
        item->setData(t.name, Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    updateCount();
    if (!current.isEmpty() && selectTool(current))
        return;
    m_right->setCurrentWidget(m_empty);
    m_modeSwitch->setEnabled(false);
    if (tools.isEmpty()) {
        m_empty->setTitle(tr("No tools"));
        m_empty->setText(tr("This server lists no tools. If you expect some, check that they are implemented "
                                        "and enabled on the server (the seed guide's \"Tool not available\")."));
    } else {
        m_empty->setTitle(tr("Pick a tool"));
        m_empty->setText(tr("Select a tool on the left to see its arguments and run it."));
    }
}

void ToolsTab::setClient(McpClient *client)
{
    m_panel->setClient(client);
    m_load->setClient(client);
    m_appButton->setClient(client);
}

void ToolsTab::setTarget(const QUrl &url, bool stdio)
{
    m_load->setTarget(url, stdio);
}

void ToolsTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ToolsTab::showMode(Mode mode)
{
    m_modeSwitch->setCurrentIndex(mode);
}

ToolsTab::Mode ToolsTab::mode() const
{
    return Mode(m_modes->currentIndex());
}

bool ToolsTab::selectTool(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(NameRole).toString() == name) {
            m_list->setCurrentIndex(index);
            onCurrentChanged();
            return true;
        }
    }
    return false;
}

int ToolsTab::visibleToolCount() const
{
    return m_proxy->rowCount();
}

void ToolsTab::onCurrentChanged()
{
    const QString name = m_list->currentIndex().data(NameRole).toString();
    for (const Tool &t : std::as_const(m_tools)) {
        if (t.name == name) {
            m_panel->setTool(t);
            m_load->setTool(t.name);
            m_right->setCurrentWidget(m_modesPage);
            m_modeSwitch->setEnabled(true);
            m_appButton->setTool(t);
            return;
        }
    }
}

void ToolsTab::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = int(m_tools.size());
    m_count->setText(shown == total ? tr("%1 tool%2").arg(total).arg(total == 1 ? QString() : QStringLiteral("s"))
                                    : tr("%1 of %2 tools").arg(shown).arg(total));
}

} // namespace mcpc::ui
