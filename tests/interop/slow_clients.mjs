// Slow-client attack on an HTTP server, then legitimate requests (test_slow_connections.sh).
// usage: node slow_clients.mjs PORT HELD LEGIT
// Holds HELD connections that each sent half a request header and stopped; one the server
// drops is opened again at once, so HELD stay held throughout. Then LEGIT MCP requests
// (POST /mcp initialize, a fresh connection each) are sent one after another; each must be
// answered 200 with a JSON-RPC result. Prints one JSON line with the latencies and counts.
import net from 'node:net';
import http from 'node:http';

const [port, held, legit] = process.argv.slice(2).map(Number);
let open = 0, dropped = 0, stopping = false;

function slow() {
  const s = net.connect({ host: '127.0.0.1', port });
  s.on('connect', () => { open++; s.write('POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: applicat'); });
  s.on('error', () => {});
  s.on('close', (hadError) => {
    if (s.connecting === false && open > 0) open--;
    if (stopping) return;
    dropped++;
    setImmediate(slow); // keep HELD held
  });
}

function request() {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'slow-test', version: '1' } } });
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', agent: false,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
                 'Content-Length': Buffer.byteLength(body), Connection: 'close' } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode,
                                    ok: res.statusCode === 200 && text.includes('"result"') }));
    });
    req.on('error', (e) => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: 0, ok: false, error: e.code }));
    req.end(body);
  });
}

for (let i = 0; i < held; i++) slow();
// Wait (on progress, not time) until all HELD connections are open.
await new Promise((resolve) => { const tick = () => (open >= held ? resolve() : setImmediate(tick)); tick(); });
const droppedBefore = dropped;
const results = [];
for (let i = 0; i < legit; i++) results.push(await request());
stopping = true;
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(JSON.stringify({ held, heldOpenAtEnd: open, droppedWhileOpening: droppedBefore, droppedDuringLegit: dropped - droppedBefore,
  served: results.filter((r) => r.ok).length, legit, statuses: [...new Set(results.map((r) => r.status))],
  medianMs: +ms[Math.floor(ms.length / 2)].toFixed(1), maxMs: +ms[ms.length - 1].toFixed(1) }));
process.exit(0);
