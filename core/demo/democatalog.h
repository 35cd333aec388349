#pragma once

#include "demo/demoinputround.h"
#include "demo/demotool.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace mcpc::demo {

struct DemoResource
{
    QString uri;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    QByteArray text;      // text resources
    QByteArray blob;      // binary resources (raw bytes; sent base64)
    bool binary = false;

    nlohmann::json toJson() const;     // entry of resources/list
    nlohmann::json contents() const;   // entry of resources/read "contents"
};

// A URI template with {name} placeholders (RFC 6570 level 1), e.g. "demo://greeting/{name}".
struct DemoResourceTemplate
{
    QString uriTemplate;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    std::function<DemoResource(const QString &uri, const QMap<QString, QString> &variables)> resolve;

    nlohmann::json toJson() const;
    std::optional<QMap<QString, QString>> match(const QString &uri) const;
};

struct DemoPromptArgument
{
    QString name;
    QString description;
    bool required = false;
    QStringList suggestions; // offered by completion/complete
};

struct DemoPrompt
{
    QString name;
    QString title;
    QString description;
    QList<DemoPromptArgument> arguments;
    // Returns the "messages" array for prompts/get.
    std::function<nlohmann::json(const QMap<QString, QString> &arguments)> render;
    // Instead of render, for prompts that may ask for input (MRTR): returns a complete
    // GetPromptResult or an InputRequiredResult.
    std::function<nlohmann::json(const QMap<QString, QString> &arguments, const DemoInputRound &input)> interactive;
    bool modernOnly = false; // listed and served only on MCP 2026-07-28 requests

    nlohmann::json toJson() const;
};

// Everything the demo server lists: tools, resources, templates and prompts.
struct DemoCatalog
{
    QList<DemoTool> tools;
    QList<DemoResource> resources;
    QList<DemoResourceTemplate> templates;
    QList<DemoPrompt> prompts;

    const DemoTool *tool(const QString &name) const;
    const DemoPrompt *prompt(const QString &name) const;
    std::optional<DemoResource> resource(const QString &uri) const; // static or from a template

    static DemoCatalog builtIn(); // built-in tools plus a couple of resources and prompts
};

} // namespace mcpc::demo
