#pragma once

#include <QIcon>
#include <QStringList>

namespace mcpc::ui {

// The app's icon as installed by the package (installer/linux puts it in the hicolor
// theme), looked up through the icon theme so a theme of the user's can restyle it. A null
// icon when it is not installed (a build tree): a quick look into the hicolor folders says
// so first, because the icon theme's own walk takes 8 to 30 ms of the GUI thread to miss.
class InstalledIcon
{
public:
    static QIcon lookUp(const QString &name);
    // Whether some hicolor size folder under searchPaths (QIcon::themeSearchPaths())
    // holds name as a .png, .svg or .xpm file.
    static bool inHicolor(const QString &name, const QStringList &searchPaths);
};

} // namespace mcpc::ui
