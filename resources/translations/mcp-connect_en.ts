<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About MCP Connect</source>
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
</context>
<context>
    <name>ConsentViewLoader</name>
    <message>
        <source>The sign-in view (%1) could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in view is not installed (looked for %1).</source>
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
    <name>HeadersEditor</name>
    <message>
        <source>Add header</source>
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
        <source>Calls this tool over and over with the arguments from the Call tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
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
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;padding:3px 18px 3px 0&apos;&gt;%1&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4</source>
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
        <source>From tool search to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, then ↑ ↓</source>
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
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-test this tool: many concurrent calls, latency and errors</source>
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
    <name>mcpc::ui::BrowserSignIn</name>
    <message>
        <source>Refusing to open a non-https authorization page (%1).</source>
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
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be removed completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Keyboard shortcuts</source>
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
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, ping and list the tools without saving</source>
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
        <source>Failed after %1 ms</source>
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
