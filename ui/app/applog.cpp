#include "app/applog.h"

Q_LOGGING_CATEGORY(lcDesktop, "mcpc.ui.desktop", QtWarningMsg)
