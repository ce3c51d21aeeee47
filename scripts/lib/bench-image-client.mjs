// Times image tool calls end to end through MCP (TypeScript SDK client).
// Usage: node bench-image-client.mjs MCP_URL JPEG_URL PNG_URL RUNS CASE
// CASE is one of the names below (prints "case <name> <median_ms> <min_ms> <max_ms>") or
// "concurrent" (8 distinct rotations at once; prints "concurrent 8 <wall_ms> <failures>").
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [mcpUrl, jpegUrl, pngUrl, runsArg, only] = process.argv.slice(2);
const runs = Number(runsArg || 7);
const client = new Client({ name: "bench-image", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));

async function call(name, args) {
  const r = await client.callTool({ name, arguments: args }, undefined, { timeout: 600000 });
  if (r.isError) throw new Error(`${name} failed: ${r.content[0].text}`);
  return r;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const cases = [
  ["jpeg_rotate90", "rotate_image", { url: jpegUrl, direction: "right90" }],
  ["jpeg_crop50", "crop_image", { image_url: jpegUrl, x1: 250, y1: 250, x2: 750, y2: 750 }],
  ["jpeg_resize1024_q85", "resize_image", { url: jpegUrl, width: 1024, format: "jpeg", quality: 85 }],
  ["png_rotate90", "rotate_image", { url: pngUrl, direction: "right90" }],
  ["png_crop50", "crop_image", { image_url: pngUrl, x1: 250, y1: 250, x2: 750, y2: 750 }],
  ["png_resize1024_q85", "resize_image", { url: pngUrl, width: 1024, format: "jpeg", quality: 85 }],
];

for (const [label, tool, args] of cases.filter(([l]) => l === only)) {
  await call(tool, args); // warm-up: JIT, source download (then cached by URL)
  await call(tool, args);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call(tool, args);
    times.push(performance.now() - t0);
  }
  console.log(`case ${label} ${median(times).toFixed(0)} ${Math.min(...times).toFixed(0)} ${Math.max(...times).toFixed(0)}`);
}

// 8 concurrent rotations, each distinct (different quality) so nothing is coalesced.
if (only === "concurrent") {
const t0 = performance.now();
const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) =>
  call("rotate_image", { url: jpegUrl, direction: "right90", quality: 80 + i })));
const wall = performance.now() - t0;
const failed = results.filter((r) => r.status === "rejected");
console.log(`concurrent 8 ${wall.toFixed(0)} ${failed.length}`);
for (const f of failed) console.log(`concurrent-error ${f.reason}`);
}
await client.close();
