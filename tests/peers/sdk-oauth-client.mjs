// Lives beside node_modules so its imports resolve. The official TypeScript SDK client
// signing in to an MCP server whose authorization server approves without a page (the
// demo server with --auto-consent allow): the "browser" is a fetch that takes the
// redirect's code. Then it calls a tool and prints the text; with WAIT_SECONDS it waits
// (for the access token to expire) and calls it once more (the SDK refreshes).
//   node sdk-oauth-client.mjs URL TOOL [WAIT_SECONDS]
// Exit 0 and the tool's text on stdout, or exit 1 with the error on stderr.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [url, tool, wait] = process.argv.slice(2);
const redirectUrl = 'http://127.0.0.1:8976/callback'; // never listened on: we read the Location
let pendingCode;
const store = {};
const provider = {
  get redirectUrl() { return redirectUrl; },
  get clientMetadata() {
    return { client_name: 'SDK test client', redirect_uris: [redirectUrl], grant_types: ['authorization_code', 'refresh_token'],
             response_types: ['code'], token_endpoint_auth_method: 'none' };
  },
  state: () => 'sdk-state-1',
  clientInformation: () => store.client,
  saveClientInformation: (c) => { store.client = c; },
  tokens: () => store.tokens,
  saveTokens: (t) => { store.tokens = t; },
  saveCodeVerifier: (v) => { store.verifier = v; },
  codeVerifier: () => store.verifier,
  async redirectToAuthorization(authorizationUrl) {
    const r = await fetch(authorizationUrl, { redirect: 'manual' });
    const location = new URL(r.headers.get('location'));
    if (location.searchParams.get('state') !== 'sdk-state-1') throw new Error('state was not echoed');
    if (!location.searchParams.get('iss')) throw new Error('no iss in the authorization response');
    pendingCode = location.searchParams.get('code');
    if (!pendingCode) throw new Error('authorization refused: ' + location.searchParams.get('error'));
  },
};

async function connect() {
  const client = new Client({ name: 'sdk-oauth-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(url), { authProvider: provider });
  try {
    await client.connect(transport);
    return client;
  } catch (e) {
    if (!(e instanceof UnauthorizedError) || !pendingCode) throw e;
    await transport.finishAuth(pendingCode);
    pendingCode = undefined;
    const again = new Client({ name: 'sdk-oauth-test', version: '1.0.0' });
    await again.connect(new StreamableHTTPClientTransport(new URL(url), { authProvider: provider }));
    return again;
  }
}

try {
  const client = await connect();
  const call = async () => {
    const r = await client.callTool({ name: tool, arguments: {} });
    for (const c of r.content) if (c.type === 'text') console.log(c.text);
  };
  await call();
  if (wait) {
    const first = store.tokens.access_token;
    await new Promise((resolve) => setTimeout(resolve, Number(wait) * 1000));
    await call();
    console.error(store.tokens.access_token !== first ? 'refreshed: yes' : 'refreshed: no');
  }
  console.error('scope: ' + store.tokens.scope);
  await client.close();
} catch (e) {
  console.error('error: ' + (e && e.message ? e.message : String(e)));
  process.exit(1);
}
