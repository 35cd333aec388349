// A loopback MCP server (Streamable HTTP, JSON replies) that answers initialize
// properly and then replies to everything else with hostile JSON, to prove the
// client refuses it with a clear message instead of crashing.
//   node hostile_json_server.mjs MODE PORTFILE
// MODE: deep (tools/list result nested DEPTH levels, default 200000),
//       utf8 (a reply with an ill-formed UTF-8 byte in a string),
//       deep-sse (the deep reply as one SSE event).
import http from 'node:http';
import fs from 'node:fs';

const [mode, portFile] = process.argv.slice(2);
const depth = Number(process.env.HOSTILE_DEPTH || 200000);

function deepReply(id) {
  // {"jsonrpc":"2.0","id":N,"result":{"tools":[[[[...]]]]}} : depth arrays inside.
  return Buffer.from(`{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"tools":` +
    '['.repeat(depth) + ']'.repeat(depth) + '}}');
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
        capabilities: { tools: {} }, serverInfo: { name: 'hostile', version: '1.0.0' } } }));
      return;
    }
    if (mode === 'utf8') {
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
