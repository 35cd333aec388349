<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Connect %1&lt;/b&gt;&lt;p&gt;Connect AI clients to MCP servers, and see at a glance whether they work.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;MCP, 2026 era&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;MCP, 2025 era&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%4 (built with %5)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Secrets kept in&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLaunchButton</name>
    <message>
        <source>Open App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppViewLoader</name>
    <message>
        <source>The installed web view plugin is too old to show MCP Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This App is not shown: its HTML comes from the server, and Chromium&apos;s sandbox, which keeps such pages away from your files, cannot run here (as root, or without user namespaces). Start MCP Connect as a normal user, or, if you trust this server, with --no-sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>%1 — App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the App %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the App: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>%1 was not written by MCP Connect; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was not written by MCP Connect; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Connect to VS Code Insiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: preview, undo, open the file, copy the entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardAlert</name>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCardDetails</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path of %1&apos;s config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1&apos;s config folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy config snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the entry as MCP Connect would write it, to paste by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDriftBanner</name>
    <message>
        <source>Client config changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clientcardmenu</name>
    <message>
        <source>&amp;Preview changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect has not changed this client&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores %1 from MCP Connect&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy config &amp;snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clientmessages</name>
    <message>
        <source>Nothing to change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Added “%1” to %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Updated “%1” in %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed “%1” and deleted %2&lt;/b&gt;, which MCP Connect had created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed “%1” from %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1, which it had created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 from its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Undid “%1”:&lt;/b&gt; %2.&lt;br&gt;&lt;b&gt;Next:&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 rewrote its config and dropped “%2”.&lt;/b&gt; %3 no longer has the entry MCP Connect added (some clients drop entries when they update or restart). Reconnect adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” in %2 was changed outside MCP Connect.&lt;/b&gt; Reconnect to write it as the server needs it (you see the change first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted&lt;/b&gt;, and “%2” with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 can no longer be read.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;MCP Connect changes nothing in a file it cannot parse. Fix it (or restore a backup), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clientvisuals</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s config file cannot be read, so MCP Connect leaves it alone. Fix the file, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same URL as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this server&apos;s URL under another name (%2). Connecting adds “%3” as well; you may want only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in %2&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s config has “%2”, exactly as MCP Connect wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected — outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2&apos;s config differs from the server&apos;s current settings (its URL changed, say). Update rewrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed in %2&apos;s config since MCP Connect wrote it. Updating it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (added by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s config already has “%2” for this server; MCP Connect did not write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name taken by another entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s config has an entry named “%2” that MCP Connect did not write, and it differs from this server. Replacing it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect added “%1” to %2&apos;s config, and it is gone: the client or someone else removed it. Reconnect adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the preview again: it shows the entry and lets you replace it anyway (a backup is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off “Read headers from environment variables”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the server to %1 (letters, digits, “-” and “_”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bridge and --header-env cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mcp-remote bridge and header variables cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--project DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --header-env HEADER=VAR where the client supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose header environment variables in the preview, where the client supports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>mcp-connect: --bench-probe needs a number of seconds.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp-connect: --tab must be overview, tools, clients or log (got &apos;%1&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp-connect: --theme must be light, dark or system (got &apos;%1&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp-connect %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp-connect: unknown option &apos;%1&apos;. See mcp-connect --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mcp-connect [--demo [--no-auth]] [--theme light|dark|system] [LINK]

MCP Connect: add MCP servers, see at a glance whether they are up, what tools they
offer and what a &quot;user data&quot; call returns, and connect your AI clients to them.

LINK, an &quot;Add to MCP Connect&quot; link (mcp-connect://add?url=…&amp;name=…), opens the add
dialog pre-filled; nothing is added until you press Add. A running MCP Connect takes
the link (and comes to the front) instead of a second window opening.

Options:
  --demo            start the built-in demo MCP server on this computer (port 3000,
                    or a free port if 3000 is taken) and show it: no account, no network.
                    Sign-in is on, like a real server: press Sign in, then Allow on its
                    consent page (you are signed in as the demo user)
  --no-auth         with --demo: run the demo server without sign-in
  --no-sandbox      show sign-in pages in the app even where Chromium&apos;s sandbox
                    cannot run (as root, or without user namespaces; otherwise
                    they open in your web browser). Only for servers you trust
  --theme MODE      light, dark, or system (default)
  -h, --help        show this help
  -v, --version     show the version

Keyboard: Ctrl+N add server · F5 check now · Del remove · Ctrl+F search tools ·
Ctrl+Enter run tool · Ctrl+1..4 switch tabs · F1 all shortcuts

The same engine is scriptable: mcp-connect-cli --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompatibilitySection</name>
    <message>
        <source>✓ works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ will not load: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will not be available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectClientsPage</name>
    <message>
        <source>Client connections are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at every client&apos;s config file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh client status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting one of these creates its config file, ready for when you install it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLog</name>
    <message>
        <source>(not a JSON-RPC message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error  #%1  · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result  #</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestRow</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, ping and list the tools without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Open in my browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page tried to download a file; MCP Connect does not save files from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page stopped working. Try &quot;Open in my browser instead&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate this computer does not trust (%2), so the page was not opened. MCP Connect does not let you bypass this; if it is your company&apos;s server, its certificate authority must be added to the system&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your default browser, for example to sign in with a password manager or a security key. The answer still comes back to MCP Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentViewLoader</name>
    <message>
        <source>The sign-in view plugin has no sign-in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web view (%1) could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web view is not installed (looked for %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes to the config file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElicitationDialog</name>
    <message>
        <source>The server needs your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a confirmation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Your answer goes to %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryOptionsBox</name>
    <message>
        <source>Read %1 from &amp;environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable for the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry names the variables; %1 fills in their values when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the mcp-remote &amp;bridge (npx) instead of serverUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the mcp-remote &amp;bridge (npx) instead of a URL entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup guide&apos;s form: Windsurf runs `npx mcp-remote URL`, which signs in for it. For Windsurf builds that cannot sign in to remote servers themselves; needs Node.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Junie IDE plugins that run only local (stdio) servers: Junie runs `npx mcp-remote URL`, which signs in for it. Needs Node.js.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadersEditor</name>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <source>Latency chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadPanel</name>
    <message>
        <source>Start load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration or request count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this tool over and over with the arguments typed under Call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Notes &amp;&amp; server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages (method, id, text…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the status monitor&apos;s periodic pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected message (credentials are masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect quit unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect stopped unexpectedly last time. A short report was kept (where in the program it stopped; no tokens or passwords). Press Show Details to read it; it is also in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an MCP server by its URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping the selected server and list its tools again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected server&apos;s URL, transport or sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected server (you can undo for a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the selected server on its own page (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected server&apos;s tokens where it offers that, and delete them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the server&apos;s tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected tool with the form&apos;s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of servers (more room for the server&apos;s page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep monitoring in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start MCP Connect when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect your AI clients to MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a server on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server by its URL (https://example.com/mcp, or http://localhost:3000/mcp while you develop one) to see whether it is up, what tools it offers and what it knows about you. Or try the built-in demo server: no account, no network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigationpolicy</name>
    <message>
        <source>The page tried to load the sign-in answer inside a frame; MCP Connect blocked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked a navigation to an invalid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked an unencrypted page (http://%1). Sign-in pages must use HTTPS, so nobody on the network can read or change what you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Instructions from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>%1 in %2 is already up to date: there is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entry %2: there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the entry %1 to %2. Nothing else in the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1 with the entry %2 (the file does not exist yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the entry %1 in %2. Nothing else in the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the entry %1 from %2. Nothing else in the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes %1 and deletes %2, which MCP Connect created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was edited by hand&lt;/b&gt; since MCP Connect wrote it. %2 it throws those edits away (the backup keeps them); the lines marked − below are what goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file already has an entry named %1 that MCP Connect did not write.&lt;/b&gt; %2 it throws that entry away (the backup keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> To keep both, cancel and choose another entry name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSignIn</name>
    <message>
        <source>The sign-in metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server denied access, so MCP Connect received no token and stored nothing. If you chose Deny by mistake, press Sign in and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>&amp;Export Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from AI &amp;Clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers × &amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your servers to a JSON file, without sign-ins or header values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the servers that Cursor, VS Code, Claude… already have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which %1 config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerClientMatrixDialog</name>
    <message>
        <source>Servers × Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of your servers is in which AI client&apos;s config, as each client card sees it. Select a cell to open that client&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers by clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved server keeps its name: clients refer to it. To rename, add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): header values will be kept in memory for this run only, and never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHeader</name>
    <message>
        <source>Insecure HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping the server and list its tools again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the URL, transport or sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use HTTPS URLs in production environments. HTTP connections are not secure and may not work with all MCP clients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerListPanel</name>
    <message>
        <source>No servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers you add appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data and server facts (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and run tools (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this server to Cursor, VS Code, Claude… (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC traffic and diagnostics (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;padding:2px 18px 2px 0&apos;&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos; style=&apos;padding:10px 0 2px 0&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File menu, or Undo in the import&apos;s banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tool search to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, then ↑ ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected tool once (Call panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test the selected tool: many calls, with a chart (Load panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tool&apos;s App, for a tool that has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open App, over the Call and Load panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste the address into a browser to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens where the server offers it and delete them from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so a sign-in is kept in memory for this session only: you sign in again after restarting MCP Connect. Tokens are never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>tool error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy task ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to stop this task (tasks/cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result of task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallPanel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tool (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to stop (notifications/cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tool to see its result here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolForm</name>
    <message>
        <source>This tool takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolResultView</name>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <source>Pick a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool on the left to see its arguments and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tools  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected tool with the arguments you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-test the selected tool: many concurrent calls, latency and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or load-test the tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraySettings</name>
    <message>
        <source>There is no system tray on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect will start when you log in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect will no longer start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traystatus</name>
    <message>
        <source>MCP Connect: no servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect: %1 of %2 servers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Needs sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDataCard</name>
    <message>
        <source>User data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the user-data tool again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh user data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user data appears once the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebSandbox</name>
    <message>
        <source>The sign-in page runs without Chromium&apos;s sandbox (QTWEBENGINE_DISABLE_SANDBOX or --no-sandbox); only sign in to servers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect is running as root, where the sign-in view&apos;s Chromium sandbox cannot run, so sign-in opens in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not allow the user namespaces the sign-in view&apos;s Chromium sandbox needs, so sign-in opens in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::AppBridge</name>
    <message>
        <source>the App sent something that is not a JSON-RPC 2.0 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App sent a request without a method name or with non-object params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App sent a request with an invalid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send ui/initialize first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https links can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ui/message needs text content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method not supported by this host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools/call needs a tool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools/call arguments must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user did not allow this App to call tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::AppLaunchButton</name>
    <message>
        <source>This tool has an App (%1): call it and show its interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::AppRequestInterceptor</name>
    <message>
        <source>not part of this App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1: scheme is not allowed in Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an App cannot navigate away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an App cannot navigate away or frame an origin it did not declare in frameDomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App did not declare this origin in connectDomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App did not declare this origin in resourceDomains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::AppWebPage</name>
    <message>
        <source>an App cannot navigate away (use a link: it opens in your browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the App asked for a permission it did not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::AppWindow</name>
    <message>
        <source>This tool has no App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the App?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App of %1 asks to use %2. Allow it for this window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the App call tools?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium&apos;s sandbox is off (--no-sandbox): this App&apos;s HTML runs without it. Only open Apps from servers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App wants to call the tool &quot;%1&quot; on the server. Allow this App to call the server&apos;s tools while this window is open?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::BrowserSignIn</name>
    <message>
        <source>Refusing to open a non-https authorization page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ClientCard</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the config file first: MCP Connect does not write a file it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from %2&apos;s config (you see the change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “%1” into %2&apos;s config (you see the change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back exactly as it was before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the change to %1&apos;s config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ClientCardAlert</name>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not undone.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Restoring the backup anyway discards those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was written.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ClientCardDetails</name>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks installed: this exists on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on this computer, but its config file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on this computer: connecting creates the file for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not exist yet. Click to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose one with --vscode-profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose one in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens its own install prompt and writes the entry itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ClientDriftBanner</name>
    <message>
        <source>&lt;b&gt;%2 rewrote its config and dropped “%1”.&lt;/b&gt; The entry MCP Connect added is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” in %2&apos;s config was changed&lt;/b&gt; outside MCP Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s config file was deleted&lt;/b&gt;, and “%2” with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s config file can no longer be read&lt;/b&gt;; “%2” may not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::CompatibilitySection</name>
    <message>
        <source>Hide the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s tools against each client&apos;s rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check compatibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Works in all %1 clients, by their rules with sources (mcp-connect-cli compat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will the server work in each client? From per-client rules with sources (mcp-connect-cli compat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility details for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the bridge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (checked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;i&gt;unverified&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Fix: %4&lt;br&gt;Source: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ConnectClientsPage</name>
    <message>
        <source>Add this server to your AI clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; to your AI clients. MCP Connect edits each client&apos;s config file for you: only the &lt;b&gt;%1&lt;/b&gt; entry changes, you see the change first, a backup is kept, and it tells you when a client needs a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to this server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on this computer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 need%2 attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ConnectionLog</name>
    <message>
        <source>→ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unparsable frame, %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ConnectionTestRow</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected to %1%2 · %3 tool%4 · %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
MCP %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The server wants credentials: choose OAuth or headers under Sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ConsentDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requested: what the server grants by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it into a browser on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Not encrypted (on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own sign-in page. MCP Connect never sees your password; it receives a token only if you allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page is open in your default browser. Finish there: when you allow access, the browser hands the answer to MCP Connect on %1 and this window closes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ConsentView</name>
    <message>
        <source>Refusing to open a non-https authorization page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the sign-in window before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::DeeplinkHandler</name>
    <message>
        <source>An &quot;Add to MCP Connect&quot; link was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ElicitationDialog</name>
    <message>
        <source>(choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields need your attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::EntryOptionsBox</name>
    <message>
        <source>%1 cannot read headers from environment variables, and MCP Connect never writes a token into its file. The entry has no headers: %1 signs in to the server itself (OAuth), if the server allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is &lt;b&gt;not&lt;/b&gt; written into the file: %1 reads each header&apos;s full value (such as “Bearer …”) from the variable when it starts. Set the variable where %1 is started from (your session or shell profile), then restart %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the entry has no headers and no token goes into the file; %1 must sign in to the server another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::HeadersEditor</name>
    <message>
        <source>Header, e.g. X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name (letters, digits and - only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for the header &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one header, e.g. Authorization or X-API-Key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ImportPreviewDialog</name>
    <message>
        <source>Named “%1” in the client&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already saved, identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already saved as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name taken by another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::LoadChart</name>
    <message>
        <source>888.8 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency appears here while a load test runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::LoadPanel</name>
    <message>
        <source>Load-test another machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s · %2 calls · %3 calls/s · p50 %4 · p99 %5 · %6 failed · %7 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer. A load test against a server you do not own is an attack.

Send %2 concurrent calls of %3? (At most %4 calls at once and %5 s against another machine.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::MainWindow</name>
    <message>
        <source>Add a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a built-in MCP server inside MCP Connect, on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved servers could not be read: %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo server running at %1 (saved as “%2” for this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved servers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::OverviewTab</name>
    <message>
        <source>Sign in to see your user data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server shows who you are only after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The user data appears once the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user-data tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no tool named get_user_data (or like it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no tool named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Available tools: %1
Pick one under Edit → User-data tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool passes the rules of all %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: Connect clients ▸ Compatibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::PreviewDialog</name>
    <message>
        <source>Config &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name in %1&apos;s list: 1 to 64 letters, digits, “-” or “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name every client accepts, made from the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be written.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;A backup is kept: &lt;b&gt;Undo&lt;/b&gt; on %1&apos;s card puts the file back exactly as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (after writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ProfileRemover</name>
    <message>
        <source>Could not delete a stored secret of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ProfileSaver</name>
    <message>
        <source>A server named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the value of &apos;%1&apos; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or start your keyring (e.g. GNOME Keyring, KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ProfileSignIn</name>
    <message>
        <source>mcp-connect-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not ask for sign-in; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not confirm the revocation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the stored sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. The server revoked the tokens and the local copy is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1; the local tokens were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. The server offers no revocation, so the local tokens were deleted; they stay valid at the server until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ProfileTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 server(s) to %2. Sign-ins and header values stay in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect servers (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers in %1. Tick the ones to add; sign-ins and header values are not part of the file, so servers that need them ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect servers (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the AI clients on this computer has a server in its config yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from AI Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers your AI clients already have. Tick the ones to add to MCP Connect; their files are only read. Header values and environment variables stay in the clients&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ScopePicker</name>
    <message>
        <source>User settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-wide file: every project sees the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mcp.json of the %1 profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in a project folder, shared with everyone who opens that project (and can be committed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you, only in that project (kept in ~/.claude.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ServerClientMatrixDialog</name>
    <message>
        <source>Reading the clients&apos; config files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved servers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client entry for your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client entries for your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 1 needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ServerClientMatrixModel</name>
    <message>
        <source>%1 is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ServerDialog</name>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Streamable HTTP, falls back to SSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamable HTTP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy HTTP+SSE (2024-11-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local command (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npx -y @modelcontextprotocol/server-everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with OAuth (browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving, use Sign in on the server&apos;s page. Tokens go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically (get_user_data, whoami…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP to this server anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-&amp;data tool (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server from a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is fine for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, - and _ (up to 64): every client accepts those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth sign-in applies to HTTP servers; a local command gets its credentials from its environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This URL sends everything, sign-in tokens included, unencrypted to another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link asks to add this server to MCP Connect. Check the address: nothing is added until you press Add server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an MCP server by its URL. While you develop one, http://localhost:3000/mcp is fine; in production use https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ServerHeader</name>
    <message>
        <source>Press Sign in to open the server&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server&apos;s sign-in page (OAuth) inside MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in (OAuth) is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ServerRemoval</name>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be removed completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::SignInController</name>
    <message>
        <source>Primary Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch %1 to OAuth sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The sign-in page opens in your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1; nothing to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::SignInPanel</name>
    <message>
        <source>No expiry given by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-registered client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID metadata document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered automatically (dynamic registration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect uses this sign-in for every check and tool call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the access on the sign-in page. This card updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the tokens and deleting them from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside MCP Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses OAuth. Sign in on its own page, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (a refresh token is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible: sign in again when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only who is signed in and until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the authorization server, permissions and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser should show the sign-in page now. If it did not appear, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started. Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect uses this sign-in for every check and tool call, and renews it before it expires when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the access on the sign-in page in your browser. This card updates when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to %1 is no longer accepted and could not be renewed, so MCP Connect stopped using it. Sign in again to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses OAuth. Sign in on its own page, %2; the tokens are kept in the system keychain (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::StatusBadge</name>
    <message>
        <source>Sign in to let MCP Connect use this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting and negotiating the protocol…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::StatusSummary</name>
    <message>
        <source>%1 server%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need%2 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header values and tokens are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: secrets are kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::TaskList</name>
    <message>
        <source>TASKS · %1 RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::TaskRow</name>
    <message>
        <source>needs input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ToolCallPanel</name>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tool to see its result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable result after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool error after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tool (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as task %1 (see Tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs this call as a task. Its result shows here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ToolForm</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ … ]  (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ … }  (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nests JSON deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ToolResultView</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error (isError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool returned no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image (%1) that could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔗 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔗 &lt;b&gt;%1&lt;/b&gt; &lt;span&gt;%2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::ToolsTab</name>
    <message>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool on the left to see its arguments and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tool%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server lists no tools. If you expect some, check that they are implemented and enabled on the server (the seed guide&apos;s &quot;Tool not available&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::TrayIcon</name>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Connect cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open MCP Connect and press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In about %1 minutes, and the server gave no way to renew it. Sign in again then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpc::ui::UserDataCard</name>
    <message>
        <source>calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get the user data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
