#pragma once

#include <QColor>
#include <QProxyStyle>

namespace mcpc::ui {

// Fusion plus the little the palette cannot say: raised cards (a QFrame named "card"),
// the server list's sidebar colour, and flat tabs with an accent underline. These were
// an app-wide style sheet, which routes every widget of the app through
// QStyleSheetStyle: about 14 ms of the start before the first paint (issue 9's budget is
// 1.5x a bare window) for three rules. Widgets with a style sheet of their own (badges,
// chips, banners) keep it. It also draws the menu bar's overflow arrow, which Fusion
// decodes from PNG files (about 4 ms of every start, for an arrow shown only when the
// window is too narrow for the menus).
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    struct Colors
    {
        QColor card, border, sidebar, accent, text, mutedText;
    };
    explicit AppStyle(const Colors &colors);

    void polish(QWidget *widget) override;
    using QProxyStyle::polish;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override;

private:
    Colors m_colors;
};

} // namespace mcpc::ui
