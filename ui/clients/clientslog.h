#pragma once

#include <QLoggingCategory>

// The "Connect clients" tab: engine calls and their outcome, as the GUI saw them
// (QT_LOGGING_RULES="mcpc.ui.clients.debug=true"). The engine itself logs under mcpc.clientconfig.
Q_DECLARE_LOGGING_CATEGORY(lcClientsUi)
