#include "clients/scopepicker.h"

#include "widgets/elidedlabel.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;

ScopePicker::ScopePicker(const QString &clientName, QWidget *parent)
    : QWidget(parent)
    , m_clientName(clientName)
    , m_box(new QComboBox(this))
    , m_folder(new ElidedLabel(this))
    , m_choose(new QPushButton(QCoreApplication::translate("ScopePicker", "C&hoose folder…"), this))
{
    m_box->setObjectName(u"scopeBox"_s);
    m_box->setAccessibleName(QCoreApplication::translate("ScopePicker", "Which %1 config file").arg(clientName));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_folder->setObjectName(u"projectFolder"_s);
    m_folder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_choose->setAutoDefault(false);
    m_choose->setAccessibleName(QCoreApplication::translate("ScopePicker", "Choose the project folder"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_box);
    row->addWidget(m_folder);
    row->addWidget(m_choose);
    row->addStretch(1);
    connect(m_box, &QComboBox::activated, this, &ScopePicker::onActivated);
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseFolder(m_target.scope); });
    rebuild();
}

void ScopePicker::setChoices(const QList<Scope> &scopes, const QStringList &variants)
{
    m_scopes = scopes;
    m_variants = variants;
    rebuild();
}

bool ScopePicker::hasChoice() const
{
    return m_scopes.size() > 1 || !m_variants.isEmpty();
}

void ScopePicker::setTarget(const ClientTarget &target)
{
    m_target = target;
    rebuild();
}

void ScopePicker::select(const ClientTarget &target)
{
    m_target = target;
    rebuild();
    Q_EMIT targetChanged(m_target);
}

void ScopePicker::rebuild()
{
    const QSignalBlocker block(m_box);
    m_box->clear();
    auto add = [this](const QString &text, Scope scope, const QString &variant, const QString &tip) {
        m_box->addItem(text, QVariantList{int(scope), variant});
        m_box->setItemData(m_box->count() - 1, tip, Qt::ToolTipRole);
    };
    add(tr("User settings"), Scope::User, QString(), tr("The user-wide file: every project sees the server."));
    for (const QString &v : std::as_const(m_variants))
        add(tr("Profile %1").arg(v), Scope::User, v, tr("The mcp.json of the %1 profile “%2”.").arg(m_clientName, v));
    if (m_scopes.contains(Scope::Project))
        add(tr("Project"), Scope::Project, QString(),
            tr("A file in a project folder, shared with everyone who opens that project (and can be committed)."));
    if (m_scopes.contains(Scope::Local))
        add(tr("Local to a project"), Scope::Local, QString(), tr("Only you, only in that project (kept in ~/.claude.json)."));
    for (int i = 0; i < m_box->count(); ++i) {
        const QVariantList d = m_box->itemData(i).toList();
        if (Scope(d.value(0).toInt()) == m_target.scope && (m_target.scope != Scope::User || d.value(1).toString() == m_target.variant))
            m_box->setCurrentIndex(i);
    }
    const bool project = m_target.scope != Scope::User;
    m_folder->setVisible(project);
    m_choose->setVisible(project);
    m_folder->setText(QDir::toNativeSeparators(m_target.projectDir));
    setVisible(hasChoice());
}

void ScopePicker::onActivated(int index)
{
    const QVariantList d = m_box->itemData(index).toList();
    const Scope scope = Scope(d.value(0).toInt());
    if (scope == Scope::User) {
        select(ClientTarget{m_target.client, Scope::User, QString(), d.value(1).toString()});
        return;
    }
    if (!m_target.projectDir.isEmpty()) {
        select(ClientTarget{m_target.client, scope, m_target.projectDir, QString()});
        return;
    }
    rebuild(); // shows the old choice until a folder is picked
    chooseFolder(scope);
}

void ScopePicker::chooseFolder(Scope scope)
{
    // open(), not exec(): no nested event loop while the user browses.
    auto *dialog = new QFileDialog(window(), tr("Choose the project folder for %1").arg(m_clientName),
                                   m_target.projectDir.isEmpty() ? QDir::homePath() : m_target.projectDir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, scope](const QString &dir) {
        if (!dir.isEmpty())
            select(ClientTarget{m_target.client, scope, dir, QString()});
    });
    dialog->open();
}

} // namespace mcpc::ui
