// What the offline tests need beyond the page object: a server in a process of its own (so a test
// can stop it, as a server that goes down), a browser on a profile folder that outlives it (so a
// test can "reboot" the kiosk), copies of the build to change, and a look into Cache Storage.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions } from './browser.mjs';
import { expectEqual } from './expect.mjs';
import { installSpeechStub } from './speech-stub.mjs';

export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** `cargo xtask ARGS`: the very xtask that runs the tests when it says where it is. */
function xtask(args) {
  const own = process.env.PASAPAS_XTASK;
  return own ? [own, args] : ['cargo', ['xtask', ...args]];
}

/** A copy of the release build in a new folder, to change without touching dist/. */
export function copyOfBuild() {
  const folder = mkdtempSync(join(tmpdir(), 'pasapas-build-'));
  cpSync(dist, folder, { recursive: true });
  return folder;
}

/** Writes the offline worker of `folder` again, after a test changed its files: a new build. */
export function rebuildWorker(folder) {
  const [program, args] = xtask(['service-worker', folder]);
  execFileSync(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return buildOf(folder);
}

/** The build version stamped in a folder's index.html. */
export function buildOf(folder) {
  return readFileSync(join(folder, 'index.html'), 'utf8').match(/name="pasapas-build" content="([^"]+)"/)[1];
}

/** The files a folder's worker keeps, from its sw.js. */
export function keptFiles(folder) {
  const worker = readFileSync(join(folder, 'sw.js'), 'utf8');
  return [...worker.matchAll(/^ {2}\["([^"]+)", "[0-9a-f]{64}"\],$/gm)].map((m) => m[1]);
}

/** Starts `cargo xtask serve-folder` on `folder`; `address` keeps the port of an earlier server
 * (same origin, same kept files). Resolves to { url, host, stop() }. */
export async function startServer(folder, host = '127.0.0.1:0') {
  const [program, args] = xtask(['serve-folder', folder, host]);
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      if (printed.includes('\n')) resolve(printed.split('\n')[0].trim());
    });
    child.on('exit', (code) => reject(new Error(`serve-folder ended with ${code} before listening`)));
  });
  const ended = new Promise((done) => child.on('exit', done));
  return {
    url,
    host: new URL(url).host,
    stop: async () => {
      child.kill('SIGKILL');
      await ended;
    },
  };
}

/** A new profile folder: the kiosk PC's browser data. */
export function newProfile() {
  return mkdtempSync(join(tmpdir(), 'pasapas-profile-'));
}

/** Starts Chromium on `profile` (a persistent one, as on a kiosk PC), with the speech stub, and
 * records page errors. Network failures the test caused on purpose (a stopped server) are the
 * browser's own log lines, not the kiosk's errors, and are kept apart. */
export async function startBrowser(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumOptions(),
    viewport: { width: 1920, height: 1080 },
  });
  await context.addInitScript(installSpeechStub, ['fr-FR', 'en-GB']);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const network = /Failed to load resource|ERR_CONNECTION_REFUSED|Failed to fetch/.test(message.text());
    if (message.type() === 'error' && !network) errors.push(message.text());
  });
  return { context, page, errors };
}

/** Polls `check` (an async function run in the page) until it gives a true value.
 * (Playwright's waitForFunction takes the promise of an async function for a true value.) */
export async function waitInPage(page, check, timeout = 60_000) {
  const until = Date.now() + timeout;
  while (!(await page.evaluate(check))) {
    if (Date.now() > until) throw new Error(`not true after ${timeout} ms: ${check}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Waits until the service worker keeps every file of the build and controls the page, and the
 * commune's two files have a kept copy. */
export async function waitUntilKept(page) {
  await waitInPage(page, async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration?.active || !navigator.serviceWorker.controller) return false;
    const commune = await caches.open('pasapas-commune-files-v1');
    return (await commune.keys()).length >= 2;
  });
}

/** Cache Storage as { cache name: [paths] }, and the service workers' script addresses. */
export function kept(page) {
  return page.evaluate(async () => {
    const caches_ = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      caches_[name] = keys.map((request) => new URL(request.url).pathname).sort();
    }
    const registrations = await navigator.serviceWorker.getRegistrations();
    return {
      caches: caches_,
      workers: registrations.map((r) => new URL((r.active ?? r.waiting ?? r.installing).scriptURL).pathname),
    };
  });
}

/** What a kiosk may keep after a reset: one build cache holding only files of the build in
 * `folder`, and the commune cache holding only the configuration and the places file. */
export function expectOnlyBuildAndCommuneFiles(found, folder = dist) {
  const build = Object.keys(found.caches).filter((name) => name.startsWith('pasapas-build-'));
  expectEqual(build.length, 1, `one build cache (${Object.keys(found.caches)})`);
  const files = new Set(keptFiles(folder));
  const strangers = found.caches[build[0]].filter((path) => !files.has(path));
  expectEqual(strangers, [], 'files in the build cache that are not the build');
  expectEqual(found.caches['pasapas-commune-files-v1'], ['/config/kiosk.toml', '/data/places.csv'], 'the commune cache');
  expectEqual(Object.keys(found.caches).length, 2, `caches (${Object.keys(found.caches)})`);
  expectEqual(found.workers, ['/sw.js'], 'service workers');
}

/** Runs `body({ folder, server, profile })` with a copy of the build (changed first by
 * `prepare(folder)`) served by a server process of its own, and a new browser profile; removes
 * them afterwards. `body` may put a restarted server in `served.server`. */
export async function withServedCopy(prepare, body) {
  const folder = copyOfBuild();
  prepare(folder);
  const served = { folder, profile: newProfile(), server: await startServer(folder) };
  try {
    await body(served);
  } finally {
    await served.server.stop();
    rmSync(served.profile, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs `body({ context, page, errors })` in Chromium started on `profile`, then closes it. */
export async function withBrowser(profile, body) {
  const browser = await startBrowser(profile);
  try {
    await body(browser);
  } finally {
    await browser.context.close();
  }
}
