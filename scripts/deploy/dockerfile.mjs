// A small Dockerfile reader shared by the deployment checks: instructions with their
// stage, line continuations joined, comments dropped.
import { readFileSync } from 'node:fs';

export function readDockerfile(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const instructions = [];
  let stage = -1;
  let buffer = '';
  let startLine = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!buffer && (/^\s*#/.test(line) || /^\s*$/.test(line))) return;
    if (!buffer) startLine = i + 1;
    if (/\\$/.test(line)) {
      buffer += line.slice(0, -1) + ' ';
      return;
    }
    const text = (buffer + line).trim();
    buffer = '';
    const m = /^(\w+)\s+([\s\S]*)$/.exec(text);
    if (!m) return;
    const keyword = m[1].toUpperCase();
    if (keyword === 'FROM') stage++;
    instructions.push({ keyword, args: m[2].trim(), stage, line: startLine });
  });
  return instructions;
}

/** ["a", "b"] exec form or a shell-form string, as an argv array. */
export function execForm(args) {
  const json = args.trim();
  if (json.startsWith('[')) return JSON.parse(json);
  return ['/bin/sh', '-c', json];
}

/** ENV a=b c=d (or the old ENV a b) as key/value pairs. */
export function envPairs(args) {
  const pairs = {};
  if (!args.includes('=')) {
    const [k, ...rest] = args.split(/\s+/);
    pairs[k] = rest.join(' ');
    return pairs;
  }
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|\S*)/g)) {
    pairs[m[1]] = m[3] !== undefined ? m[3] : m[2];
  }
  return pairs;
}
