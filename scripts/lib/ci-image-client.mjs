// Smoke test of the image tools through the official TypeScript MCP SDK client.
// Usage: node ci-image-client.mjs MCP_URL IMAGE_URL
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { readFileSync } from "node:fs";

const [mcpUrl, imageUrl, dataUrlFile] = process.argv.slice(2);
let failures = 0;
function check(cond, what) {
  console.log(`${cond ? "ok  " : "FAIL"} ${what}`);
  if (!cond) failures++;
}

const client = new Client({ name: "ci-image", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));

const { tools } = await client.listTools();
for (const name of ["rotate_image", "crop_image", "flip_image", "resize_image", "convert_image", "get_image_info"]) {
  const t = tools.find((x) => x.name === name);
  check(t && t.outputSchema && t.annotations, `${name} listed with outputSchema and annotations`);
}

// 32x16 PNG served over HTTP: rotate right -> 16x32.
const rotated = await client.callTool({ name: "rotate_image", arguments: { url: imageUrl, direction: "Right90" } });
check(!rotated.isError, "rotate_image succeeds");
const r = rotated.structuredContent ?? {};
check(r.width === 16 && r.height === 32, `rotated size 16x32 (got ${r.width}x${r.height})`);
check(rotated.content.some((c) => c.type === "resource_link" && c.uri === r.url), "resource_link points at the result");
check(rotated.content.some((c) => c.type === "image" && c.mimeType === "image/png"), "inline PNG preview");
const res = await fetch(r.url);
const body = new Uint8Array(await res.arrayBuffer());
check(res.status === 200 && res.headers.get("content-type") === "image/png", "result URL serves image/png");
check(body[0] === 0x89 && body[1] === 0x50 && body.length === r.bytes, "result bytes are the PNG reported");
check((res.headers.get("cache-control") || "").includes("immutable"), "result is served immutable");

// data: URL input, crop on the 0..999 grid, JPEG output.
const dataUrl = readFileSync(dataUrlFile, "utf8").trim();
const cropped = await client.callTool({ name: "crop_image", arguments: { image_url: dataUrl, x1: 0, y1: 0, x2: 500, y2: 999, format: "jpeg" } });
const c = cropped.structuredContent ?? {};
check(!cropped.isError && c.width === 16 && c.height === 15 && c.format === "jpeg", `crop of data: URL is 16x15 JPEG (got ${JSON.stringify(c)})`);

const info = await client.callTool({ name: "get_image_info", arguments: { url: r.url } });
const i = info.structuredContent ?? {};
check(!info.isError && i.width === 16 && i.height === 32 && i.format === "png", "get_image_info reads the cached result by its URL");

const bad = await client.callTool({ name: "rotate_image", arguments: { url: "gopher://x/y.png", direction: "left90" } });
check(bad.isError === true && /http\(s\)/.test(bad.content[0].text), "bad scheme is a readable tool error");

await client.close();
if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log("ci-image: all checks passed");
