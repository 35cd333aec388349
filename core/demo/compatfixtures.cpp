#include "demo/compatfixtures.h"

#include "demo/democatalog.h"

namespace mcpc::demo {

using nlohmann::json;
using namespace Qt::StringLiterals;

namespace {

DemoTool fixture(const QString &name, const QString &description, json schema)
{
    DemoTool t;
    t.name = name;
    t.description = description;
    t.inputSchema = std::move(schema);
    t.run = [name](DemoToolCall *call) { call->finishText(u"%1 ran."_s.arg(name)); };
    return t;
}

json stringArg(const char *name)
{
    return json{{"type", "object"}, {"properties", {{name, {{"type", "string"}}}}}};
}

} // namespace

QString compatLongToolName()
{
    // 70 characters: over every client's 64 and Cursor's 60.
    return u"get_the_quarterly_revenue_report_for_every_region_and_product_line_now"_s;
}

void addCompatFixtures(DemoCatalog *catalog)
{
    catalog->tools.append(fixture(compatLongToolName(), u"A tool whose name is 70 characters long."_s, stringArg("region")));
    catalog->tools.append(fixture(u"root_anyof"_s, u"inputSchema is an anyOf at the top level."_s,
        json{{"anyOf", json::array({stringArg("id"), stringArg("email")})}}));
    catalog->tools.append(fixture(u"ref_cycle"_s, u"inputSchema refers to itself through $defs (a linked list)."_s,
        json{{"type", "object"},
             {"properties", {{"head", {{"$ref", "#/$defs/Node"}}}}},
             {"$defs", {{"Node", {{"type", "object"},
                                  {"properties", {{"value", {{"type", "string"}}}, {"next", {{"$ref", "#/$defs/Node"}}}}}}}}}}));
    for (int i = 4; i <= kCompatFixtureToolCount; ++i) // the three above plus these: 150 tools
        catalog->tools.append(fixture(u"bulk_%1"_s.arg(i, 3, 10, QChar(u'0')), u"One of many plain tools."_s, stringArg("text")));
}

} // namespace mcpc::demo
