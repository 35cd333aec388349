#pragma once

#include "apps/appresource.h"

#include <QPalette>
#include <QSize>

#include <nlohmann/json.hpp>

namespace mcpc::ui {

// What ui/initialize tells an App about us: the host context (theme and colours from
// our palette, inline display, the container's size, locale, the tool) and the host
// capabilities (links, server tools, logging, messages, the sandbox we applied).
namespace apphost {

nlohmann::json context(const QPalette &palette, const QSize &container, const Tool &tool);
nlohmann::json capabilities(const AppResource &resource);

} // namespace apphost

} // namespace mcpc::ui
