// Lives beside node_modules so its imports resolve. An MCP 2026-07-28 server (TypeScript SDK v2) whose tools need input from the user
// through multi round-trip requests (SEP-2322), for end-to-end checks of
// `mcp-connect-cli call ... --accept-input/--decline-input` and the app's form.
//   node mrtr-server.mjs [PORT]   -> prints {"url": "..."} when listening (PORT 0: any)
//   deploy {env}: asks for a region (enum) and a confirmation, with a requestState;
//                 two rounds when the first answer does not confirm.
import http from 'node:http';
import * as z from 'zod';
import { McpServer, createMcpHandler, inputRequired, acceptedContent, inputResponse } from '@modelcontextprotocol/server';
import { toNodeHandler } from '@modelcontextprotocol/node';

function makeServer() {
  const server = new McpServer({ name: 'mrtr-e2e', version: '1.0.0' });
  const form = z.object({ region: z.enum(['eu', 'us']), confirm: z.boolean() });
  server.registerTool('deploy', { description: 'Deploys after asking where', inputSchema: z.object({ env: z.string() }) },
    async ({ env }, ctx) => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, 'where');
      if (answer.kind === 'elicit' && answer.action !== 'accept')
        return { content: [{ type: 'text', text: `not deployed (${answer.action})` }] };
      const content = acceptedContent(ctx.mcpReq.inputResponses, 'where', form);
      if (content?.confirm === true)
        return { content: [{ type: 'text', text: `deployed ${env} to ${content.region}` }] };
      return inputRequired({
        inputRequests: { where: inputRequired.elicit({ message: `Where should ${env} go?`, requestedSchema: form }) },
        requestState: JSON.stringify({ env, round: content ? 2 : 1 }),
      });
    });
  return server;
}

const handler = toNodeHandler(createMcpHandler(() => makeServer()));
const httpServer = http.createServer((req, res) => handler(req, res));
httpServer.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${httpServer.address().port}/mcp` }));
});
