// An SDK v2 (2026-07-28) MCP server for the interop tests, with one `echo` tool.
//   node22 sdkv2-server.mjs http PORT modern|dual   Streamable HTTP on 127.0.0.1:PORT/mcp
//   node22 sdkv2-server.mjs stdio                   stdio (dual-era, serveStdio)
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The peers live in tests/peers/node_modules (MCPC_PEERS when run by ctest), not next to
// this file, so resolve them from there.
const peers = process.env.MCPC_PEERS || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'peers');
const require = createRequire(path.join(peers, 'package.json'));
const { McpServer, createMcpHandler } = require('@modelcontextprotocol/server');
const { toNodeHandler } = require('@modelcontextprotocol/node');
const { serveStdio } = require('@modelcontextprotocol/server/stdio');
const z = require('zod');

function factory() {
  const server = new McpServer({ name: 'sdkv2-echo', version: '2.0.0' }, { capabilities: { tools: {} } });
  server.registerTool('echo', { description: 'Echoes the message back', inputSchema: z.object({ message: z.string() }) },
    async ({ message }) => ({ content: [{ type: 'text', text: `Echo: ${message}` }] }));
  return server;
}

const [mode, port, era] = process.argv.slice(2);
if (mode === 'stdio') {
  serveStdio(factory);
} else {
  const handler = createMcpHandler(factory, era === 'modern' ? { legacy: 'reject' } : {});
  const node = toNodeHandler(handler);
  createServer((req, res) => {
    if (!req.url.startsWith('/mcp')) { res.writeHead(404).end(); return; }
    node(req, res);
  }).listen(Number(port), '127.0.0.1', () => console.error(`listening on ${port}`));
}
