#include "apps/appviewloader.h"

#include "apps/appviewfactory.h"
#include "auth/consentviewloader.h"

#include <QCoreApplication>
#include <optional>

#include <unistd.h>

namespace mcpc::ui {

namespace {

AppViewFactory *&builtIn()
{
    static AppViewFactory *factory = nullptr;
    return factory;
}

std::optional<WebSandbox> &sandbox()
{
    static std::optional<WebSandbox> s;
    return s;
}

} // namespace

Result<AppViewFactory *> AppViewLoader::factory()
{
    if (builtIn())
        return builtIn();
    const Result<QObject *> instance = ConsentViewLoader::plugin();
    if (!instance)
        return std::unexpected(instance.error());
    if (auto *f = qobject_cast<AppViewFactory *>(*instance))
        return f;
    return std::unexpected(Error::make(ErrorKind::Unavailable,
                                       QCoreApplication::translate("AppViewLoader", "The installed web view plugin is too old to show MCP Apps.")));
}

void AppViewLoader::setBuiltIn(AppViewFactory *factory)
{
    builtIn() = factory;
}

void AppViewLoader::setWebSandbox(const WebSandbox &s)
{
    sandbox() = s;
}

Result<WebSandbox::Mode> AppViewLoader::renderPolicy()
{
    if (!sandbox()) {
        // Not told by main() (tests, tools): the cheap facts, without the fork probe.
        WebSandbox::Facts facts;
        facts.sandboxDisabled = qEnvironmentVariable("QTWEBENGINE_DISABLE_SANDBOX") == u"1";
        facts.root = geteuid() == 0;
        sandbox() = WebSandbox::decide(facts);
    }
    switch (sandbox()->mode()) {
    case WebSandbox::Mode::Embedded:
    case WebSandbox::Mode::EmbeddedUnsandboxed:
        return sandbox()->mode();
    case WebSandbox::Mode::SystemBrowser:
        break;
    }
    return std::unexpected(Error::make(
        ErrorKind::Unavailable,
        QCoreApplication::translate("AppViewLoader", "This App is not shown: its HTML comes from the server, and Chromium's sandbox, which keeps such "
                       "pages away from your files, cannot run here (as root, or without user namespaces). Start MCP "
                       "Connect as a normal user, or, if you trust this server, with --no-sandbox.")));
}

} // namespace mcpc::ui
