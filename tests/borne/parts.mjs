// The kiosk PC's real parts, for the tests and the benchmark: a virtual screen (Xvfb), a CUPS of
// the test's own with a virtual PDF ticket printer set up by the kit's deploy/printer.sh,
// speech-dispatcher with the kit's configuration, the kit's Chromium policy, and Chromium started
// by the kit's own launcher (deploy/files/kiosk-browser) with its kiosk flags. Nothing is mocked;
// what is installed outside the test's folder (the policy, the PDF printer's settings) is removed
// at the end, even after a failure or Ctrl+C.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const deploy = join(repo, 'deploy');
const POLICY_FOLDER = '/etc/chromium/policies/managed';
const POLICY = join(POLICY_FOLDER, 'pasapas-test.json');
// cups-pdf reads its settings from /etc/cups only, one file per queue name.
const PDF_PRINTER_NAME = 'pasapastest';
const PDF_PRINTER_SETTINGS = `/etc/cups/cups-pdf-${PDF_PRINTER_NAME}.conf`;
const CUPS_PDF_PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';

/** Runs a program to its end; a failure says its own words. */
export function exec(program, args, options = {}) {
  try {
    return execFileSync(program, args, { stdio: 'pipe', ...options }).toString();
  } catch (error) {
    throw new Error(`${program} ${args.join(' ')} failed: ${error.stderr?.toString() || error.stdout?.toString() || error.message}`);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` is truthy, every 100 ms, for `ms` at most; returns its value. */
export async function until(check, ms, what) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > ms) throw new Error(`${what}: not after ${ms} ms`);
    await sleep(100);
  }
}

export class Parts {
  constructor(base) {
    this.base = base;
    this.work = mkdtempSync(join(tmpdir(), 'pasapas-borne-'));
    // CUPS runs its filters as the user lp, which must reach the spool and the printer's PPD.
    execFileSync('chmod', ['755', this.work]);
    this.children = [];
    this.env = { ...process.env };
    const cleanup = () => this.stopAll();
    process.once('exit', cleanup);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        cleanup();
        process.exit(130);
      });
    }
  }

  /** Starts a program in a process group of its own (so stopping it stops its children). */
  start(program, args, options = {}) {
    const child = spawn(program, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: this.env, ...options });
    child.log = '';
    child.stdout.on('data', (d) => { child.log += d; });
    child.stderr.on('data', (d) => { child.log += d; });
    this.children.push(child);
    return child;
  }

  stop(child) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    this.children = this.children.filter((c) => c !== child);
  }

  /** A virtual 1920×1080 screen: Chromium runs headed, as on the kiosk, not headless. */
  async startScreen() {
    const screen = this.start('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp']);
    const display = await until(() => screen.log.match(/^(\d+)\s*$/m)?.[1], 10_000, 'Xvfb gives its display');
    this.env.DISPLAY = `:${display}`;
  }

  /** A CUPS of the test's own (its socket in the test folder), whose default queue is made by
   * the kit's printer.sh: a CUPS-PDF virtual printer with 80 mm paper, writing PDFs to `out`. */
  async startSpooler() {
    const cups = join(this.work, 'cups');
    this.printed = join(cups, 'out');
    for (const folder of ['spool', 'tmp', 'cache', 'state', 'log', 'ppd', 'out']) mkdirSync(join(cups, folder), { recursive: true, mode: 0o777 });
    execFileSync('chmod', ['1777', join(cups, 'tmp'), this.printed]);
    const socket = join(cups, 'cups.sock');
    writeFileSync(join(cups, 'cupsd.conf'), [
      'LogLevel warn', `Listen ${socket}`, 'WebInterface No', 'Browsing No',
      '<Location />', '  Order allow,deny', '  Allow all', '</Location>',
      '<Policy default>', '  <Limit All>', '    Order deny,allow', '  </Limit>', '</Policy>', '',
    ].join('\n'));
    writeFileSync(join(cups, 'cups-files.conf'), [
      `ServerRoot ${cups}`, `RequestRoot ${cups}/spool`, `TempDir ${cups}/tmp`, `CacheDir ${cups}/cache`,
      `StateDir ${cups}/state`, `ErrorLog ${cups}/log/error_log`, `AccessLog ${cups}/log/access_log`,
      `PageLog ${cups}/log/page_log`, 'SystemGroup root', '',
    ].join('\n'));
    writeFileSync(PDF_PRINTER_SETTINGS, `Out ${this.printed}\nAnonDirName ${this.printed}\nLabel 0\nUserUMask 0000\n`);
    this.start('/usr/sbin/cupsd', ['-f', '-c', join(cups, 'cupsd.conf'), '-s', join(cups, 'cups-files.conf')]);
    this.env.CUPS_SERVER = socket;
    await until(() => existsSync(socket), 10_000, 'cupsd opens its socket');
    await this.addTicketPrinter();
  }

  /** The kit's own printer.sh makes the virtual printer the default 80 mm queue. */
  async addTicketPrinter() {
    exec(join(deploy, 'printer.sh'), [`cups-pdf:/${PDF_PRINTER_NAME}`, CUPS_PDF_PPD, '--width', '80'], { env: this.env });
    // The virtual printer turns PDF into PostScript and back; poppler's cairo renderer keeps the
    // text extractable for pdftotext (a thermal printer gets raster from its own driver).
    this.lp('lpadmin', ['-p', 'pasapas-ticket', '-o', 'pdftops-renderer-default=pdftocairo']);
  }

  lp(program, args) {
    return exec(program, args, { env: this.env });
  }

  /** The PDFs the virtual printer has written so far. */
  printedFiles() {
    return readdirSync(this.printed).filter((f) => f.endsWith('.pdf')).map((f) => join(this.printed, f));
  }

  /** Waits for a PDF that was not there before, complete (pdfinfo reads it); returns its path. */
  async nextPrinted(before, ms = 10_000) {
    return until(() => {
      const fresh = this.printedFiles().find((f) => !before.includes(f));
      if (!fresh || statSync(fresh).size === 0) return null;
      try {
        execFileSync('pdfinfo', [fresh], { stdio: 'pipe' });
        return fresh;
      } catch {
        return null;
      }
    }, ms, 'a PDF lands in the virtual printer');
  }

  /** speech-dispatcher as the kit configures it for the kiosk user, sound sent to ALSA's null
   * device (the test machine has no sound card). Chromium starts it on first use. */
  startVoices() {
    const config = join(this.work, 'config', 'speech-dispatcher');
    mkdirSync(config, { recursive: true });
    const shipped = readFileSync(join(deploy, 'files', 'speechd.conf'), 'utf8');
    if (!shipped.includes('AudioALSADevice "default"')) throw new Error('deploy/files/speechd.conf no longer sends sound to ALSA "default"');
    writeFileSync(join(config, 'speechd.conf'), shipped.replace('AudioALSADevice "default"', 'AudioALSADevice "null"'));
    const runtime = join(this.work, 'runtime');
    mkdirSync(runtime, { recursive: true, mode: 0o700 });
    this.env.XDG_CONFIG_HOME = join(this.work, 'config');
    this.env.XDG_RUNTIME_DIR = runtime;
  }

  /** Stops the speech-dispatcher Chromium started, as systemd does when the kiosk session
   * restarts (it stops every process of the session). One left from a killed Chromium has lost
   * its espeak-ng module and lists no voice to the next Chromium. */
  stopVoices() {
    if (!this.env.XDG_RUNTIME_DIR) return;
    try {
      execFileSync('pkill', ['-KILL', '-f', `socket-path ${this.env.XDG_RUNTIME_DIR}`]);
    } catch {
      // None was running.
    }
  }

  /** The kit's policy for this kiosk's origin. `devtools: false` leaves out the one line that
   * also closes the door the tests drive Chromium through (tested on its own). */
  installPolicy({ devtools }) {
    const shipped = readFileSync(join(deploy, 'files', 'chromium-policy.json'), 'utf8');
    const origin = new URL(this.base).origin;
    if (!shipped.includes('http://127.0.0.1:8080')) throw new Error('the policy no longer names http://127.0.0.1:8080');
    const policy = JSON.parse(shipped.replaceAll('http://127.0.0.1:8080', origin));
    policy.DownloadDirectory = join(this.work, 'downloads');
    if (!devtools) delete policy.DeveloperToolsAvailability;
    mkdirSync(POLICY_FOLDER, { recursive: true });
    writeFileSync(POLICY, JSON.stringify(policy, null, 2));
    return policy;
  }

  /** Chromium as the kiosk session starts it: the kit's launcher and flags, a new profile (a
   * first boot), plus a debugging port for the test, connected to the kiosk's page (unless
   * `page: false`). */
  async launchKiosk({ path = '/', page: withPage = true } = {}) {
    const profile = mkdtempSync(join(this.work, 'profile-'));
    const started = Date.now();
    const child = this.start(join(deploy, 'files', 'kiosk-browser'), [
      '--no-sandbox', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--disable-background-networking',
      '--disable-component-update', '--disable-quic',
      // Xvfb has no window manager to make the kiosk window fill the screen, as cage does.
      '--window-position=0,0', '--window-size=1920,1080',
    ], { env: { ...this.env, PASAPAS_URL: new URL(path, this.base).href } });
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until(() => existsSync(portFile) && readFileSync(portFile, 'utf8').split('\n')[0], 30_000, `Chromium starts (${child.log.slice(-300)})`);
    let browser;
    let page;
    let context;
    try {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      context = browser.contexts()[0];
      if (withPage) page = context.pages()[0] ?? (await context.waitForEvent('page', { timeout: 15_000 }));
    } catch (error) {
      this.stop(child);
      this.stopVoices();
      throw error;
    }
    return {
      browser, context, page, child, profile, started,
      stop: async () => {
        await browser.close().catch(() => {});
        this.stop(child);
        this.stopVoices();
      },
    };
  }

  /** Stops every process the tests started and removes what they put outside their folder. */
  stopAll() {
    for (const child of [...this.children]) this.stop(child);
    this.stopVoices();
    rmSync(POLICY, { force: true });
    rmSync(PDF_PRINTER_SETTINGS, { force: true });
    rmSync(this.work, { recursive: true, force: true });
  }
}
