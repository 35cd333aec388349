#include "servers/serverlistpanel.h"

#include "servers/serverlistdelegate.h"
#include "servers/serverlistmodel.h"
#include "style/theme.h"
#include "widgets/emptystate.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mcpc::ui {

ServerListPanel::ServerListPanel(ServerListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QCoreApplication::translate("ServerListPanel", "No servers yet"), QCoreApplication::translate("ServerListPanel", "Servers you add appear here."), this))
    , m_add(new QPushButton(QCoreApplication::translate("ServerListPanel", "Add"), this))
{
    setObjectName(QStringLiteral("serverListPanel"));
    setAttribute(Qt::WA_StyledBackground); // the sidebar colour comes from the app style sheet
    auto *title = new QLabel(QCoreApplication::translate("ServerListPanel", "Servers"), this);
    QFont f = title->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    title->setFont(f);
    m_add->setIcon(icons::icon(icons::Icon::Add, palette().color(QPalette::ButtonText)));
    m_add->setToolTip(QCoreApplication::translate("ServerListPanel", "Add a server (Ctrl+N)"));
    m_add->setAccessibleName(QCoreApplication::translate("ServerListPanel", "Add server"));
    connect(m_add, &QPushButton::clicked, this, &ServerListPanel::addRequested);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(14, 12, 10, 6);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_add);

    m_view->setModel(model);
    m_view->setItemDelegate(new ServerListDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    // The delegate elides names and URLs to the list's width: it never scrolls sideways.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(QCoreApplication::translate("ServerListPanel", "Servers"));
    m_view->viewport()->setAutoFillBackground(false);
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        QMenu menu(this);
        for (QAction *a : std::as_const(m_contextActions)) {
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(current.data(ServerListModel::NameRole).toString()); });

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(0);
    col->addLayout(header);
    col->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::rowsInserted, this, &ServerListPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ServerListPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &ServerListPanel::updateEmptyState);
    // The list or "No servers yet" is decided when the panel is first shown (showEvent),
    // not here: the window makes this panel before it loads the profiles, and switching to
    // the empty state now laid it out at a made-up size only to switch back (5 ms at start).
}

void ServerListPanel::showEvent(QShowEvent *event)
{
    updateEmptyState();
    QWidget::showEvent(event);
}

void ServerListPanel::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QString ServerListPanel::currentName() const
{
    return m_view->currentIndex().data(ServerListModel::NameRole).toString();
}

void ServerListPanel::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void ServerListPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace mcpc::ui
