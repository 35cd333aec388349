// The installed app icon is found in the hicolor theme when the package put it there, and
// a build tree (no such file) gets a null icon without the icon theme's slow walk.
#include "app/installedicon.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpc::ui;

class TestInstalledIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foundOnlyWhenInstalledInHicolor()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString hicolor = root.filePath(QStringLiteral("hicolor"));
        QVERIFY(QDir().mkpath(hicolor + QStringLiteral("/48x48/apps")));
        QVERIFY(QDir().mkpath(hicolor + QStringLiteral("/scalable/apps")));
        QFile index(hicolor + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Hicolor\nDirectories=48x48/apps,scalable/apps\n\n"
                    "[48x48/apps]\nSize=48\nType=Fixed\n\n[scalable/apps]\nSize=48\nType=Scalable\nMinSize=8\nMaxSize=512\n");
        index.close();
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(hicolor + QStringLiteral("/48x48/apps/test.app.Icon.png")));

        const QStringList paths{root.path()};
        QVERIFY(InstalledIcon::inHicolor(QStringLiteral("test.app.Icon"), paths));
        QVERIFY(!InstalledIcon::inHicolor(QStringLiteral("test.app.Other"), paths));
        QVERIFY(!InstalledIcon::inHicolor(QStringLiteral("test.app.Icon"), {root.filePath(QStringLiteral("nowhere"))}));

        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(QStringLiteral("hicolor"));
        const QIcon found = InstalledIcon::lookUp(QStringLiteral("test.app.Icon"));
        QVERIFY(!found.isNull());
        QCOMPARE(found.pixmap(48, 48).toImage().pixelColor(10, 10), QColor(Qt::red));
        QVERIFY(InstalledIcon::lookUp(QStringLiteral("test.app.Other")).isNull());
    }
};

QTEST_MAIN(TestInstalledIcon)
#include "tst_installedicon.moc"
