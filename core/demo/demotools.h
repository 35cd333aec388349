#pragma once

#include "demo/demotool.h"
#include "demo/demouser.h"

#include <nlohmann/json.hpp>

#include <QList>

namespace mcpc::demo {

// The tools every demo server offers: get_user_data, echo, get_avatar, long_task, fail.
QList<DemoTool> builtInTools();

// get_user_data's structuredContent and its outputSchema (keys from demouser.h).
nlohmann::json demoUserToJson(const DemoUser &user);
nlohmann::json demoUserOutputSchema();

// The avatar get_avatar returns: a small real PNG, base64-encoded.
QByteArray demoAvatarPngBase64();

// Caps that keep long_task harmless whatever a client asks for.
inline constexpr int kLongTaskMaxSteps = 100;
inline constexpr int kLongTaskMaxDelayMs = 10'000;

} // namespace mcpc::demo
