#include "app/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "mcpc.ui.translations", QtInfoMsg)

namespace mcpc::ui {

void Translations::install(QCoreApplication *app)
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    // Installed: <prefix>/bin/../share/mcp-connect/translations. Build tree: app/translations.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{QDir(appDir).filePath(QStringLiteral("../share/mcp-connect/translations")),
                           QDir(appDir).filePath(QStringLiteral("translations"))};
    for (const QString &dir : dirs) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, QStringLiteral("mcp-connect"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            qCInfo(lcTranslations) << "Loaded" << translator->filePath();
            return;
        }
        delete translator;
    }
    qCDebug(lcTranslations) << "No translation for" << locale.uiLanguages() << "; showing English";
}

} // namespace mcpc::ui
