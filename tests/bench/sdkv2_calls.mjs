// Benchmark helper (not a test): the 2026-era TypeScript SDK client
// (@modelcontextprotocol/client 2.x) makes N sequential tools/call on one connection
// and prints the client's CPU time per call as one JSON line.
//   node22 sdkv2_calls.mjs PEERS_DIR URL N TOOL ARGS_JSON
import { createRequire } from 'node:module';
import path from 'node:path';

const [peers, url, n, tool, argsJson] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(peers), 'package.json'));
const { Client, StreamableHTTPClientTransport } = require('@modelcontextprotocol/client');

const count = Number(n);
const args = JSON.parse(argsJson || '{}');
const client = new Client({ name: 'mcpc-bench', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
await client.connect(new StreamableHTTPClientTransport(new URL(url)));
await client.callTool({ name: tool, arguments: args }); // warm-up, as ours connects first
const t0 = performance.now();
const start = process.cpuUsage();
for (let i = 0; i < count; i++) {
  const r = await client.callTool({ name: tool, arguments: args });
  if (r.isError) throw new Error(`call ${i} failed: ${JSON.stringify(r.content)}`);
}
const used = process.cpuUsage(start);
const cpuMs = (used.user + used.system) / 1000;
console.log(JSON.stringify({ calls: count, era: client.getProtocolEra(), version: client.getNegotiatedProtocolVersion(),
  cpuMs, wallMs: performance.now() - t0, cpuMsPerCall: cpuMs / count }));
await client.close();
