// Browser test of the pages in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core). Run by scripts/ci-web.sh against a running server:
//   BASE_URL=http://127.0.0.1:PORT SECRET_KEY=... PLAYWRIGHT_DIR=... SHOTS=target/screenshots
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gradientPng } from './png.mjs';

const BASE = process.env.BASE_URL;
const SECRET = process.env.SECRET_KEY;
const SHOTS = process.env.SHOTS || 'target/screenshots';
const require = createRequire(path.join(process.env.PLAYWRIGHT_DIR, 'package.json'));
const { chromium } = require('playwright-core');

let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
});

/** A page that records console errors and CSP violations, which must not happen. */
async function openPage(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(String(err)));
  const response = await page.goto(url);
  return { context, page, response, problems };
}

async function fetchBytes(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, `GET ${url}`);
  return Buffer.from(await res.arrayBuffer());
}

test('the upload page previews a chosen PNG, uploads it and shows a link to the same bytes', async () => {
  const { context, page, response, problems } = await openPage(`${BASE}/${SECRET}/upload`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  assert.equal(response.headers()['x-frame-options'], 'DENY');

  const png = gradientPng(64, 48, Date.now() % 1000);
  await page.setInputFiles('#file-input', { name: 'chosen.png', mimeType: 'image/png', buffer: png });

  const item = page.locator('.item').first();
  await item.locator('.thumb img').waitFor();
  const previewWidth = await item.locator('.thumb img').evaluate(async (img) => {
    await img.decode();
    return img.naturalWidth;
  });
  assert.equal(previewWidth, 64, 'the preview shows the chosen image');

  await page.locator('.item.ok').first().waitFor({ timeout: 20000 });
  const url = await item.locator('.result-url').inputValue();
  assert.match(url, /\/cache\/uploads\/[0-9a-f]{64}\.png$/);
  assert.equal(await item.locator('.result-md').inputValue(), `![](${url})`);
  assert.deepEqual(await fetchBytes(url), png, 'the link serves the uploaded bytes');

  await page.locator('#recent li').first().waitFor();
  assert.equal(await page.locator('#recent li a').first().textContent(), url);
  await page.screenshot({ path: `${SHOTS}/upload-desktop.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting an image with Ctrl/Cmd+V uploads it too', async () => {
  const { context, page, problems } = await openPage(`${BASE}/${SECRET}/upload`);
  const png = gradientPng(40, 30, 500 + (Date.now() % 1000));
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'clip.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, png.toString('base64'));
  await page.locator('.item.ok').first().waitFor({ timeout: 20000 });
  const url = await page.locator('.item .result-url').first().inputValue();
  assert.deepEqual(await fetchBytes(url), png);
  assert.deepEqual(problems, []);
  await context.close();
});

test('dropping a file on the page uploads it', async () => {
  const { context, page, problems } = await openPage(`${BASE}/${SECRET}/upload`);
  const png = gradientPng(24, 24, 300 + (Date.now() % 1000));
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    const zone = document.getElementById('dropzone');
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png.toString('base64'));
  await page.locator('.item.ok').first().waitFor({ timeout: 20000 });
  assert.equal(await page.locator('.item .name').first().textContent(), 'dropped.png');
  const url = await page.locator('.item .result-url').first().inputValue();
  assert.deepEqual(await fetchBytes(url), png);
  assert.equal(await page.locator('#dropzone.over').count(), 0, 'the drop highlight is cleared');
  assert.deepEqual(problems, []);
  await context.close();
});

test('several files get one progress bar and one link each', async () => {
  const { context, page } = await openPage(`${BASE}/${SECRET}/upload`);
  const files = [1, 2, 3].map((n) => ({
    name: `many-${n}.png`, mimeType: 'image/png', buffer: gradientPng(20 + n, 20, 900 + n),
  }));
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction(() => document.querySelectorAll('.item.ok').length === 3,
    null, { timeout: 20000 });
  assert.equal(await page.locator('.item progress').count(), 3);
  const progress = await page.locator('.item progress').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(progress, [100, 100, 100], 'every bar reached the end');
  const urls = await page.locator('.item .result-url').evaluateAll((els) => els.map((e) => e.value));
  assert.equal(new Set(urls).size, 3);
  await context.close();
});

test('a refused file shows the server\'s reason', async () => {
  const { context, page } = await openPage(`${BASE}/${SECRET}/upload`);
  await page.setInputFiles('#file-input', {
    name: 'drawing.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
  });
  await page.locator('.item.failed').first().waitFor({ timeout: 20000 });
  assert.match(await page.locator('.item .item-status').first().textContent(), /415/);
  await context.close();
});

test('the upload page follows a Chinese browser and switches to English', async () => {
  const { context, page } = await openPage(`${BASE}/${SECRET}/upload`, { locale: 'zh-CN' });
  assert.equal(await page.locator('h1').textContent(), '图床');
  await page.screenshot({ path: `${SHOTS}/upload-zh.png`, fullPage: true });
  await page.click('#lang-switch');
  assert.equal(await page.locator('h1').textContent(), 'Image host');
  await context.close();
});

test('the upload page fits a phone-width screen', async () => {
  const { context, page } = await openPage(`${BASE}/${SECRET}/upload`,
    { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.setInputFiles('#file-input', {
    name: 'phone-photo-with-a-rather-long-file-name.png', mimeType: 'image/png',
    buffer: gradientPng(300, 200, 77),
  });
  await page.locator('.item.ok').first().waitFor({ timeout: 20000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
  await page.screenshot({ path: `${SHOTS}/upload-phone.png`, fullPage: true });
  await context.close();
});

test('the key page generates a 16-character key from A-Z a-z 0-9', async () => {
  const { context, page, response, problems } = await openPage(`${BASE}/secret`);
  assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
  const key = await page.locator('#secret-key').inputValue();
  assert.match(key, /^[A-Za-z0-9]{16}$/);
  assert.match(await page.locator('#env-line').textContent(), new RegExp(`^SECRET_KEY=${key}$`));
  await page.click('#regenerate');
  const next = await page.locator('#secret-key').inputValue();
  assert.match(next, /^[A-Za-z0-9]{16}$/);
  assert.notEqual(next, key);
  // Every character equally likely: with a plain `byte % 62` the first 8 letters would
  // come up 25% more often than the rest; over 1.24 M characters that shows at once.
  const counts = await page.evaluate(() => {
    const sample = generateKey(62 * 20000);
    const c = {};
    for (const ch of sample) c[ch] = (c[ch] || 0) + 1;
    return c;
  });
  const values = Object.values(counts);
  assert.equal(values.length, 62);
  const ratio = Math.max(...values) / Math.min(...values);
  assert.ok(ratio < 1.12, `character frequencies are flat (max/min ${ratio.toFixed(3)})`);
  await page.screenshot({ path: `${SHOTS}/secret.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the landing page shows the MCP address without the secret, and a status line', async () => {
  const { context, page, problems } = await openPage(`${BASE}/`);
  const mcp = await page.locator('#mcp-url').inputValue();
  assert.match(mcp, /\/\{SECRET_KEY\}\/mcp$/);
  assert.ok(!(await page.content()).includes(SECRET), 'the secret is not in the page');
  assert.match(await page.locator('#version').textContent(), /\S/);
  assert.match(await page.locator('#uptime').textContent(), /\d/);
  await page.screenshot({ path: `${SHOTS}/landing.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the landing page warns when CACHE_URL is a loopback address seen under another name', async () => {
  // The server's CACHE_URL is http://127.0.0.1:PORT; open the page as localhost.
  const other = BASE.replace('127.0.0.1', 'localhost');
  const { context, page } = await openPage(`${other}/`);
  assert.ok(await page.locator('#cache-url-warning').isVisible());
  await context.close();
  const same = await openPage(`${BASE}/`);
  assert.ok(!(await same.page.locator('#cache-url-warning').isVisible()));
  await same.context.close();
});

test('a wrong secret gets a plain 404', async () => {
  const res = await fetch(`${BASE}/not-the-secret/upload`);
  assert.equal(res.status, 404);
});
