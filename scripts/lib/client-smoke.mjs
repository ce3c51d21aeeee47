// Official TypeScript clients against the fixture server (scripts/conformance.sh):
// @modelcontextprotocol/sdk 1.x over the legacy revision (sessions, server-to-client requests
// on the request's SSE stream) and @modelcontextprotocol/client 2.x pinned to 2026-07-28
// (stateless, MRTR fulfilled by the client's own handlers).
// Usage: node client-smoke.mjs URL SDK1_DIR CLIENT2_DIR
// Prints "client <check>: PASS|FAIL ..." lines and "Total: N passed, M failed"; exit 1 on failure.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [url, sdk1Dir, client2Dir] = process.argv.slice(2);
const load = (dir, file) => import(pathToFileURL(join(dir, file)).href);

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    const detail = await body();
    passed++;
    console.log(`client ${name}: PASS${detail ? ` (${detail})` : ''}`);
  } catch (e) {
    failed++;
    console.log(`client ${name}: FAIL ${e instanceof Error ? e.message : String(e)}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
const textOf = (result) => result.content?.find((c) => c.type === 'text')?.text;
const info = { name: 'client-smoke', version: '1.0.0' };
const identity = { username: 'smoke', email: 'smoke@example.com' };

// Legacy revision, SDK 1.x.
{
  const { Client } = await load(sdk1Dir, 'dist/esm/client/index.js');
  const { StreamableHTTPClientTransport } = await load(sdk1Dir, 'dist/esm/client/streamableHttp.js');
  const { ElicitRequestSchema } = await load(sdk1Dir, 'dist/esm/types.js');
  const client = new Client(info, { capabilities: { elicitation: {} } });
  client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'accept', content: identity }));
  const transport = new StreamableHTTPClientTransport(new URL(url));
  await check('sdk@1 connect (2025-11-25 session)', async () => {
    await client.connect(transport);
    expect(transport.sessionId, 'no Mcp-Session-Id');
    return `protocol ${transport.protocolVersion ?? '?'}`;
  });
  await check('sdk@1 tools/list', async () => {
    const { tools } = await client.listTools();
    expect(tools.some((t) => t.name === 'echo'), 'echo not listed');
    return `${tools.length} tools`;
  });
  await check('sdk@1 tools/call echo', async () => {
    const text = textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }));
    expect(text === 'Echo: hi', `got ${JSON.stringify(text)}`);
  });
  await check('sdk@1 progress notifications', async () => {
    const seen = [];
    await client.callTool({ name: 'test_tool_with_progress', arguments: {} }, undefined,
      { onprogress: (p) => seen.push(p.progress) });
    expect(seen.length >= 3, `got ${JSON.stringify(seen)}`);
    return seen.join(',');
  });
  await check('sdk@1 elicitation (server-to-client request)', async () => {
    const text = textOf(await client.callTool({ name: 'test_elicitation', arguments: { message: 'Who?' } }));
    expect(text?.includes('smoke@example.com'), `got ${JSON.stringify(text)}`);
  });
  await check('sdk@1 close (DELETE session)', async () => {
    await transport.terminateSession();
    await client.close();
  });
}

// Modern revision, client 2.x pinned to 2026-07-28.
{
  const { Client, StreamableHTTPClientTransport } = await load(client2Dir, 'dist/index.mjs');
  const client = new Client(info, {
    capabilities: { elicitation: {} },
    versionNegotiation: { mode: { pin: '2026-07-28' } },
  });
  client.setRequestHandler('elicitation/create', async () => ({ action: 'accept', content: { name: 'Alice', ...identity } }));
  const transport = new StreamableHTTPClientTransport(new URL(url));
  await check('client@2 connect (server/discover, pinned 2026-07-28)', async () => {
    await client.connect(transport);
  });
  await check('client@2 tools/list', async () => {
    const { tools } = await client.listTools();
    expect(tools.some((t) => t.name === 'echo'), 'echo not listed');
    return `${tools.length} tools`;
  });
  await check('client@2 tools/call echo', async () => {
    const text = textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }));
    expect(text === 'Echo: hi', `got ${JSON.stringify(text)}`);
  });
  await check('client@2 input_required round trip (MRTR)', async () => {
    const text = textOf(await client.callTool({ name: 'test_input_required_result_elicitation', arguments: {} }));
    expect(text === 'Hello, Alice!', `got ${JSON.stringify(text)}`);
  });
  await check('client@2 requestClient becomes input_required', async () => {
    const text = textOf(await client.callTool({ name: 'test_elicitation', arguments: { message: 'Who?' } }));
    expect(text?.includes('smoke@example.com'), `got ${JSON.stringify(text)}`);
  });
  await client.close();
}

console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
