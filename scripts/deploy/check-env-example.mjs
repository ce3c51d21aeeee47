// .env.example must list every setting of conf/config.json with the same default, the
// five settings users know first, and a comment line above each setting.
import { readFileSync } from 'node:fs';

const conf = JSON.parse(readFileSync('conf/config.json', 'utf8'));
const lines = readFileSync('.env.example', 'utf8').split('\n');
const problems = [];
const seen = [];
lines.forEach((line, i) => {
  const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
  if (!m) return;
  const [, key, value] = m;
  seen.push(key);
  if (!(key in conf)) problems.push(`${key} is not a setting in conf/config.json`);
  else if (String(conf[key]) !== value) problems.push(`${key}=${value} but the default is ${conf[key]}`);
  if (!/^#\s*\S/.test(lines[i - 1] || '')) problems.push(`${key} has no comment line above it`);
});
for (const key of Object.keys(conf)) if (!seen.includes(key)) problems.push(`${key} is missing`);
const first = ['MODELSCOPE_API_KEY', 'MCP_PORT', 'SECRET_KEY', 'CACHE_DIR', 'CACHE_URL'];
if (seen.slice(0, 5).join() !== first.join()) problems.push(`the first settings should be ${first.join(', ')}`);
if (problems.length) {
  console.error(problems.map((p) => `.env.example: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`.env.example: all ${seen.length} settings with their defaults`);
