// The deploy kit's scripts and its web server. The scripts run for real with --root (they write
// the files under a test folder and run no system command), and the server is nginx running
// the kit's own site file (started by cargo xtask test).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEqual, expectTrue } from '../../e2e/expect.mjs';
import { deploy, repo } from '../parts.mjs';

const dist = join(repo, 'dist');

/** Runs a kit script; returns its exit code and what it printed. */
function script(name, args, env = {}) {
  const result = spawnSync(join(deploy, name), args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The files a run says it wrote (install.sh lists them in PASAPAS_LIST_FILES). */
function install(root, extra = []) {
  const list = join(root, '..', `${root.split('/').pop()}-files.txt`);
  const run = script('install.sh', ['--root', root, ...extra, dist], { PASAPAS_LIST_FILES: list });
  const files = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean).sort() : [];
  return { ...run, files };
}

const versionOf = (build) => readFileSync(join(build, 'index.html'), 'utf8').match(/name="pasapas-build" content="([0-9a-f]{12})"/)[1];

/** A second build: a copy of dist/ with another version (what a new release looks like to the kit). */
function anotherBuild(folder, version) {
  const build = join(folder, `build-${version}`);
  cpSync(dist, build, { recursive: true });
  const index = join(build, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/(name="pasapas-build" content=")[0-9a-f]{12}/, `$1${version}`));
  return build;
}

/** GET on the test's nginx, optionally from another loopback address than 127.0.0.1. */
function get(base, path, localAddress) {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, base), { localAddress }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    request.on('error', reject);
  });
}

export const tests = [
  {
    name: 'shellcheck finds nothing in the kit',
    async run() {
      const files = ['install.sh', 'update.sh', 'uninstall.sh', 'printer.sh', 'lib.sh', 'files/kiosk-browser'].map((f) => join(deploy, f));
      const result = spawnSync('shellcheck', ['-x', ...files], { cwd: repo, encoding: 'utf8' });
      expectEqual(result.status, 0, `shellcheck's verdict:\n${result.stdout}${result.stderr}`);
    },
  },
  {
    name: "every line of the browser policy is explained in the README",
    async run() {
      const readme = readFileSync(join(repo, 'README.md'), 'utf8');
      const policy = JSON.parse(readFileSync(join(deploy, 'files', 'chromium-policy.json'), 'utf8'));
      const missing = Object.keys(policy).filter((key) => !readme.includes(`\`${key}\``));
      expectEqual(missing, [], "policies the README's table does not explain");
    },
  },
  {
    name: 'install.sh writes the kit, changes nothing when run again, and its dry run lists exactly those files',
    async run() {
      const folder = mkdtempSync(join(tmpdir(), 'pasapas-kit-'));
      try {
        const root = join(folder, 'root');
        const first = install(root);
        expectEqual(first.code, 0, `first run:\n${first.out}${first.err}`);
        expectTrue(/\d+ change\(s\) made\./.test(first.out), `the first run says what it changed:\n${first.out}`);
        const version = versionOf(dist);
        expectEqual(readlinkSync(join(root, 'opt/pasapas/current')), `/opt/pasapas/builds/${version}`, 'the current build');
        const shipped = {
          'etc/nginx/sites-available/pasapas': ['nginx-pasapas.conf', '644'],
          'etc/chromium/policies/managed/pasapas.json': ['chromium-policy.json', '644'],
          'usr/local/lib/pasapas/kiosk-browser': ['kiosk-browser', '755'],
          'etc/systemd/system/pasapas-kiosk.service': ['pasapas-kiosk.service', '644'],
          'etc/pam.d/pasapas-kiosk': ['pam-pasapas-kiosk', '644'],
          'var/lib/pasapas-kiosk/.config/speech-dispatcher/speechd.conf': ['speechd.conf', '644'],
        };
        for (const [path, [source, mode]] of Object.entries(shipped)) {
          expectEqual(readFileSync(join(root, path), 'utf8'), readFileSync(join(deploy, 'files', source), 'utf8'), `/${path} is the kit's ${source}`);
          expectEqual((statSync(join(root, path)).mode & 0o777).toString(8), mode, `mode of /${path}`);
        }
        expectEqual(readFileSync(join(root, 'etc/pasapas/config/kiosk.toml'), 'utf8'), readFileSync(join(dist, 'config/kiosk.toml'), 'utf8'), 'the example configuration, as the commune starts from it');
        expectEqual(readlinkSync(join(root, 'etc/nginx/sites-enabled/pasapas')), '/etc/nginx/sites-available/pasapas', 'the site is enabled');
        const second = install(root);
        expectEqual(second.code, 0, `second run:\n${second.out}${second.err}`);
        expectTrue(second.out.includes('nothing to change'), `the second run changes nothing:\n${second.out}`);
        expectEqual(second.files, [], 'files the second run wrote');
        const dry = install(join(folder, 'dry'), ['--dry-run']);
        expectEqual(dry.code, 0, `dry run:\n${dry.out}${dry.err}`);
        expectEqual(dry.files, first.files, 'the dry run lists the files a real run writes');
        for (const file of first.files) expectTrue(dry.out.includes(`would `) && dry.out.includes(file), `the dry run says it would write ${file}`);
        expectEqual(execFileSync('find', [join(folder, 'dry'), '-mindepth', '1']).toString(), '', 'what the dry run wrote');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'install.sh refuses another system with a clear message and changes nothing',
    async run() {
      const root = mkdtempSync(join(tmpdir(), 'pasapas-kit-'));
      try {
        mkdirSync(join(root, 'etc'));
        writeFileSync(join(root, 'etc/os-release'), 'ID=fedora\nVERSION_ID=41\n');
        const run = install(root);
        expectEqual(run.code, 1, 'exit code');
        expectTrue(run.err.includes('Debian 12 or Ubuntu 24.04') && run.err.includes('fedora 41') && run.err.includes('Nothing was changed'), `the message: ${run.err}`);
        expectEqual(execFileSync('find', [root, '-mindepth', '1']).toString().trim(), `${root}/etc\n${root}/etc/os-release`, 'files after the refusal');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
  {
    name: "update.sh switches to a new build keeping the commune's files, --rollback goes back, only two builds are kept",
    async run() {
      const folder = mkdtempSync(join(tmpdir(), 'pasapas-kit-'));
      try {
        const root = join(folder, 'root');
        expectEqual(install(root).code, 0, 'install');
        const first = versionOf(dist);
        const config = join(root, 'etc/pasapas/config/kiosk.toml');
        writeFileSync(config, `${readFileSync(config, 'utf8')}\n# the commune's own change\n`);
        const kept = readFileSync(config, 'utf8');
        const current = () => readlinkSync(join(root, 'opt/pasapas/current')).split('/').pop();
        const previous = () => readlinkSync(join(root, 'opt/pasapas/previous')).split('/').pop();
        let run = script('update.sh', ['--root', root, anotherBuild(folder, 'aaaaaaaaaaaa')]);
        expectEqual(run.code, 0, `update:\n${run.out}${run.err}`);
        expectEqual([current(), previous()], ['aaaaaaaaaaaa', first], 'current and previous after the update');
        expectEqual(readFileSync(config, 'utf8'), kept, "the commune's configuration after the update");
        run = script('update.sh', ['--root', root, '--rollback']);
        expectEqual(run.code, 0, `rollback:\n${run.out}${run.err}`);
        expectEqual([current(), previous()], [first, 'aaaaaaaaaaaa'], 'current and previous after the rollback');
        run = script('update.sh', ['--root', root, anotherBuild(folder, 'bbbbbbbbbbbb')]);
        expectEqual(run.code, 0, `second update:\n${run.out}${run.err}`);
        expectEqual(execFileSync('ls', [join(root, 'opt/pasapas/builds')]).toString().split('\n').filter(Boolean).sort(), ['bbbbbbbbbbbb', first].sort(), 'builds kept');
        run = script('update.sh', ['--root', root, '--rollback']);
        run = script('update.sh', ['--root', root, '--rollback']);
        expectEqual(current(), 'bbbbbbbbbbbb', 'two rollbacks come back to the new build');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: "nginx with the kit's site: cache headers, deep links, real 404s, the configuration readable from the kiosk only",
    async run({ base }) {
      const index = readFileSync(join(dist, 'index.html'), 'utf8');
      const wasm = execFileSync('ls', [dist]).toString().split('\n').find((f) => f.endsWith('_bg.wasm'));
      // trunk's hash has no leading zeros: 16 hex digits, or fewer now and then.
      const script = index.match(/pasapas-[0-9a-f]{8,16}\.js/)[0];
      for (const path of [`/${wasm}`, `/${script}`]) {
        const answer = await get(base, path);
        expectEqual([answer.status, answer.headers['cache-control']], [200, 'public, max-age=31536000, immutable'], `${path}: a hashed file never changes`);
      }
      expectEqual((await get(base, `/${wasm}`)).headers['content-type'], 'application/wasm', 'the wasm type');
      for (const path of ['/', '/index.html', '/sw.js', '/config/kiosk.toml', '/data/places.csv', '/icons/printer.svg']) {
        const answer = await get(base, path);
        expectEqual([answer.status, answer.headers['cache-control']], [200, 'no-cache'], `${path}: asked again at every start`);
      }
      for (const path of ['/home', '/tutorials/touch-screen/3', '/agent', '/agent/status']) {
        const answer = await get(base, path);
        expectEqual([answer.status, answer.headers['content-type']], [200, 'text/html; charset=utf-8'], `${path}: the kiosk's page`);
        // The agent's screens are a page of their own, with their own wasm (src/app.rs).
        const agentPage = answer.body.includes('/agent-page/pasapas-agent-');
        expectEqual(agentPage, path.startsWith('/agent'), `${path}: the agent's page`);
      }
      for (const path of ['/icons/no-such-icon.svg', '/config/no-such-file.toml', '/data/no-such-file.csv', '/pasapas-0000000000000000.js']) {
        expectEqual((await get(base, path)).status, 404, `${path}: a missing file is a 404, not the page`);
      }
      // 127.0.0.2 is this machine too, but not the address the kiosk's browser uses.
      expectEqual((await get(base, '/config/kiosk.toml', '127.0.0.2')).status, 403, 'the configuration, asked from another address');
      expectEqual((await get(base, '/config/kiosk.toml', '127.0.0.1')).status, 200, 'the configuration, asked by the kiosk');
    },
  },
];
