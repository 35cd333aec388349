#pragma once

#include "demo/demotool.h"

#include <QList>

namespace mcpc::demo {

// The demo's task tool (Tasks extension): generate_report works through `steps` one
// second each, reporting "Step k of n" as its status, can ask for a title on the way
// (ask_title), and stops when the client cancels the task.
DemoTool generateReportTool();

// The fixtures of the conformance suite's tasks-* server scenarios (conformance 0.2.x):
// greet (plain), slow_compute, failing_job (task required), protocol_error_job,
// confirm_delete, multi_input and test_tool_with_task (MRTR first, then a task).
QList<DemoTool> taskConformanceTools();

} // namespace mcpc::demo
