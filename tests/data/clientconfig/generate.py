#!/usr/bin/env python3
"""Regenerates the client-config fixture corpus (deterministic; the output is committed).

Layout: <client>/<fixture>   files tst_clientfixtures connects to, updates, disconnects from
        <client>/reject/*    files the client's own parser rejects: we must refuse them too
        big/big.{json,jsonc,toml}  >= 1 MiB files, shared by every client of that dialect

Each client starts from a realistic file (entries other tools wrote, the client's own
keys) and is varied into CRLF, BOM, tabs, unicode, minified, empty and missing-parent forms.
Run: python3 tests/data/clientconfig/generate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def write(rel, text):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode("utf-8") if isinstance(text, str) else text)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def tabs(text):
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        out.append("\t" * ((len(line) - len(stripped)) // 2) + stripped)
    return "\n".join(out)


BOM = "\ufeff"

# --- strict-JSON clients -------------------------------------------------------------

STRICT = {
    "cursor": ("mcpServers", {
        "github": {"url": "https://api.githubcopilot.com/mcp/",
                   "headers": {"Authorization": "Bearer ${env:GITHUB_TOKEN}"}},
        "playwright": {"command": "npx", "args": ["@playwright/mcp@latest"]},
        "toolhive-fetch": {"type": "http", "url": "http://127.0.0.1:41234/mcp"},
    }, {}),
    "claude-desktop": ("mcpServers", {
        "filesystem": {"command": "npx",
                       "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/ana/Desktop"]},
        "mcp-router": {"command": "npx", "args": ["-y", "mcpr-cli@latest", "connect"],
                       "env": {"MCPR_TOKEN": "${MCPR_TOKEN}"}},
    }, {"preferences": {"quickEntryShortcut": "off", "menuBarEnabled": False}}),
    "windsurf": ("mcpServers", {
        "github": {"serverUrl": "https://api.githubcopilot.com/mcp/",
                   "headers": {"Authorization": "Bearer ${env:GITHUB_PAT}"}},
        "context7": {"command": "npx", "args": ["-y", "@upstash/context7-mcp"]},
    }, {}),
    "cline": ("mcpServers", {
        "github.com/modelcontextprotocol/servers/tree/main/src/fetch": {
            "command": "uvx", "args": ["mcp-server-fetch"], "disabled": False, "autoApprove": []},
        "linear": {"type": "streamableHttp", "url": "https://mcp.linear.app/mcp", "disabled": True,
                   "autoApprove": ["list_issues"], "timeout": 60},
    }, {}),
    "lmstudio": ("mcpServers", {
        "hf-mcp-server": {"url": "https://huggingface.co/mcp",
                          "headers": {"Authorization": "Bearer <YOUR_HF_TOKEN>"}},
    }, {}),
    "junie": ("mcpServers", {
        "youtrack": {"url": "https://youtrack.example.com/mcp",
                     "headers": {"Authorization": "Bearer ${YOUTRACK_TOKEN}"}},
        "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres",
                                                "postgresql://localhost/shop"], "env": {}},
    }, {}),
}

CLAUDE_JSON_EXTRA = {
    "numStartups": 42,
    "installMethod": "global",
    "autoUpdates": False,
    "tipsHistory": {"new-user-warmup": 1, "memory-command": 7},
    "userID": "3f1c0c6a5f0e4b0fa0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3",
    "firstStartTime": "2026-03-01T09:12:44.120Z",
    "projects": {
        "/home/ana/src/shop": {
            "allowedTools": [], "history": [{"display": "fix the checkout test", "pastedContents": {}}],
            "mcpContextUris": [], "mcpServers": {"db": {"type": "stdio", "command": "npx",
                                                        "args": ["-y", "@bytebase/dbhub"], "env": {}}},
            "enabledMcpjsonServers": [], "disabledMcpjsonServers": [], "hasTrustDialogAccepted": True,
            "lastCost": 0.4213, "lastDuration": 185432},
    },
    "hasCompletedOnboarding": True,
    "lastOnboardingVersion": "2.1.332",
}
STRICT["claude-code"] = ("mcpServers", {
    "sentry": {"type": "http", "url": "https://mcp.sentry.dev/mcp"},
    "fs": {"type": "stdio", "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
           "env": {}},
}, CLAUDE_JSON_EXTRA)

UNICODE_SERVER = {"ünïcødé-docs": {"url": "https://例え.jp/mcp", "description": "Doku für Ärzte — 日本語 ✓ 😀"}}


def json_doc(root_key, servers, extra, indent=2, servers_first=False):
    doc = {}
    if servers_first:
        doc[root_key] = servers
        doc.update(extra)
    else:
        doc.update(extra)
        doc[root_key] = servers
    return json.dumps(doc, indent=indent, ensure_ascii=False)


def strict_corpus(client, root_key, servers, extra):
    base = json_doc(root_key, servers, extra) + "\n"
    write(f"{client}/base.json", base)
    write(f"{client}/crlf.json", crlf(base))
    write(f"{client}/bom.json", BOM + base)
    write(f"{client}/tabs.json", tabs(base))
    write(f"{client}/unicode.json", json_doc(root_key, {**servers, **UNICODE_SERVER},
                                             {"comment": "Grüße aus Zürich", **extra}) + "\n")
    write(f"{client}/minified.json", json.dumps({**extra, root_key: servers}, separators=(",", ":"),
                                                ensure_ascii=False))
    write(f"{client}/four-spaces-no-final-newline.json", json_doc(root_key, servers, extra, indent=4))
    write(f"{client}/empty-object.json", "{}\n")
    write(f"{client}/empty-servers.json", json_doc(root_key, {}, extra) + "\n")
    write(f"{client}/no-servers-key.json", json.dumps(extra or {"theme": "dark"}, indent=2) + "\n")
    write(f"{client}/empty-file.json", "")
    write(f"{client}/reject/comment.json", "{\n  // my servers\n" + base[2:])
    write(f"{client}/reject/trailing-comma.json", base.rstrip().rstrip("}").rstrip() + ",\n}\n")


# --- JSONC clients -------------------------------------------------------------------

VSCODE = """{
\t// MCP servers for this machine. See https://code.visualstudio.com/docs/copilot/chat/mcp-servers
\t"inputs": [
\t\t{
\t\t\t"type": "promptString",
\t\t\t"id": "github-token",
\t\t\t"description": "GitHub Personal Access Token",
\t\t\t"password": true
\t\t}
\t],
\t"servers": {
\t\t"github": {
\t\t\t"type": "http",
\t\t\t"url": "https://api.githubcopilot.com/mcp/",
\t\t\t"headers": { "Authorization": "Bearer ${input:github-token}" }
\t\t},
\t\t/* stdio server added by `code --add-mcp` */
\t\t"playwright": {
\t\t\t"command": "npx",
\t\t\t"args": ["@playwright/mcp@latest"],
\t\t\t"type": "stdio",
\t\t}, // trailing comma: VS Code accepts it
\t}
}
"""

ZED = """// Zed settings
//
// For information on how to configure Zed, see the Zed
// documentation: https://zed.dev/docs/configuring-zed
//
// To see all of Zed's default settings without changing your
// custom settings, run `zed: open default settings` from the
// command palette (cmd-shift-p / ctrl-shift-p)
{
  "ui_font_size": 16,
  "buffer_font_size": 15,
  "theme": {
    "mode": "system",
    "light": "One Light",
    "dark": "One Dark",
  },
  "context_servers": {
    // installed by the MCP extension
    "mcp-server-github": {
      "source": "extension",
      "enabled": true,
      "settings": { "github_personal_access_token": "${GITHUB_TOKEN}" }
    },
    "linear": { "url": "https://mcp.linear.app/mcp" } // OAuth: no header
  },
  "vim_mode": false, /* toggled often */
}
"""

OPENCODE = """{
  "$schema": "https://opencode.ai/config.json",
  // Theme and model
  "theme": "opencode",
  "model": "anthropic/claude-sonnet-4-5",
  "mcp": {
    "context7": {
      "type": "remote",
      "url": "https://mcp.context7.com/mcp",
      "enabled": true,
    },
    "everything": {
      "type": "local",
      "command": ["npx", "-y", "@modelcontextprotocol/server-everything"],
      "environment": { "DEBUG": "0" },
      "enabled": false,
    },
  },
}
"""

GEMINI = """{
  // Gemini CLI user settings
  "theme": "GitHub",
  "selectedAuthType": "oauth-personal",
  "mcpServers": {
    "legacy-docs": {
      "httpUrl": "https://docs.example.com/mcp",
      "timeout": 30000
    },
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "."],
      "trust": false
    }
  },
  "mcp": { "excluded": ["experimental"] }
}
"""


# A Continue drop-in (~/.continue/mcpServers/*.json, read with comment-json): Claude notation.
CONTINUE = """{
  // Copied from the Claude Desktop config, as Continue's docs suggest
  "mcpServers": {
    "filesystem": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/ana/notes"]
    },
    /* remote, signs in with OAuth */
    "linear": { "type": "sse", "url": "https://mcp.linear.app/sse" }
  }
}
"""


def jsonc_corpus(client, base, ext, trailing_ok=True, last_member='"trust": false'):
    write(f"{client}/base.{ext}", base)
    write(f"{client}/crlf.{ext}", crlf(base))
    write(f"{client}/bom.{ext}", BOM + base)
    write(f"{client}/spaces.{ext}", base.replace("\t", "    "))
    write(f"{client}/tabs.{ext}", tabs(base.replace("\t", "  ")))
    write(f"{client}/unicode.{ext}", base.replace("{\n", "{\n  // Grüße — 日本語 ✓ 😀\n  \"ünïcødé\": \"wert ✓\",\n", 1))
    write(f"{client}/empty-object.{ext}", "{}\n")
    write(f"{client}/comments-only-object.{ext}", "{\n  // nothing here yet\n}\n")
    write(f"{client}/empty-file.{ext}", "")
    write(f"{client}/reject/missing-comma.{ext}", base.replace(",\n", "\n", 1))
    if not trailing_ok:
        write(f"{client}/reject/trailing-comma.{ext}", base.replace(last_member, last_member + ",", 1))


# --- TOML (Codex) --------------------------------------------------------------------

CODEX = """# Codex CLI configuration
model = "gpt-5-codex"
model_reasoning_effort = "high"
approval_policy = "on-request"

[projects."/home/ana/src/shop"]
trust_level = "trusted"

# Docs server, signed in with `codex mcp login docs`
[mcp_servers.docs]
url = "https://docs.example.com/mcp"
startup_timeout_sec = 20 # seconds

[mcp_servers.docs.oauth]
client_id = "codex-docs"

[mcp_servers.fs]
command = "npx"
args = [
  "-y",
  "@modelcontextprotocol/server-filesystem",
  "/home/ana",
]

[mcp_servers.fs.env]
LOG_LEVEL = "warn"

[profiles.fast]
model = "gpt-5-mini"
"""


def toml_corpus():
    write("codex/base.toml", CODEX)
    write("codex/crlf.toml", crlf(CODEX))
    write("codex/tabs.toml", CODEX.replace("  \"", "\t\""))
    write("codex/unicode.toml", CODEX.replace("# Codex CLI configuration", "# Codex — Grüße 日本語 ✓ 😀\nnotice = \"für Ärzte ✓\""))
    write("codex/no-final-newline.toml", CODEX.rstrip("\n"))
    write("codex/model-only.toml", "model = \"o3\"\n")
    write("codex/empty-file.toml", "")
    write("codex/mcp-servers-header.toml", "[mcp_servers]\n\n[mcp_servers.other]\nurl = \"https://other.example/mcp\"\n")
    write("codex/reject/syntax-error.toml", CODEX.replace('approval_policy = "on-request"', 'approval_policy = on-request'))
    write("codex/reject/duplicate-table.toml", CODEX + "\n[mcp_servers.docs]\nurl = \"https://again\"\n")


# --- big files -----------------------------------------------------------------------

def big_files():
    rng = random.Random(4)
    projects = {}
    while len(json.dumps(projects)) < 760_000:  # ~1.1 MiB once indented
        name = f"/home/ana/src/project-{len(projects):05d}"
        projects[name] = {"allowedTools": ["Bash(npm test)", "Edit"], "history": [
            {"display": "refactor módulo " + str(rng.randint(0, 10 ** 9)), "pastedContents": {}}
            for _ in range(rng.randint(1, 6))], "mcpServers": {}, "hasTrustDialogAccepted": True,
            "lastCost": round(rng.random(), 4)}
    big = {"numStartups": 1234, "projects": projects, "mcpServers": {"sentry": {"type": "http", "url": "https://mcp.sentry.dev/mcp"}}}
    write("big/big.json", json.dumps(big, indent=2, ensure_ascii=False))

    lines = ["// A big settings file: many languages, many comments", "{"]
    i = 0
    while sum(len(l) + 1 for l in lines) < 1_150_000:
        lines.append(f"  // language block {i}")
        # Comments but no trailing commas, so Gemini's dialect accepts it too.
        lines.append(f'  "[lang-{i}]": {{ "editor.tabSize": {rng.randint(2, 8)}, "editor.rulers": [80, 120] }}, /* Ü{i} */')
        i += 1
    lines.append('  "servers": {},')
    lines.append('  "mcpServers": {},')
    lines.append('  "context_servers": {},')
    lines.append('  "mcp": {}')
    lines.append("}")
    write("big/big.jsonc", "\n".join(lines) + "\n")

    toml = ["# big Codex config", 'model = "o3"', ""]
    i = 0
    while sum(len(l) + 1 for l in toml) < 1_150_000:
        toml += [f'[projects."/home/ana/src/project-{i:05d}"]', 'trust_level = "trusted"', f"# note {rng.randint(0, 10 ** 9)}", ""]
        i += 1
    write("big/big.toml", "\n".join(toml))


if __name__ == "__main__":
    for client, (key, servers, extra) in STRICT.items():
        strict_corpus(client, key, servers, extra)
    write("claude-code/claude-written.json", json_doc("mcpServers", STRICT["claude-code"][1], CLAUDE_JSON_EXTRA))  # no final newline, as Claude writes
    jsonc_corpus("vscode", VSCODE, "json")
    jsonc_corpus("vscode-insiders", VSCODE, "json")
    jsonc_corpus("zed", ZED, "json")
    jsonc_corpus("opencode", OPENCODE, "jsonc")
    jsonc_corpus("gemini-cli", GEMINI, "json", trailing_ok=False)
    jsonc_corpus("continue", CONTINUE, "json", trailing_ok=False, last_member='"url": "https://mcp.linear.app/sse" }')
    # VS Code's legacy settings.json "mcp" block (the seed's instructions): detected, never written.
    write("vscode/legacy/settings.json", '{\n  "editor.fontSize": 14,\n  "mcp": {\n    "inputs": [],\n    "servers": {\n      "clerk-mcp-server": { "url": "http://localhost:3000/mcp" }\n    }\n  }\n}\n')
    toml_corpus()
    big_files()
