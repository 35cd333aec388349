#pragma once

#include "auth/websandbox.h"
#include "util/error.h"

namespace mcpc::ui {

class AppViewFactory;

// Loads the App surface from the web view plugin on first use (the same plugin file as
// the sign-in view: QtWebEngine is mapped once, and only when needed), and decides
// whether untrusted App HTML may run at all here.
class AppViewLoader
{
public:
    static Result<AppViewFactory *> factory();
    // Tests that link the web view in use it without a plugin.
    static void setBuiltIn(AppViewFactory *factory);

    // main() tells what it decided about Chromium's sandbox (auth/websandbox.h).
    static void setWebSandbox(const WebSandbox &sandbox);
    // Whether an App may render: with Chromium's sandbox, yes; without it only after the
    // explicit --no-sandbox opt-in (a warning is shown); where the sandbox cannot run
    // (root, no user namespaces) no, with the reason: the App's HTML comes from the
    // server and would run in an unconfined renderer.
    static Result<WebSandbox::Mode> renderPolicy();
};

} // namespace mcpc::ui
