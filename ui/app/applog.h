#pragma once

#include <QLoggingCategory>

// Desktop integration: single instance, links, tray, crash reports, the on-demand
// sign-in view plugin.
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
