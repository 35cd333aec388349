#pragma once

class QMenu;

namespace mcpc::ui {

class ClientCard;

// Fills a card's "…" menu from its current state: preview, disconnect, undo, the file
// actions, the snippet and the install links. Built each time it opens, so it always
// matches the card.
void fillClientCardMenu(QMenu *menu, ClientCard *card);

} // namespace mcpc::ui
