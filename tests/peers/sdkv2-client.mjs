// Lives beside node_modules so its imports resolve. The 2026-era TypeScript SDK client
// (@modelcontextprotocol/client 2.x) against an MCP URL:
//   node sdkv2-client.mjs URL auto|PIN
// connects with versionNegotiation mode 'auto' or { pin: PIN }, lists the tools, calls
// echo {"message":"hi"} and prints one JSON line: the negotiated version and era, the
// tool names, echo's text, and what the wire showed (protocol-version headers seen,
// whether any request carried a session id or was an initialize).
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const [url, mode] = process.argv.slice(2);
const wire = { versions: new Set(), methods: [], sessionIds: 0 };
const recordingFetch = async (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (headers.get('mcp-protocol-version')) wire.versions.add(headers.get('mcp-protocol-version'));
  if (headers.get('mcp-session-id')) wire.sessionIds++;
  if (typeof init.body === 'string') {
    try { wire.methods.push(JSON.parse(init.body).method); } catch { /* not JSON */ }
  }
  return fetch(input, init);
};

const negotiation = mode === 'auto' ? { mode: 'auto' } : { mode: { pin: mode } };
const client = new Client({ name: 'mcpc-sdkv2-interop', version: '1.0.0' }, { versionNegotiation: negotiation });
const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch });
await client.connect(transport);
const tools = await client.listTools();
const echo = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
console.log(JSON.stringify({
  negotiatedVersion: client.getNegotiatedProtocolVersion(),
  era: client.getProtocolEra(),
  tools: tools.tools.map((t) => t.name),
  echo: echo.content?.[0]?.text,
  wireVersions: [...wire.versions],
  wireMethods: wire.methods,
  sessionIdsSent: wire.sessionIds
}));
await client.close();
