// resources | prompts: the server's other catalogues (tools live in toolcommands.cpp).
#include "cli/args.h"
#include "cli/connectedcommand.h"
#include "cli/output.h"
#include "protocol/listoperation.h"
#include "protocol/mcpclient.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace mcpc::cli {

namespace {

// Lists one paginated catalogue ("resources/list" -> "resources").
class CatalogCommand : public ConnectedCommand
{
public:
    CatalogCommand(const CommandContext &ctx, QString method, std::string key, const char *capability, QString noun)
        : ConnectedCommand(ctx)
        , m_method(std::move(method))
        , m_key(std::move(key))
        , m_capability(capability)
        , m_noun(std::move(noun))
    {
    }

    void start() override
    {
        QCommandLineParser p;
        if (parseTarget(p, QString::fromStdString(m_key) + QStringLiteral(" TARGET")))
            connectTo(m_profile);
    }

protected:
    void onConnected(McpClient *client) override
    {
        if (client->serverInfo().capabilitiesKnown && !client->serverInfo().hasCapability(m_capability)) {
            if (m_ctx.out->json())
                m_ctx.out->document(json{{m_key, json::array()}});
            else
                m_ctx.out->line(QStringLiteral("%1 offers no %2.").arg(client->serverInfo().displayName(), m_noun));
            return closeAndFinish(0);
        }
        auto *op = new ListOperation(client, m_method, m_key, this);
        connect(op, &ListOperation::finished, this, [this, op] {
            op->deleteLater();
            if (!op->ok())
                return void(failAndClose(op->error()));
            if (m_ctx.out->json()) {
                m_ctx.out->document(json{{m_key, op->items()}});
                return closeAndFinish(0);
            }
            m_ctx.out->line(QStringLiteral("%1 %2:").arg(op->items().size()).arg(m_noun));
            for (const json &item : op->items()) {
                const NamedItem it = parseNamedItem(item);
                QString line = QStringLiteral("  %1").arg(it.name.leftJustified(28));
                if (!it.uri.isEmpty())
                    line += it.uri + QStringLiteral("  ");
                line += it.description.section(u'\n', 0, 0);
                m_ctx.out->line(line.trimmed().prepend(QStringLiteral("  ")));
            }
            closeAndFinish(0);
        });
        op->start();
    }

private:
    QString m_method;
    std::string m_key;
    const char *m_capability;
    QString m_noun;
};

} // namespace

QList<CommandSpec> catalogCommands()
{
    return {
        {QStringLiteral("resources"), QStringLiteral("resources TARGET"), QStringLiteral("list the server's resources"),
         QStringLiteral("Lists resources/list (all pages). --json prints the raw entries."),
         [](const CommandContext &ctx) -> Command * {
             return new CatalogCommand(ctx, QStringLiteral("resources/list"), "resources", "resources", QStringLiteral("resources"));
         }},
        {QStringLiteral("prompts"), QStringLiteral("prompts TARGET"), QStringLiteral("list the server's prompts"),
         QStringLiteral("Lists prompts/list (all pages). --json prints the raw entries."),
         [](const CommandContext &ctx) -> Command * {
             return new CatalogCommand(ctx, QStringLiteral("prompts/list"), "prompts", "prompts", QStringLiteral("prompts"));
         }},
    };
}

} // namespace mcpc::cli
