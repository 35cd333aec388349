#include "overview/serverclientmatrixdialog.h"

#include "clients/clientconfigservice.h"
#include "overview/serverclientmatrixmodel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace Qt::StringLiterals;

ServerClientMatrixDialog::ServerClientMatrixDialog(ClientConfigService *service, QWidget *parent)
    : QDialog(parent)
    , m_model(new ServerClientMatrixModel(service, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(QCoreApplication::translate("ServerClientMatrixDialog", "Servers × Clients"));
    setObjectName(u"serverClientMatrix"_s);
    auto *intro = new QLabel(QCoreApplication::translate("ServerClientMatrixDialog", "Which of your servers is in which AI client's config, as each client card sees it. "
                             "Select a cell to open that client's card."), this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(90);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(QCoreApplication::translate("ServerClientMatrixDialog", "Servers by clients"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT cellChosen(m_model->serverAt(index.row()), m_model->clientAt(index.column()));
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT cellChosen(m_model->serverAt(index.row()), m_model->clientAt(index.column()));
    });
    connect(m_model, &ServerClientMatrixModel::ready, this, &ServerClientMatrixDialog::updateSummary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reload = buttons->addButton(QCoreApplication::translate("ServerClientMatrixDialog", "Refresh"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &ServerClientMatrixDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *col = new QVBoxLayout(this);
    col->addWidget(intro);
    col->addWidget(m_summary);
    col->addWidget(m_view, 1);
    col->addWidget(buttons);
    resize(980, 460);
    if (service) // a write from any card or the CLI changes the cells
        connect(service, &ClientConfigService::filesChanged, this, [this] {
            if (isVisible())
                refresh();
        });
}

void ServerClientMatrixDialog::setProfiles(const QList<ServerProfile> &profiles)
{
    m_profiles = profiles;
    refresh();
}

void ServerClientMatrixDialog::refresh()
{
    m_summary->setText(tr("Reading the clients' config files…"));
    m_model->refresh(m_profiles);
}

void ServerClientMatrixDialog::updateSummary()
{
    if (m_profiles.isEmpty()) {
        m_summary->setText(tr("No saved servers yet."));
        return;
    }
    const int present = m_model->presentCount();
    const int attention = m_model->attentionCount();
    QString text = present == 1 ? tr("1 client entry for your servers.") : tr("%1 client entries for your servers.").arg(present);
    if (attention > 0)
        text += attention == 1 ? tr(" 1 needs attention.") : tr(" %1 need attention.").arg(attention);
    m_summary->setText(text);
}

} // namespace mcpc::ui
