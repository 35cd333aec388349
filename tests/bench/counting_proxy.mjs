// Benchmark helper: an HTTP proxy on 127.0.0.1:LISTEN that forwards to 127.0.0.1:TARGET
// and counts the requests it forwards; GET /count answers that number.
//   node counting_proxy.mjs LISTEN TARGET
import http from 'node:http';

const [listen, target] = process.argv.slice(2).map(Number);
let forwarded = 0;
http.createServer((req, res) => {
  if (req.url === '/count') { res.end(String(forwarded)); return; }
  forwarded++;
  const upstream = http.request({ host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
    (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}).listen(listen, '127.0.0.1');
