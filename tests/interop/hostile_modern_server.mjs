// A loopback MCP 2026-07-28 server (Streamable HTTP, JSON replies) that misbehaves in
// one way per MODE, to prove the client ends each case with a clear error and never hangs.
//   node22 hostile_modern_server.mjs MODE PORTFILE
// MODE: garbage       every POST gets 200 with a body that is not JSON
//       lying-retry   -32022 listing 2026-07-28, then rejects that version again
//       lying-unknown -32022 listing only versions nobody speaks
//       lying-later   discover works; every other request gets -32022 listing 2026-07-28
//       loop          tools/call answers input_required forever (a form each round)
//       loop-state    tools/call answers input_required forever (requestState only)
//       bigstate      tools/call asks once with a 1 MiB requestState; answers whether it
//                     came back byte-exact
//       hugestate     tools/call answers input_required with a 40 MiB requestState
//       headers       tools/call of `tag` checks Mcp-Param-Label against the arguments;
//                     tool `evil` has an x-mcp-header name with CR LF in it
import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';

const [mode, portFile] = process.argv.slice(2);
const VERSION = '2026-07-28';
// requestState of exactly 1 MiB (UTF-8), ending in characters JSON escapes or may escape.
const tail = '"\\\u00e9\u2028/"';
const bigState = crypto.randomBytes(786432).toString('base64').slice(0, 1048576 - Buffer.byteLength(tail)) + tail;
// 40 MiB: more than any reply the client accepts (32 MiB).
const hugeState = () => 'x'.repeat(40 * 1048576);

const form = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] };
const inputRequired = (state, withForm = true) => ({
  resultType: 'input_required',
  ...(withForm ? { inputRequests: { q: { method: 'elicitation/create', params: { mode: 'form', message: 'Again?', requestedSchema: form } } } } : {}),
  requestState: state
});
const tools = [
  { name: 'echo', inputSchema: { type: 'object', properties: { message: { type: 'string' } } } },
  { name: 'tag', inputSchema: { type: 'object', properties: { label: { type: 'string', 'x-mcp-header': 'Label' } } } },
  { name: 'evil', inputSchema: { type: 'object', properties: { x: { type: 'string', 'x-mcp-header': 'Bad\r\nX-Injected' } } } }
];
const text = (t, isError = false) => ({ content: [{ type: 'text', text: t }], ...(isError ? { isError } : {}) });

function decodeHeader(v) {
  const m = /^=\?base64\?(.*)\?=$/.exec(v ?? '');
  return m ? Buffer.from(m[1], 'base64').toString('utf8') : v;
}

function answer(req, msg) {
  const p = msg.params ?? {};
  const unsupported = (supported) => [400, { error: { code: -32022, message: 'Unsupported protocol version', data: { supported, requested: p._meta?.['io.modelcontextprotocol/protocolVersion'] } } }];
  if (mode === 'lying-retry') return unsupported([VERSION]);
  if (mode === 'lying-unknown') return unsupported(['2031-01-01', '2032-02-02']);
  if (msg.method === 'server/discover')
    return [200, { result: { supportedVersions: [VERSION], capabilities: { tools: {} }, serverInfo: { name: `hostile-${mode}`, version: '1.0.0' } } }];
  if (mode === 'lying-later') return unsupported([VERSION]);
  if (msg.method === 'tools/list') return [200, { result: { tools } }];
  if (msg.method !== 'tools/call') return [200, { error: { code: -32601, message: 'Method not found' } }];
  const round = Number(p.requestState?.startsWith?.('round-') ? p.requestState.slice(6) : 0);
  if (mode === 'loop') return [200, { result: inputRequired(`round-${round + 1}`) }];
  if (mode === 'loop-state') return [200, { result: inputRequired(`round-${round + 1}`, false) }];
  if (mode === 'bigstate') {
    if (p.requestState === undefined) return [200, { result: inputRequired(bigState) }];
    const same = p.requestState === bigState;
    return [200, { result: text(same ? `requestState came back byte-exact (${Buffer.byteLength(p.requestState)} bytes)`
                                      : `requestState changed (${Buffer.byteLength(String(p.requestState))} bytes)`, !same) }];
  }
  if (mode === 'hugestate') return [200, { result: inputRequired(hugeState()) }];
  if (mode === 'headers' && p.name === 'tag') {
    const raw = req.headers['mcp-param-label'];
    const label = p.arguments?.label;
    if (req.headers['x-injected'] !== undefined) return [200, { result: text('a header was injected', true) }];
    if (raw === undefined || /[\x00-\x1f\x7f]/.test(raw) || decodeHeader(raw) !== label)
      return [400, { error: { code: -32020, message: `Mcp-Param-Label ${JSON.stringify(raw)} does not match the label` } }];
    return [200, { result: text(`label matched (sent as ${raw.startsWith('=?base64?') ? 'base64' : 'plain'})`) }];
  }
  return [200, { result: text(`Echo: ${p.arguments?.message}`) }];
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>\x00\x01 this is not JSON');
      return;
    }
    let msg;
    try { msg = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.writeHead(400).end(); return; }
    if (msg.id === undefined) { res.writeHead(202).end(); return; }
    if (msg.method === 'initialize') { // modern-only: refuse the 2025 handshake as SDK v2 does
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, error: { code: -32022, message: 'Unsupported protocol version', data: { supported: [VERSION] } } }));
      return;
    }
    const [status, body] = answer(req, msg);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, ...body }));
  });
});
server.listen(0, '127.0.0.1', () => fs.writeFileSync(portFile, String(server.address().port)));
