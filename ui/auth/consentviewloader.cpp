#include "auth/consentviewloader.h"

#include "app/applog.h"
#include "auth/consentviewfactory.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>

// QtGui's (exported, not in a public header): the context every QtWebEngine view shares.
// QtWebEngine wants it before QGuiApplication; setting Qt::AA_ShareOpenGLContexts there
// makes Qt create it at start, which maps Mesa (and LLVM, 50 MiB) for every launch.
// Making it here, just before the plugin loads QtWebEngine, is what Qt would have done.
void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace mcpc::ui {

namespace {

void prepareSharedOpenGl()
{
    if (QOpenGLContext::globalShareContext() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    // (Qt::AA_ShareOpenGLContexts itself may only be set before the app exists; QtWebEngine
    // and QRhi's OpenGL contexts share with this one whenever it is set.)
    auto *context = new QOpenGLContext(QCoreApplication::instance());
    if (!context->create())
        qCWarning(lcDesktop) << "no OpenGL context to share with the sign-in view; it may draw slowly";
    qt_gl_set_global_share_context(context);
}

const char kPluginFile[] = "mcp-connect-webconsent.so";

ConsentViewFactory *&builtIn()
{
    static ConsentViewFactory *factory = nullptr;
    return factory;
}

} // namespace

bool ConsentViewLoader::webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

void ConsentViewLoader::setBuiltIn(ConsentViewFactory *factory)
{
    builtIn() = factory;
}

QStringList ConsentViewLoader::searchPaths()
{
    const QString exeDir = QCoreApplication::applicationDirPath();
    QStringList dirs{exeDir, QDir::cleanPath(exeDir + QStringLiteral("/../" MCPC_INSTALL_LIBDIR "/mcp-connect")),
                     QStringLiteral(MCPC_INSTALL_FULL_LIBDIR "/mcp-connect")};
    dirs.removeDuplicates();
    QStringList files;
    for (const QString &d : dirs)
        files << d + QLatin1Char('/') + QLatin1String(kPluginFile);
    return files;
}

Result<ConsentViewFactory *> ConsentViewLoader::factory()
{
    if (builtIn())
        return builtIn();
    const Result<QObject *> instance = plugin();
    if (!instance)
        return std::unexpected(instance.error());
    if (auto *f = qobject_cast<ConsentViewFactory *>(*instance))
        return f;
    return std::unexpected(Error::make(ErrorKind::Unavailable, QCoreApplication::translate("ConsentViewLoader", "The sign-in view plugin has no sign-in view.")));
}

Result<QObject *> ConsentViewLoader::plugin()
{
    // Loaded once; its instance lives as long as the app (QtWebEngine cannot be unloaded).
    static Result<QObject *> loaded = [] () -> Result<QObject *> {
        QStringList tried;
        for (const QString &file : searchPaths()) {
            if (!QFileInfo::exists(file)) {
                tried << file;
                continue;
            }
            prepareSharedOpenGl();
            QPluginLoader loader(file);
            if (QObject *instance = loader.instance()) {
                qCInfo(lcDesktop) << "web view plugin loaded from" << file;
                return instance;
            }
            qCWarning(lcDesktop) << "web view plugin" << file << "did not load:" << loader.errorString();
            return std::unexpected(Error::make(ErrorKind::Unavailable,
                QCoreApplication::translate("ConsentViewLoader", "The web view (%1) could not be loaded: %2").arg(file, loader.errorString())));
        }
        return std::unexpected(Error::make(ErrorKind::Unavailable,
            QCoreApplication::translate("ConsentViewLoader", "The web view is not installed (looked for %1).").arg(tried.join(QStringLiteral(", ")))));
    }();
    return loaded;
}

} // namespace mcpc::ui
