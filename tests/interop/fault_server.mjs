// Fault injection (issue 10): one loopback HTTP server playing MCP servers and OAuth
// authorization servers that fail in one way each, for test_fault_injection.sh.
//   node22 fault_server.mjs PORTFILE
// MCP endpoints (2025-06-18, JSON-RPC over POST; the fault hits tools/call, so connecting
// and listing tools work first):
//   /plain/<mode>/mcp   no sign-in. mode: ok, sse-cut (SSE reply cut mid-event), json-cut
//                       (JSON body cut mid-way), trickle (1 byte/s), never (no answer),
//                       html (200 text/html), restart (forgets its sessions and drops every
//                       connection after listing tools, like a server restarted)
//   /auth/mcp           sign-in required; its PRM names the AS in `prmIssuer` (asA or asB)
//   /resB/mcp           sign-in required; its PRM always names asB
//   /redir-loop/mcp     its PRM redirects to itself (forever)
//   /redir-cross/mcp    its PRM redirects to another origin (localhost instead of 127.0.0.1)
// Authorization servers /asA and /asB: RFC 8414 metadata, registration, an authorize
// endpoint that approves at once (302 back with code, state and iss), and a token endpoint
// that answers per `tokenMode`: ok, 500, or html (a 200 HTML page, like a login portal).
// GET /control?key=value sets prmIssuer or tokenMode; GET /seen lists every request
// (path, Authorization header, body), and
// GET /issued?as=asA the tokens that AS handed out, for the A/B check.
import http from 'node:http';
import fs from 'node:fs';
import crypto from 'node:crypto';

const [portFile] = process.argv.slice(2);
const state = { prmIssuer: 'asA', tokenMode: 'ok' };
const seen = []; // { path, authorization, body }
const issued = new Map(); // access token -> AS name
const codes = new Map(); // code -> AS name
let sessions = new Set();
let base = '';

const json = (res, status, obj, headers = {}) => {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
};
const token = () => crypto.randomBytes(12).toString('hex');

function asMetadata(as) {
  return { issuer: `${base}/${as}`, authorization_endpoint: `${base}/${as}/authorize`, token_endpoint: `${base}/${as}/token`,
    registration_endpoint: `${base}/${as}/register`, response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'], code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'], authorization_response_iss_parameter_supported: true };
}

function authServer(as, rest, url, req, res, body) {
  if (rest === '/register') {
    const reg = JSON.parse(body || '{}');
    return json(res, 201, { ...reg, client_id: `${as}-client-${token()}`, token_endpoint_auth_method: 'none' });
  }
  if (rest === '/authorize') {
    const code = `${as}-code-${token()}`;
    codes.set(code, as);
    const back = new URL(url.searchParams.get('redirect_uri'));
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state'));
    back.searchParams.set('iss', `${base}/${as}`);
    res.writeHead(302, { Location: back.toString() });
    return res.end();
  }
  if (rest === '/token') {
    if (state.tokenMode === '500') {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      return res.end('internal error: database unavailable');
    }
    if (state.tokenMode === 'html') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><html><body><h1>Please log in to the corporate portal</h1></body></html>');
    }
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type');
    const known = grant === 'authorization_code' ? codes.get(form.get('code')) : issued.get(form.get('refresh_token'));
    if (known !== as)
      return json(res, 400, { error: 'invalid_grant', error_description: 'not issued here' });
    const access = `${as}-access-${token()}`;
    const refresh = `${as}-refresh-${token()}`;
    issued.set(access, as);
    issued.set(refresh, as);
    return json(res, 200, { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 3600 });
  }
  res.writeHead(404);
  res.end();
}

// A tools/call answer that fails the way `mode` says.
function faultyCall(mode, msg, req, res) {
  const result = { jsonrpc: '2.0', id: msg.id, result: { content: [{ type: 'text', text: 'fine' }] } };
  const body = JSON.stringify(result);
  switch (mode) {
  case 'sse-cut':
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write(`event: message\ndata: ${body.slice(0, 20)}`);
    return setTimeout(() => req.socket.destroy(), 50);
  case 'json-cut':
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.write(body.slice(0, 20));
    return setTimeout(() => req.socket.destroy(), 50);
  case 'trickle': {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    let i = 0;
    const t = setInterval(() => { if (res.destroyed || i >= body.length) return clearInterval(t); res.write(body[i++]); }, 1000);
    return;
  }
  case 'never':
    return; // holds the request open; the client's timeout must end it
  case 'html':
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end('<!doctype html><html><body>Maintenance</body></html>');
  default:
    return json(res, 200, result);
  }
}

function mcp(name, mode, req, res, body) {
  if (req.method !== 'POST') {
    res.writeHead(405);
    return res.end();
  }
  let msg;
  try { msg = JSON.parse(body); } catch { return json(res, 400, { error: 'bad json' }); }
  if (msg.method === 'initialize') {
    const sid = token();
    sessions.add(sid);
    return json(res, 200, { jsonrpc: '2.0', id: msg.id, result: { protocolVersion: msg.params.protocolVersion === '2025-03-26' ? '2025-03-26' : '2025-06-18',
      capabilities: { tools: {} }, serverInfo: { name: `fault-${name}`, version: '1' } } }, { 'Mcp-Session-Id': sid });
  }
  const sid = req.headers['mcp-session-id'];
  if (!sessions.has(sid))
    return json(res, 404, { jsonrpc: '2.0', id: msg.id ?? null, error: { code: -32001, message: 'Session not found' } });
  if (msg.id === undefined) {
    res.writeHead(202);
    return res.end();
  }
  if (msg.method === 'tools/list') {
    json(res, 200, { jsonrpc: '2.0', id: msg.id, result: { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] } });
    if (mode === 'restart' && !state.restarted) {
      state.restarted = true;
      sessions = new Set();
      res.on('finish', () => setImmediate(() => server.closeAllConnections()));
    }
    return;
  }
  if (msg.method === 'tools/call')
    return faultyCall(mode, msg, req, res);
  return json(res, 200, { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
}

// Sign-in required: the bearer must be an access token from the AS the PRM names now.
function protectedMcp(name, req, res, body) {
  const prm = `${base}/.well-known/oauth-protected-resource/${name}/mcp`;
  const as = name === 'resB' ? 'asB' : state.prmIssuer;
  const bearer = (req.headers.authorization || '').replace(/^Bearer /, '');
  if (issued.get(bearer) !== as || !bearer.includes('-access-')) {
    const body401 = JSON.stringify({ error: 'invalid_token' });
    res.writeHead(401, { 'WWW-Authenticate': `Bearer resource_metadata="${prm}"`, 'Content-Type': 'application/json' });
    return res.end(body401);
  }
  return mcp(name, 'ok', req, res, body);
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const url = new URL(req.url, base);
    const path = url.pathname;
    if (path !== '/seen' && path !== '/issued' && path !== '/control')
      seen.push({ path, authorization: req.headers.authorization || '', body });
    if (path === '/control') {
      for (const [k, v] of url.searchParams) state[k] = v;
      return json(res, 200, state);
    }
    if (path === '/seen')
      return json(res, 200, seen);
    if (path === '/issued') // every access and refresh token handed out by one AS
      return json(res, 200, [...issued].filter(([, as]) => as === url.searchParams.get('as')).map(([t]) => t));
    let m;
    if ((m = path.match(/^\/plain\/([a-z-]+)\/mcp$/)))
      return mcp(m[1], m[1], req, res, body);
    if ((m = path.match(/^\/(auth|resB)\/mcp$/)))
      return protectedMcp(m[1], req, res, body);
    if ((m = path.match(/^\/(redir-loop|redir-cross)\/mcp$/))) {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/${m[1]}/mcp"` });
      return res.end();
    }
    if ((m = path.match(/^\/\.well-known\/oauth-protected-resource\/(auth|resB)\/mcp$/)))
      return json(res, 200, { resource: `${base}/${m[1]}/mcp`, authorization_servers: [`${base}/${m[1] === 'resB' ? 'asB' : state.prmIssuer}`] });
    if (path === '/.well-known/oauth-protected-resource/redir-loop/mcp') {
      res.writeHead(302, { Location: path });
      return res.end();
    }
    if (path === '/.well-known/oauth-protected-resource/redir-cross/mcp') {
      res.writeHead(302, { Location: `${base.replace('127.0.0.1', 'localhost')}/.well-known/oauth-protected-resource/auth/mcp` });
      return res.end();
    }
    if ((m = path.match(/^\/\.well-known\/(?:oauth-authorization-server|openid-configuration)\/(asA|asB)$/)))
      return json(res, 200, asMetadata(m[1]));
    if ((m = path.match(/^\/(asA|asB)(\/[a-z]+)$/)))
      return authServer(m[1], m[2], url, req, res, body);
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
});

server.listen(0, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`;
  fs.writeFileSync(portFile, String(server.address().port));
});
