// Lives beside node_modules so its imports resolve. The reference peer for tests/bench: the official TypeScript SDK client.
//   node sdk-client.mjs list URL          -> connect, tools/list, close
//   node sdk-client.mjs calls URL N TOOL ARGS_JSON -> N sequential tools/call; prints CPU ms
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [mode, url, n, tool, args] = process.argv.slice(2);
const client = new Client({ name: 'bench', version: '1.0.0' });
const transport = new StreamableHTTPClientTransport(new URL(url));
await client.connect(transport);
if (mode === 'list') {
  const r = await client.listTools();
  console.log(JSON.stringify({ tools: r.tools.length }));
} else {
  const count = Number(n);
  const params = { name: tool, arguments: JSON.parse(args || '{}') };
  const start = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await client.callTool(params);
  const used = process.cpuUsage(start);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(JSON.stringify({ calls: count, cpuMs, wallMs: performance.now() - t0, cpuMsPerCall: cpuMs / count }));
}
await transport.terminateSession().catch(() => {});
await client.close();
