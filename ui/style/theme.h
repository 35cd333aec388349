#pragma once

#include "monitor/serverstatus.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace mcpc::ui::theme {

enum class Mode { System, Light, Dark };

// Fusion plus our palette: the same look on every desktop, readable light and dark.
void apply(QApplication *app, Mode mode);
bool isDark(const QPalette &palette);

// Semantic colours, chosen for contrast on the palette's window/base colours.
QColor stateColor(ServerStatus::State state, const QPalette &palette);
QColor mutedText(const QPalette &palette);   // secondary lines (URLs, hints)
QColor cardColor(const QPalette &palette);   // raised panels on the window colour
QColor borderColor(const QPalette &palette);
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor accentColor(const QPalette &palette);
// A translucent fill of `color` for chips and banners.
QColor tint(const QColor &color, const QPalette &palette);

QString cssColor(const QColor &color); // "#rrggbb" or rgba(...) for style sheets

} // namespace mcpc::ui::theme
