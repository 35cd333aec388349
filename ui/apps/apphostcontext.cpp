#include "apps/apphostcontext.h"

#include "style/theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using json = nlohmann::json;

namespace mcpc::ui::apphost {

namespace {

std::string css(const QColor &c)
{
    return c.name(QColor::HexRgb).toStdString();
}

} // namespace

json context(const QPalette &palette, const QSize &container, const Tool &tool)
{
    json variables = {
        {"--color-background-primary", css(palette.color(QPalette::Base))},
        {"--color-background-secondary", css(palette.color(QPalette::Window))},
        {"--color-background-tertiary", css(theme::cardColor(palette))},
        {"--color-text-primary", css(palette.color(QPalette::Text))},
        {"--color-text-secondary", css(theme::mutedText(palette))},
        {"--color-text-danger", css(theme::errorColor(palette))},
        {"--color-text-success", css(theme::successColor(palette))},
        {"--color-text-warning", css(theme::warningColor(palette))},
        {"--color-text-info", css(theme::accentColor(palette))},
        {"--color-border-primary", css(theme::borderColor(palette))},
        {"--color-ring-primary", css(theme::accentColor(palette))},
        {"--font-sans", "system-ui, \"DejaVu Sans\", sans-serif"},
        {"--font-mono", "\"DejaVu Sans Mono\", monospace"},
        {"--border-radius-md", "6px"},
    };
    json toolJson = tool.raw.is_object() ? tool.raw : json{{"name", tool.name.toStdString()}, {"inputSchema", tool.inputSchema}};
    return {
        {"theme", theme::isDark(palette) ? "dark" : "light"},
        {"styles", {{"variables", variables}}},
        {"displayMode", "inline"},
        {"availableDisplayModes", json::array({"inline"})},
        {"containerDimensions", {{"width", container.width()}, {"maxHeight", container.height()}}},
        {"locale", QLocale().bcp47Name().toStdString()},
        {"timeZone", QString::fromUtf8(QTimeZone::systemTimeZoneId()).toStdString()},
        {"userAgent", QStringLiteral("mcp-connect/%1").arg(QCoreApplication::applicationVersion()).toStdString()},
        {"platform", "desktop"},
        {"deviceCapabilities", {{"touch", false}, {"hover", true}}},
        {"toolInfo", {{"tool", toolJson}}},
    };
}

json capabilities(const AppResource &resource)
{
    return {
        {"openLinks", json::object()},
        {"serverTools", json::object()},
        {"logging", json::object()},
        {"message", {{"text", json::object()}}},
        {"sandbox", {{"permissions", resource.permissions.toJson()}, {"csp", resource.csp.toJson()}}},
    };
}

} // namespace mcpc::ui::apphost
