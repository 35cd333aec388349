#pragma once

#include "demo/demotool.h"

namespace mcpc::demo {

class DemoAuthServer;

// get_admin_report: what the demo authorization server has done (sign-ins, refreshes,
// revocations). It needs the extra scope user:admin, which a default sign-in does not
// include, so calling it shows a client's step-up (403 insufficient_scope -> consent
// page with the new permission -> retry).
DemoTool adminReportTool(DemoAuthServer *server);

} // namespace mcpc::demo
