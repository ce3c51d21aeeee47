// Sums the checks.json files the conformance CLI writes under each directory given and
// prints one "Total: N passed, M failed" line per label, then every failed check as
// Markdown (scenario, check id, message) for the report. Exit code 1 if any check failed.
// Usage: node conformance-summary.mjs LABEL=DIR [LABEL=DIR ...] [--markdown FILE]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const args = process.argv.slice(2);
let markdownFile;
const groups = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--markdown') markdownFile = args[++i];
  else {
    const eq = args[i].indexOf('=');
    groups.push({ label: args[i].slice(0, eq), dirs: args[i].slice(eq + 1).split(',') });
  }
}

function checkFiles(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return []; }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return checkFiles(path);
    return name === 'checks.json' ? [path] : [];
  });
}

// Directories are named server-<scenario>-<ISO timestamp with dashes>.
function scenarioOf(file) {
  return basename(join(file, '..')).replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T.*$/, '');
}

let anyFailed = false;
const lines = [];
for (const { label, dirs } of groups) {
  let passed = 0, failed = 0, warnings = 0, scenarios = 0;
  const failures = [];
  for (const file of dirs.flatMap(checkFiles).sort()) {
    scenarios++;
    const checks = JSON.parse(readFileSync(file, 'utf8'));
    for (const c of checks) {
      if (c.status === 'SUCCESS') passed++;
      else if (c.status === 'WARNING') warnings++;
      else if (c.status === 'FAILURE') {
        failed++;
        failures.push({ scenario: scenarioOf(file), id: c.id, message: c.errorMessage ?? c.description, details: c.details });
      }
    }
  }
  if (failed > 0 || scenarios === 0) anyFailed = true;
  console.log(`${label}: ${scenarios} scenarios. Total: ${passed} passed, ${failed} failed (${warnings} warnings)`);
  lines.push(`### ${label}: Total: ${passed} passed, ${failed} failed (${warnings} warnings, ${scenarios} scenarios)`, '');
  for (const f of failures) {
    let detail = '';
    if (f.details !== undefined) {
      const json = JSON.stringify(f.details);
      detail = ` — details: \`${json.length > 600 ? json.slice(0, 600) + '…' : json}\``;
    }
    lines.push(`- **${f.scenario}** \`${f.id}\`: ${f.message}${detail}`);
  }
  if (failures.length > 0) lines.push('');
}
if (markdownFile) writeFileSync(markdownFile, lines.join('\n') + '\n');
process.exit(anyFailed ? 1 : 0);
