#include "transfer/importpreviewdialog.h"

#include "style/theme.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mcpc::ui {

using namespace Qt::StringLiterals;

namespace {

enum Column { NameCol, AddressCol, FromCol, ActionCol };

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &title, const QString &intro, QList<ImportItem> items, QWidget *parent)
    : QDialog(parent)
    , m_items(std::move(items))
    , m_list(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_import(nullptr)
{
    setWindowTitle(title);
    setObjectName(u"importPreview"_s);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({QCoreApplication::translate("ImportPreviewDialog", "Server"), QCoreApplication::translate("ImportPreviewDialog", "Address"), QCoreApplication::translate("ImportPreviewDialog", "From"), QCoreApplication::translate("ImportPreviewDialog", "What happens")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(QCoreApplication::translate("ImportPreviewDialog", "Servers to import"));
    m_list->header()->setStretchLastSection(true);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setStyleSheet(u"color: %1"_s.arg(theme::cssColor(theme::mutedText(palette()))));

    auto *all = new QPushButton(QCoreApplication::translate("ImportPreviewDialog", "Select all"), this);
    auto *none = new QPushButton(QCoreApplication::translate("ImportPreviewDialog", "Select none"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_items.size(); ++i)
            setChecked(i, true);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_items.size(); ++i)
            setChecked(i, false);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(QCoreApplication::translate("ImportPreviewDialog", "Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *col = new QVBoxLayout(this);
    col->addWidget(introLabel);
    col->addWidget(m_list, 1);
    col->addWidget(m_problems);
    col->addLayout(row);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameCol)
            return;
        const int r = m_list->indexOfTopLevelItem(item);
        if (r < 0 || !m_items[r].importable())
            return;
        m_items[r].selected = item->checkState(NameCol) == Qt::Checked;
        updateRow(r);
    });
    fill();
    resize(900, 420);
}

void ImportPreviewDialog::fill()
{
    m_filling = true;
    m_list->clear();
    for (int r = 0; r < m_items.size(); ++r) {
        const ImportItem &it = m_items.at(r);
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(NameCol, it.profile.name);
        row->setText(AddressCol, it.profile.target());
        row->setText(FromCol, it.sources.join(u", "_s));
        QStringList tip;
        if (!it.entryName.isEmpty() && it.entryName != it.profile.name)
            tip << tr("Named “%1” in the client's file.").arg(it.entryName);
        tip << it.notes;
        if (!it.problem.isEmpty())
            tip << it.problem;
        row->setToolTip(NameCol, tip.join(u'\n'));
        row->setToolTip(AddressCol, it.profile.target());
        if (it.importable()) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(NameCol, it.selected ? Qt::Checked : Qt::Unchecked);
        } else {
            row->setFlags(row->flags() & ~Qt::ItemIsEnabled); // greyed: the reason is in the last column
            row->setCheckState(NameCol, Qt::Unchecked);
        }
        if (it.importable() && it.conflict != ImportConflict::None) {
            auto *choice = new QComboBox(m_list);
            choice->addItem(tr("Skip"), int(DuplicateChoice::Skip));
            choice->addItem(tr("Add as “%1”").arg(it.renameTo == it.profile.name ? it.profile.name : it.renameTo),
                            int(DuplicateChoice::Rename));
            if (!it.existingName.isEmpty() && it.conflict != ImportConflict::Identical)
                choice->addItem(tr("Replace “%1”").arg(it.existingName), int(DuplicateChoice::Replace));
            choice->setCurrentIndex(choice->findData(int(it.choice)));
            choice->setAccessibleName(tr("What to do with %1").arg(it.profile.name));
            connect(choice, &QComboBox::currentIndexChanged, this, [this, r, choice] {
                m_items[r].choice = DuplicateChoice(choice->currentData().toInt());
                if (m_items[r].choice != DuplicateChoice::Skip)
                    setChecked(r, true);
                updateRow(r);
            });
            m_list->setItemWidget(row, ActionCol, choice);
        }
        updateRow(r);
    }
    for (int c = NameCol; c < ActionCol; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(AddressCol, qMin(m_list->columnWidth(AddressCol), 320));
    m_filling = false;
    updateButton();
}

void ImportPreviewDialog::updateRow(int r)
{
    QTreeWidgetItem *row = m_list->topLevelItem(r);
    const ImportItem &it = m_items.at(r);
    const QString what = ProfileImporter::describe(it);
    QString said;
    switch (it.conflict) {
    case ImportConflict::Identical: said = tr("Already saved, identical"); break;
    case ImportConflict::SameServer: said = tr("Already saved as “%1”").arg(it.existingName); break;
    case ImportConflict::SameName: said = tr("Name taken by another server"); break;
    case ImportConflict::None: break;
    }
    // Rows with a choice show it in their combo box; the text says why there is one.
    row->setText(ActionCol, m_list->itemWidget(row, ActionCol) ? QString() : what.left(1).toUpper() + what.mid(1));
    row->setToolTip(ActionCol, said.isEmpty() ? what : said + u": "_s + what);
    if (QWidget *w = m_list->itemWidget(row, ActionCol))
        w->setToolTip(said);
    updateButton();
}

void ImportPreviewDialog::updateButton()
{
    int n = 0;
    for (const ImportItem &it : m_items)
        if (it.importable() && it.selected && !(it.conflict != ImportConflict::None && it.choice == DuplicateChoice::Skip))
            ++n;
    m_import->setText(n == 1 ? tr("Import 1 server") : tr("Import %1 servers").arg(n));
    m_import->setEnabled(n > 0);
}

void ImportPreviewDialog::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_items.size() || !m_items[row].importable())
        return;
    m_list->topLevelItem(row)->setCheckState(NameCol, checked ? Qt::Checked : Qt::Unchecked); // itemChanged updates
    m_items[row].selected = checked;
    updateRow(row);
}

void ImportPreviewDialog::setChoice(int row, DuplicateChoice choice)
{
    if (row < 0 || row >= m_items.size())
        return;
    if (auto *combo = qobject_cast<QComboBox *>(m_list->itemWidget(m_list->topLevelItem(row), ActionCol)))
        combo->setCurrentIndex(combo->findData(int(choice)));
}

void ImportPreviewDialog::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not read: ") + problems.join(u"; "_s));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace mcpc::ui
