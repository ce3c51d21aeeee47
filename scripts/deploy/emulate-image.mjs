// Runs the Dockerfile's steps on this machine, without a Docker engine: the build stage's
// COPY and RUN steps in a scratch copy of the sources, then the run stage's ENV and
// ENTRYPOINT (the same java command line) with CACHE_DIR in a temp dir, and checks the
// result the way a deployment would: the HEALTHCHECK command, /health, the pages, an
// upload, and an MCP initialize through /{SECRET_KEY}/mcp.
//   node scripts/deploy/emulate-image.mjs [Dockerfile]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readDockerfile, execForm, envPairs } from './dockerfile.mjs';
import { gradientPng } from '../web/png.mjs';

const dockerfile = process.argv[2] || 'Dockerfile';
const repo = process.cwd();
const all = readDockerfile(dockerfile);
const lastStage = Math.max(...all.map((i) => i.stage));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'image-edit-mcp-deploy-'));
const checks = [];
let server;

function step(msg) {
  console.log(`[deploy] ${msg}`);
}

function check(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${detail ? ` (${detail})` : ''}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await fn()) return;
    } catch (e) {
      last = e;
    }
    if (server && server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) while waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Maps an absolute path inside the image to the scratch directory standing in for it. */
function hostPath(imagePath) {
  return path.join(scratch, 'root', imagePath);
}

function buildStage() {
  let workdir = '/';
  for (const ins of all.filter((i) => i.stage === 0)) {
    if (ins.keyword === 'WORKDIR') {
      workdir = path.posix.resolve(workdir, ins.args);
      mkdirSync(hostPath(workdir), { recursive: true });
    } else if (ins.keyword === 'COPY') {
      const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const rawDest = parts.pop();
      const intoDir = rawDest.endsWith('/') || rawDest === '.' || parts.length > 1;
      const dest = path.posix.resolve(workdir, rawDest);
      for (const src of parts) {
        const target = intoDir ? path.join(hostPath(dest), path.basename(src)) : hostPath(dest);
        step(`COPY ${src} -> ${intoDir ? dest + '/' : dest}`);
        mkdirSync(path.dirname(target), { recursive: true });
        cpSync(path.join(repo, src), target, { recursive: true });
      }
    } else if (ins.keyword === 'RUN') {
      step(`RUN ${ins.args}`);
      // Maven's output is long: kept, and shown only when the step fails.
      const r = spawnSync('/bin/sh', ['-c', ins.args], { cwd: hostPath(workdir), encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) {
        console.error(`${r.stdout || ''}${r.stderr || ''}`.split('\n').slice(-60).join('\n'));
        throw new Error(`build step failed (exit ${r.status}): ${ins.args}`);
      }
    }
  }
}

async function runStage() {
  const final = all.filter((i) => i.stage === lastStage);
  let workdir = '/';
  const env = {};
  for (const ins of final) {
    if (ins.keyword === 'WORKDIR') workdir = ins.args;
    if (ins.keyword === 'ENV') Object.assign(env, envPairs(ins.args));
    if (ins.keyword === 'RUN') step(`(not run here: ${ins.args.slice(0, 60)}… changes the image's system users)`);
    if (ins.keyword === 'USER') step(`(USER ${ins.args}: this run uses the current user)`);
    if (ins.keyword === 'COPY' && /--from=/.test(ins.args)) {
      const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const dest = parts.pop();
      mkdirSync(path.dirname(hostPath(dest)), { recursive: true });
      step(`COPY --from=build ${parts[0]} -> ${dest}`);
      cpSync(hostPath(parts[0]), hostPath(dest));
    }
  }
  mkdirSync(hostPath(workdir), { recursive: true });
  const port = await freePort();
  const secret = 'DeployCheck' + Math.floor(Math.random() * 1e6);
  const cache = hostPath('/data');
  mkdirSync(cache, { recursive: true });
  // The container's environment: the image's ENV, the volume for CACHE_DIR, and what
  // compose's .env would add. Bound to loopback here; the image binds 0.0.0.0.
  const runEnv = {
    PATH: process.env.PATH,
    HOME: hostPath('/app'),
    ...env,
    CACHE_DIR: cache,
    MCP_HOST: '127.0.0.1',
    MCP_PORT: String(port),
    SECRET_KEY: secret,
    CACHE_URL: `http://127.0.0.1:${port}`,
  };
  const entry = final.find((i) => i.keyword === 'ENTRYPOINT');
  const argv = execForm(entry.args).map((a) => (a.startsWith('/app/') ? hostPath(a) : a));
  step(`ENTRYPOINT ${argv.join(' ')} (cwd ${workdir}, CACHE_DIR ${cache}, port ${port})`);
  server = spawn(argv[0], argv.slice(1), { cwd: hostPath(workdir), env: runEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;

  await waitFor(async () => (await fetch(`${base}/health`)).ok, 60000, '/health');
  const health = await (await fetch(`${base}/health`)).json();
  check('GET /health answers ok', health.status === 'ok', JSON.stringify(health));

  const hc = final.find((i) => i.keyword === 'HEALTHCHECK');
  const hcArgv = execForm(hc.args.replace(/^.*?\bCMD\s+/, ''));
  const probe = spawnSync(hcArgv[0], hcArgv.slice(1), { env: runEnv, timeout: 5000 });
  check('the HEALTHCHECK command passes against the running server', probe.status === 0,
    `exit ${probe.status}`);
  const wrongPort = spawnSync(hcArgv[0], hcArgv.slice(1), { env: { ...runEnv, MCP_PORT: String(await freePort()) }, timeout: 5000 });
  check('the HEALTHCHECK command fails when nothing listens', wrongPort.status !== 0);

  const landing = await fetch(`${base}/`);
  check('the landing page is served from the jar', landing.status === 200 && (await landing.text()).includes('image-edit-mcp'));
  const page = await fetch(`${base}/${secret}/upload`);
  check('the upload page is served under the secret', page.status === 200);
  check('a wrong secret is a 404', (await fetch(`${base}/wrong/upload`)).status === 404);

  const png = gradientPng(32, 32, 7);
  const form = new FormData();
  form.append('file', new Blob([png], { type: 'image/png' }), 'deploy.png');
  const up = await fetch(`${base}/${secret}/upload`, { method: 'POST', body: form });
  const upBody = await up.json().catch(() => ({}));
  check('an upload is stored and answered with a link', up.status === 200 && typeof upBody.url === 'string',
    `${up.status} ${JSON.stringify(upBody)}`);
  if (up.status === 200) {
    const got = await fetch(upBody.url);
    check('the link serves the image', got.status === 200 && got.headers.get('content-type') === 'image/png');
  }

  const init = await fetch(`${base}/${secret}/mcp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {
      protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'deploy-check', version: '1' } } }),
  });
  const text = await init.text();
  const json = text.trim().startsWith('{') ? JSON.parse(text)
    : JSON.parse((text.split('\n').find((l) => l.startsWith('data:')) || 'data:{}').slice(5));
  check('MCP initialize through /{SECRET_KEY}/mcp returns server info',
    init.status === 200 && json.result && json.result.serverInfo && typeof json.result.protocolVersion === 'string',
    `${init.status} ${text.slice(0, 200)}`);

  server.kill('SIGTERM');
  const code = await new Promise((resolve) => server.once('exit', (c, sig) => resolve(c ?? sig)));
  check('the server stops on SIGTERM', code === 0 || code === 143 || code === 'SIGTERM', `exit ${code}`);
  server = null;
}

try {
  if (process.env.DEPLOY_REUSE_JAR && existsSync(path.join(repo, 'target/image-edit-mcp.jar'))) {
    // Local iteration only: skip the Maven steps, use the jar already built.
    step('DEPLOY_REUSE_JAR set: using target/image-edit-mcp.jar instead of the build stage');
    mkdirSync(hostPath('/src/target'), { recursive: true });
    cpSync(path.join(repo, 'target/image-edit-mcp.jar'), hostPath('/src/target/image-edit-mcp.jar'));
  } else {
    buildStage();
  }
  await runStage();
} catch (e) {
  check(`deployment emulation ran to the end: ${e.message}`, false);
} finally {
  if (server) server.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
}
const failed = checks.filter((c) => !c.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
