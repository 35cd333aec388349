#pragma once

#include <QColor>
#include <QIcon>

namespace mcpc::ui::icons {

// Small line icons drawn with QPainter, so the app needs no image plugins (Debian's Qt
// has no SVG reader unless qt6-svg is installed) and icons follow the palette's text colour.
enum class Icon { Add, Refresh, SignIn, Edit, Remove, Copy, Search, Run, Stop, Server, Plug, Log, Tools, Overview, Close, Warning,
                  Folder, File, More, Undo, Link, Eye, Lock, Unlocked };

QIcon icon(Icon which, const QColor &color);
QIcon appIcon(); // the blue rounded square with two linked rings (resources/icons/app.svg)

} // namespace mcpc::ui::icons
