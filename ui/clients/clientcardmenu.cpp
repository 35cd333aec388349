#include "clients/clientcardmenu.h"

#include "clients/clientcard.h"
#include "clients/clientcarddetails.h"
#include "widgets/icons.h"

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

    menu->addAction(icon(icons::Icon::Eye), u"&Preview changes…"_s, card, [card, disconnecting] {
            card->preview(disconnecting ? PreviewDialog::Kind::Disconnect : PreviewDialog::Kind::Connect);
        })->setEnabled(usable);
    const bool hasEntry = s.state == EntryState::Ours || s.state == EntryState::EditedByHand || s.state == EntryState::Foreign;
    if (hasEntry && !disconnecting)
        menu->addAction(icon(icons::Icon::Remove), u"&Disconnect…"_s, card, [card] { card->preview(PreviewDialog::Kind::Disconnect); })
            ->setEnabled(usable);
    QAction *undo = menu->addAction(icon(icons::Icon::Undo),
                                    state->undoAction.isEmpty() ? u"&Undo last change"_s : u"&Undo “%1”"_s.arg(state->undoAction),
                                    card, [card] { card->undo(); });
    undo->setEnabled(!state->undoAction.isEmpty());
    undo->setToolTip(state->undoAction.isEmpty() ? u"MCP Connect has not changed this client's files."_s
                                                 : u"Restores %1 from MCP Connect's backup."_s.arg(state->undoPath));
    menu->addSeparator();
    ClientCardDetails *details = card->details();
    menu->addAction(icon(icons::Icon::File), u"&Open config file"_s, card, &ClientCard::openConfigFile)->setEnabled(s.configExists);
    menu->addAction(icon(icons::Icon::Folder), u"Show in &folder"_s, details, &ClientCardDetails::showInFolder);
    menu->addAction(icon(icons::Icon::Copy), u"Copy &path"_s, details, &ClientCardDetails::copyPath);
    menu->addAction(icon(icons::Icon::Copy), u"Copy config &snippet"_s, details, &ClientCardDetails::copySnippet)
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
