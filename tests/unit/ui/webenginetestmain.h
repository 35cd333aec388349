#pragma once
// main() for tests that run real QtWebEngine: Chromium needs a real display (xcb), not
// the offscreen platform ctest sets for unit tests. Without $DISPLAY the test re-runs
// itself inside tests/support/test-env.sh (its own Xvfb and D-Bus), like the e2e scripts.
#include "auth/consentviewloader.h"
#include "webconsent/webconsentplugin.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace uitest {

inline int reexecUnderTestEnv(int argc, char **argv, const char *testsDir)
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return -1;
    const QByteArray script = QByteArray(testsDir) + "/support/test-env.sh";
    std::vector<char *> args{const_cast<char *>(script.constData())};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execv(script.constData(), args.data());
    std::fprintf(stderr, "no display, and %s could not be run\n", script.constData());
    return 1;
}

inline void prepareWebEngine()
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    if (getuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses root with its sandbox
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace uitest

#define MCPC_WEBENGINE_TEST_MAIN(TestClass, testsDir)                                                                  \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        if (const int rc = uitest::reexecUnderTestEnv(argc, argv, testsDir); rc >= 0)                                  \
            return rc;                                                                                                 \
        uitest::prepareWebEngine();                                                                                    \
        QApplication app(argc, argv);                                                                                  \
        mcpc::ui::WebConsentPlugin consentView; /* linked in: no plugin file needed */                                 \
        mcpc::ui::ConsentViewLoader::setBuiltIn(&consentView);                                                         \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
