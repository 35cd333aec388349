#pragma once

#include "clientconfig/jsonc/jsonvalue.h"

#include <QByteArray>

namespace mcpc::clientconfig {

// How the file is laid out, so inserted text looks like the user's own: indent unit
// (tabs or N spaces), line ending, and whether the file is one minified line.
struct JsoncFormat
{
    QByteArray eol = "\n";
    QByteArray indentUnit = "  ";
    bool singleLine = false; // no line break anywhere: keep additions on that line

    static JsoncFormat detect(const QByteArray &text);
};

// Serialises value the way the editor inserts it. Multi-line form puts each member on
// its own line, indented one unit deeper than baseIndent (JSON.stringify(v, null, unit));
// inline form is one line with the given separators.
struct JsoncWriteStyle
{
    bool multiLine = true;
    QByteArray baseIndent;
    QByteArray indentUnit = "  ";
    QByteArray eol = "\n";
    QByteArray colon = ": ";
    QByteArray comma = ", "; // inline form only
};

void writeJsonValue(QByteArray &out, const JsonValue &value, const JsoncWriteStyle &style);
QByteArray writeJsonMember(const QString &key, const JsonValue &value, const JsoncWriteStyle &style);

} // namespace mcpc::clientconfig
