#pragma once

#include "clients/clientconfigservice.h"
#include "widgets/chip.h"

#include <QColor>
#include <QPixmap>
#include <QString>

#include <optional>

namespace mcpc::ui::clientvisuals {

// The card's main button.
enum class PrimaryAction { None, Connect, Update, Replace, Reconnect, Disconnect };
QString actionText(PrimaryAction action);

// What a card says about the server's entry in the client's file, and what it offers.
struct Look
{
    QString chip;        // "Connected", "Edited by hand"...
    Chip::Tone tone = Chip::Tone::Neutral;
    QString explanation; // one sentence: the chip's tooltip and the card's accessible description
    PrimaryAction action = PrimaryAction::Connect;
};
Look look(const ClientCardState &state);

// A rounded square with the client's initials in a colour of its own: recognisable
// cards without shipping other companies' logos.
QPixmap monogram(const QString &clientId, const QString &displayName, int size, qreal devicePixelRatio);

// "/home/ada/.cursor/mcp.json" -> "~/.cursor/mcp.json".
QString tildePath(const QString &path, const QString &home);

// An engine sentence as rich text: HTML-escaped, "quoted names" and UI words to press in
// bold, `commands` in monospace.
QString richText(const QString &plain);

// The engine's error in the GUI's words: hints that name CLI options (--force, --name,
// --header-env) are rephrased for the buttons the user has here.
QString errorText(const Error &error);
// A parse error, split: "~/.cursor/mcp.json:3:5" and "trailing commas are not allowed in
// JSON". Empty when the error is not about a line and column.
struct ParseProblem
{
    QString where;
    QString what;
};
std::optional<ParseProblem> parseProblem(const Error &error, const QString &home);
// Rich text for an error: the file:line:column first when there is one.
QString errorHtml(const Error &error, const QString &home);

// Style sheet of a filled action button (the card's main button, the preview's Write) in
// the accent colour, or red for a destructive confirmation; empty = the style's plain button.
QString filledButtonStyle(const QString &selector, const QColor &color);
// A card's frame: the accent border while it has the keyboard focus.
QString cardStyle(const QString &selector, bool focused);

// A valid environment variable name: letters, digits and '_', not starting with a digit.
bool isValidEnvVarName(const QString &name);
// ACME_AUTHORIZATION for server "acme", header "Authorization".
QString suggestedEnvVar(const QString &server, const QString &header);

} // namespace mcpc::ui::clientvisuals
