// A loopback MCP server (Streamable HTTP, JSON replies) that answers initialize
// properly and then replies to everything else with hostile JSON, to prove the
// client refuses it with a clear message instead of crashing.
//   node hostile_json_server.mjs MODE PORTFILE
// MODE: deep (tools/list result nested DEPTH levels, default 200000),
//       utf8 (a reply with an ill-formed UTF-8 byte in a string),
//       deep-sse (the deep reply as one SSE event),
//       types (every field the client reads, with the wrong JSON type: capabilities,
//       annotations, schemas, isError, content, a progress notification).
import http from 'node:http';
import fs from 'node:fs';

const [mode, portFile] = process.argv.slice(2);
const depth = Number(process.env.HOSTILE_DEPTH || 200000);

function deepReply(id) {
  // {"jsonrpc":"2.0","id":N,"result":{"tools":[[[[...]]]]}} : depth arrays inside.
  return Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"tools":` +
    '['.repeat(depth) + ']'.repeat(depth) + '}}');
}

// Right names, wrong types. Each one once reached nlohmann's value(key, default), which
// throws type_error when the member has another type, and nothing caught it.
const wrongTypeTools = [{
  name: 'typed', title: 5, description: 6,
  inputSchema: { type: 'object', description: [], properties: {
    a: { type: 5, description: 6, title: 7, format: 8, default: {} },
    b: { type: 'string', enum: [1, 'x'] } }, required: [1, 'a'] },
  annotations: { readOnlyHint: 'yes', destructiveHint: 1, openWorldHint: [], title: 5 },
  _meta: { ui: { resourceUri: 5 } } }];

function typesReply(msg) {
  if (msg.method === 'tools/list')
    return { jsonrpc: '2.0', id: msg.id, result: { tools: wrongTypeTools, nextCursor: null } };
  if (msg.method === 'tools/call')
    return { jsonrpc: '2.0', id: msg.id, result: { isError: 'yes', structuredContent: 5,
      content: [{ type: 5, text: 6 }, { type: 'text', text: 'still here' }] } };
  return { jsonrpc: '2.0', id: msg.id, result: {} };
}

function utf8Reply(id) {
  const head = Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"tools":[{"name":"bad`);
  return Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('","inputSchema":{"type":"object"}}]}}')]);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    let msg;
    try { msg = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.writeHead(400).end(); return; }
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    if (msg.method === 'initialize') {
      res.writeHead(200, { 'content-type': 'application/json', 'mcp-session-id': 'hostile-1' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result: {
        protocolVersion: msg.params?.protocolVersion ?? '2025-06-18',
        capabilities: mode === 'types' ? { tools: 5, logging: 'x', extensions: 7 } : { tools: {} },
        serverInfo: mode === 'types' ? { name: 'hostile', version: 1, title: [] } : { name: 'hostile', version: '1.0.0' },
        ...(mode === 'types' ? { instructions: 7 } : {}) } }));
      return;
    }
    if (mode === 'types' && msg.method === 'server/discover') {
      res.writeHead(400).end(); // a 2025-era server: the client falls back to initialize
    } else if (mode === 'types') {
      // A progress notification with the wrong types first, then the reply, as SSE.
      const token = msg.params?._meta?.progressToken;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (token !== undefined)
        res.write('event: message\ndata: ' + JSON.stringify({ jsonrpc: '2.0', method: 'notifications/progress',
          params: { progressToken: token, progress: 'half', total: [], message: 9 } }) + '\n\n');
      res.end('event: message\ndata: ' + JSON.stringify(typesReply(msg)) + '\n\n');
    } else if (mode === 'utf8') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(utf8Reply(msg.id));
    } else if (mode === 'deep-sse') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(Buffer.concat([Buffer.from('event: message\ndata: '), deepReply(msg.id), Buffer.from('\n\n')]));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(deepReply(msg.id));
    }
  });
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(portFile, String(server.address().port)));
