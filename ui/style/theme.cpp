#include "style/theme.h"

#include "style/appstyle.h"

#include <QApplication>
#include <QFont>

namespace mcpc::ui::theme {

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x29));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x29));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x21, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x6c, 0xdf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x90));
    p.setColor(QPalette::Link, QColor(0x1f, 0x5b, 0xc6));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xcd, 0xd3));
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa5, 0xad));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9f, 0xa7));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9f, 0xa7));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9f, 0xa7));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x35));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x7b, 0xec));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
    p.setColor(QPalette::Link, QColor(0x7a, 0xaa, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x48, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x57));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x75, 0x7e));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x75, 0x7e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x75, 0x7e));
    return p;
}

} // namespace

void apply(QApplication *app, Mode mode)
{
    // Qt 6.4 has no colour-scheme hint; the platform theme's palette tells us instead.
    bool dark = mode == Mode::Dark;
    if (mode == Mode::System)
        dark = isDark(QGuiApplication::palette());
    const QPalette pal = dark ? darkPalette() : lightPalette();
    const QColor sidebar = dark ? QColor(0x18, 0x1a, 0x1e) : QColor(0xea, 0xec, 0xf0);
    // The style, not an app-wide style sheet: see AppStyle for why.
    app->setStyle(new AppStyle({cardColor(pal), borderColor(pal), sidebar, accentColor(pal),
                                pal.color(QPalette::WindowText), mutedText(pal)}));
    app->setPalette(pal);
    QFont font = app->font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app->setFont(font);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor stateColor(ServerStatus::State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case ServerStatus::State::Up: return successColor(palette);
    case ServerStatus::State::Degraded: return warningColor(palette);
    case ServerStatus::State::Down: return errorColor(palette);
    case ServerStatus::State::NeedsLogin: return dark ? QColor(0x9d, 0x8c, 0xff) : QColor(0x6a, 0x4c, 0xe0);
    case ServerStatus::State::Connecting: return accentColor(palette);
    case ServerStatus::State::Unknown: break;
    }
    return dark ? QColor(0x7d, 0x83, 0x8c) : QColor(0x9a, 0xa0, 0xa8);
}

QColor mutedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa3, 0xa9, 0xb2) : QColor(0x5f, 0x66, 0x70);
}

QColor cardColor(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor borderColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3c, 0x40, 0x47) : QColor(0xdc, 0xdf, 0xe4);
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb3, 0x3d) : QColor(0xa8, 0x62, 0x00);
}

QColor successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4c, 0xd1, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
}

QColor accentColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor tint(const QColor &color, const QPalette &palette)
{
    QColor c = color;
    c.setAlphaF(isDark(palette) ? 0.22 : 0.12);
    return c;
}

QString cssColor(const QColor &color)
{
    if (color.alpha() == 255)
        return color.name();
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(color.alphaF(), 0, 'f', 2);
}

} // namespace mcpc::ui::theme
