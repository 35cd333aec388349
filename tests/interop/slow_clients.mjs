// Slow-client attack on an HTTP server, and the legitimate client measured meanwhile
// (test_slow_connections.sh). Two processes, so the attacker's reconnect churn does not
// starve the legitimate client's own event loop:
//   node slow_clients.mjs hold PORT HELD    holds HELD connections that each sent half a
//       request header and stopped; one the server drops is opened again at once (a
//       reconnect flood when HELD exceeds the server's cap). Prints "held" once all are
//       open, then on SIGTERM one JSON line: {heldOpenAtEnd, dropped}.
//   node slow_clients.mjs legit PORT LEGIT  LEGIT MCP requests (POST /mcp initialize, a
//       fresh connection each) one after another; each must be answered 200 with a
//       JSON-RPC result. Prints one JSON line with the counts and latencies.
import net from 'node:net';
import http from 'node:http';

const [role, portArg, countArg] = process.argv.slice(2);
const port = Number(portArg);
const count = Number(countArg);

function hold() {
  let open = 0, dropped = 0, announced = false;
  const slow = () => {
    const s = net.connect({ host: '127.0.0.1', port });
    let counted = false;
    s.on('connect', () => {
      counted = true;
      open++;
      s.write('POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: applicat');
      if (!announced && open >= count) { announced = true; console.log('held'); }
    });
    s.on('error', () => {});
    s.on('close', () => {
      if (counted) open--;
      dropped++;
      setImmediate(slow); // keep HELD held
    });
  };
  for (let i = 0; i < count; i++) slow();
  process.on('SIGTERM', () => { console.log(JSON.stringify({ heldOpenAtEnd: open, dropped })); process.exit(0); });
}

function request() {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'slow-test', version: '1' } } });
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const req = http.request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', agent: false,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
                 'Content-Length': Buffer.byteLength(body), Connection: 'close' } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ ms: ms(), status: res.statusCode, ok: res.statusCode === 200 && text.includes('"result"') }));
    });
    req.on('error', (e) => resolve({ ms: ms(), status: 0, ok: false, error: e.code }));
    req.end(body);
  });
}

async function legit() {
  const results = [];
  for (let i = 0; i < count; i++) results.push(await request());
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(JSON.stringify({ served: results.filter((r) => r.ok).length, legit: count,
    statuses: [...new Set(results.map((r) => r.status))], errors: [...new Set(results.map((r) => r.error).filter(Boolean))],
    medianMs: +ms[Math.floor(ms.length / 2)].toFixed(1), maxMs: +ms[ms.length - 1].toFixed(1),
    over1s: ms.filter((m) => m > 1000).length }));
}

if (role === 'hold') hold();
else if (role === 'legit') await legit();
else { console.error('usage: slow_clients.mjs hold|legit PORT COUNT'); process.exit(1); }
