#include "app/installedicon.h"

#include <QDir>
#include <QFileInfo>

namespace mcpc::ui {

bool InstalledIcon::inHicolor(const QString &name, const QStringList &searchPaths)
{
    for (const QString &base : searchPaths) {
        const QDir hicolor(base + QStringLiteral("/hicolor"));
        if (!hicolor.exists())
            continue;
        for (const QString &size : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const char *ext : {".png", ".svg", ".xpm"})
                if (QFileInfo::exists(hicolor.filePath(size + QStringLiteral("/apps/") + name + QLatin1String(ext))))
                    return true;
    }
    return false;
}

QIcon InstalledIcon::lookUp(const QString &name)
{
    if (!inHicolor(name, QIcon::themeSearchPaths()))
        return {};
    return QIcon::fromTheme(name);
}

} // namespace mcpc::ui
