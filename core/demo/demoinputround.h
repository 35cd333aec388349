#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <functional>

namespace mcpc::demo {

// One round of a multi round-trip request (MRTR, SEP-2322) as a tool or prompt sees it:
// the inputResponses the client sent back, the requestState it echoed (already checked
// and opened) and the capabilities it declared. A handler that needs more input answers
// with inputRequired(): an InputRequiredResult whose requestState is sealed for it.
struct DemoInputRound
{
    bool modern = false;                                   // false on the 2025 session path
    nlohmann::json responses = nlohmann::json::object();   // inputResponses (validated: object of objects)
    nlohmann::json state;                                  // opened requestState payload; null in round one
    nlohmann::json clientCapabilities = nlohmann::json::object();
    std::function<QString(const nlohmann::json &payload)> seal;

    bool hasCapability(const char *name) const
    {
        return clientCapabilities.is_object() && clientCapabilities.contains(name)
            && clientCapabilities.at(name).is_object();
    }
    // The response for one inputRequests key, or nullptr when the client sent none.
    const nlohmann::json *response(const char *key) const
    {
        auto it = responses.find(key);
        return it != responses.end() && it->is_object() ? &*it : nullptr;
    }
    // The elicitation answer's content field (accepted answers only), or "".
    QString elicitedText(const char *key, const char *field) const
    {
        const nlohmann::json *r = response(key);
        if (!r || r->value("action", "") != "accept" || !r->contains("content") || !r->at("content").is_object())
            return {};
        const nlohmann::json v = r->at("content").value(field, nlohmann::json());
        return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
    }
    nlohmann::json inputRequired(const nlohmann::json &inputRequests, const nlohmann::json &statePayload = nullptr) const
    {
        nlohmann::json r = {{"resultType", "input_required"}, {"inputRequests", inputRequests}};
        if (!statePayload.is_null() && seal)
            r["requestState"] = seal(statePayload).toStdString();
        return r;
    }
};

} // namespace mcpc::demo
