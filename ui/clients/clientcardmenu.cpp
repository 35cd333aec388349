#include "clients/clientcardmenu.h"

#include "clients/clientcard.h"
#include "clients/clientcarddetails.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QApplication>
#include <QMenu>
#include <QToolButton>

namespace mcpc::ui {

using namespace clientconfig;
using namespace Qt::StringLiterals;
using clientvisuals::PrimaryAction;

void fillClientCardMenu(QMenu *menu, ClientCard *card)
{
    menu->clear();
    const auto &state = card->state();
    if (!state)
        return;
    const QColor fg = QApplication::palette().color(QPalette::WindowText);
    auto icon = [&fg](icons::Icon i) { return icons::icon(i, fg); };
    const ClientStatus &s = state->status;
    const bool usable = !state->error && !s.problem && !card->profile().name.isEmpty();
    const bool disconnecting = card->primaryAction() == PrimaryAction::Disconnect;

    menu->addAction(icon(icons::Icon::Eye), QCoreApplication::translate("Clientcardmenu", "&Preview changes…"), card, [card, disconnecting] {
            card->preview(disconnecting ? PreviewDialog::Kind::Disconnect : PreviewDialog::Kind::Connect);
        })->setEnabled(usable);
    const bool hasEntry = s.state == EntryState::Ours || s.state == EntryState::EditedByHand || s.state == EntryState::Foreign;
    if (hasEntry && !disconnecting)
        menu->addAction(icon(icons::Icon::Remove), QCoreApplication::translate("Clientcardmenu", "&Disconnect…"), card, [card] { card->preview(PreviewDialog::Kind::Disconnect); })
            ->setEnabled(usable);
    QAction *undo = menu->addAction(icon(icons::Icon::Undo),
                                    state->undoAction.isEmpty() ? QCoreApplication::translate("Clientcardmenu", "&Undo last change") : QCoreApplication::translate("Clientcardmenu", "&Undo “%1”").arg(state->undoAction),
                                    card, [card] { card->undo(); });
    undo->setEnabled(!state->undoAction.isEmpty());
    undo->setToolTip(state->undoAction.isEmpty() ? QCoreApplication::translate("Clientcardmenu", "MCP Connect has not changed this client's files.")
                                                 : QCoreApplication::translate("Clientcardmenu", "Restores %1 from MCP Connect's backup.").arg(state->undoPath));
    menu->addSeparator();
    ClientCardDetails *details = card->details();
    menu->addAction(icon(icons::Icon::File), QCoreApplication::translate("Clientcardmenu", "&Open config file"), card, &ClientCard::openConfigFile)->setEnabled(s.configExists);
    menu->addAction(icon(icons::Icon::Folder), QCoreApplication::translate("Clientcardmenu", "Show in &folder"), details, &ClientCardDetails::showInFolder);
    menu->addAction(icon(icons::Icon::Copy), QCoreApplication::translate("Clientcardmenu", "Copy &path"), details, &ClientCardDetails::copyPath);
    menu->addAction(icon(icons::Icon::Copy), QCoreApplication::translate("Clientcardmenu", "Copy config &snippet"), details, &ClientCardDetails::copySnippet)
        ->setEnabled(!state->snippet.isEmpty());
    const QList<QToolButton *> links = details->linkButtons();
    if (!links.isEmpty())
        menu->addSeparator();
    for (int i = 0; i < links.size(); ++i)
        menu->addAction(icon(icons::Icon::Link), links[i]->text(), details, [details, i] { details->openLink(i); });
    menu->addSeparator();
    menu->addAction(icon(icons::Icon::Refresh), u"&Refresh"_s, card, &ClientCard::refresh);
    menu->setToolTipsVisible(true);
}

} // namespace mcpc::ui
