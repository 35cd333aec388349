#pragma once

#include <QLoggingCategory>

// One category per area, so users can switch on exactly the traffic they need with
// QT_LOGGING_RULES="mcpc.transport.http.debug=true". Nothing logged under these may
// contain tokens, client secrets or session ids: see util/redact.h.
Q_DECLARE_LOGGING_CATEGORY(lcJsonRpc)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSse)
Q_DECLARE_LOGGING_CATEGORY(lcStdio)
Q_DECLARE_LOGGING_CATEGORY(lcHttpServer)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcClientConfig)
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)
Q_DECLARE_LOGGING_CATEGORY(lcLoad)
