// Checks the Dockerfile for the rules this project's deployment relies on, for machines
// where hadolint cannot be installed. Exits 1 and lists every broken rule.
//   node scripts/deploy/check-dockerfile.mjs [Dockerfile]
import { readDockerfile, execForm, envPairs } from './dockerfile.mjs';

const path = process.argv[2] || 'Dockerfile';
const all = readDockerfile(path);
const problems = [];
const fail = (msg, ins) => problems.push(`${path}:${ins ? ins.line : 0}: ${msg}`);

const froms = all.filter((i) => i.keyword === 'FROM');
const lastStage = froms.length - 1;
const final = all.filter((i) => i.stage === lastStage);
const stageNames = froms.map((f) => (/\sAS\s+(\S+)/i.exec(f.args) || [])[1]).filter(Boolean);

if (froms.length < 2) fail('expected a multi-stage build (a build stage and a run stage)');
for (const f of froms) {
  const image = f.args.split(/\s+/).find((w) => !w.startsWith('--'));
  if (stageNames.includes(image)) continue;
  const tag = image.includes('@') ? 'digest' : (image.split('/').pop().split(':')[1] || '');
  if (!tag) fail(`base image "${image}" has no tag: pin a version`, f);
  else if (tag === 'latest') fail(`base image "${image}" uses the latest tag: pin a version`, f);
  else if (tag !== 'digest' && !/\d/.test(tag)) fail(`base image "${image}" tag "${tag}" names no version`, f);
}
const build = froms[0] && froms[0].args;
if (build && !/maven:3\.9[\w.-]*-17/.test(build)) fail('the build stage should use a Maven 3.9 + JDK 17 image', froms[0]);
if (froms[lastStage] && !/eclipse-temurin:17[\w.-]*-jre/.test(froms[lastStage].args)) {
  fail('the run stage should use an eclipse-temurin 17 JRE image', froms[lastStage]);
}

// Dependency layer: pom.xml copied and resolved before the sources are copied.
const buildStage = all.filter((i) => i.stage === 0);
const idx = (pred) => buildStage.findIndex(pred);
const copyPom = idx((i) => i.keyword === 'COPY' && /\bpom\.xml\b/.test(i.args) && !/\bsrc\b/.test(i.args));
const goOffline = idx((i) => i.keyword === 'RUN' && /dependency:go-offline/.test(i.args));
const copySrc = idx((i) => i.keyword === 'COPY' && /\bsrc\b/.test(i.args));
if (!(copyPom >= 0 && goOffline > copyPom && copySrc > goOffline)) {
  fail('dependencies must resolve in their own layer: COPY pom.xml, RUN mvn dependency:go-offline, then COPY src');
}
if (idx((i) => i.keyword === 'RUN' && /mvn -B package -DskipTests/.test(i.args)) < 0) {
  fail('the build stage must run README\'s command: mvn -B package -DskipTests');
}

const users = final.filter((i) => i.keyword === 'USER');
const user = users.length ? users[users.length - 1] : null;
if (!user) fail('the run stage has no USER: the server would run as root');
else if (/^(root|0)(:|$)/.test(user.args)) fail(`the run stage runs as ${user.args}`, user);

const health = final.find((i) => i.keyword === 'HEALTHCHECK');
if (!health) fail('no HEALTHCHECK');
else if (!/\/health\b/.test(health.args)) fail('the HEALTHCHECK should probe /health', health);
else if (/\b(curl|wget)\b/.test(health.args) && !final.some((i) => i.keyword === 'RUN' && /install[^&]*\b(curl|wget)\b/.test(i.args))) {
  fail('the HEALTHCHECK uses curl/wget, which the JRE image does not have', health);
}

const env = Object.assign({}, ...final.filter((i) => i.keyword === 'ENV').map((i) => envPairs(i.args)));
if (env.CACHE_DIR !== '/data') fail('ENV CACHE_DIR=/data is missing from the run stage');
if (!final.some((i) => i.keyword === 'VOLUME' && /\/data\b/.test(i.args))) fail('VOLUME /data is missing');
const expose = final.find((i) => i.keyword === 'EXPOSE');
if (!expose || !/\b3000\b/.test(expose.args)) fail('EXPOSE 3000 is missing');

const entry = final.find((i) => i.keyword === 'ENTRYPOINT') || final.find((i) => i.keyword === 'CMD');
if (!entry) fail('no ENTRYPOINT/CMD');
else {
  const argv = execForm(entry.args);
  if (argv[0] !== 'java') fail('the entry point should start java directly (exec form, so it gets SIGTERM)', entry);
  if (!argv.some((a) => /^-XX:MaxRAMPercentage=\d+/.test(a))) fail('java needs container-aware memory: -XX:MaxRAMPercentage', entry);
  const jar = argv.indexOf('-jar');
  if (jar < 0 || argv[jar + 1] !== '/app/image-edit-mcp.jar') fail('the entry point should run -jar /app/image-edit-mcp.jar', entry);
}

for (const ins of all) {
  if (ins.keyword === 'ADD' && /https?:\/\//.test(ins.args)) fail('ADD from a URL: use a pinned, checked download instead', ins);
  if (ins.keyword === 'RUN' && /apt-get install/.test(ins.args)) {
    if (!/--no-install-recommends/.test(ins.args)) fail('apt-get install without --no-install-recommends', ins);
    if (!/rm -rf \/var\/lib\/apt\/lists/.test(ins.args)) fail('apt-get lists are left in the layer', ins);
  }
  if (ins.keyword === 'RUN' && /\bsudo\b/.test(ins.args)) fail('sudo in a RUN step', ins);
  if (ins.keyword === 'MAINTAINER') fail('MAINTAINER is deprecated: use a LABEL', ins);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`Dockerfile check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`Dockerfile check: ${path} follows the rules (${froms.length} stages, USER ${user.args}, HEALTHCHECK, pinned base images)`);
