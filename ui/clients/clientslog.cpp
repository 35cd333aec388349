#include "clients/clientslog.h"

Q_LOGGING_CATEGORY(lcClientsUi, "mcpc.ui.clients", QtWarningMsg)
