#include "util/logging.h"

// Defaults: warnings and above only, so the CLI stays quiet unless asked.
Q_LOGGING_CATEGORY(lcJsonRpc, "mcpc.jsonrpc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "mcpc.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "mcpc.transport.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSse, "mcpc.transport.sse", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStdio, "mcpc.transport.stdio", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttpServer, "mcpc.httpserver", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "mcpc.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "mcpc.profiles", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mcpc.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOAuth, "mcpc.oauth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClientConfig, "mcpc.clientconfig", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "mcpc.monitor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoad, "mcpc.load", QtWarningMsg)
