// Crashes, on a build made with `--features test-faults` (what `cargo xtask test` builds): the
// page script sets `window.pasapasTestFault` before the kiosk starts, and src/kiosk.rs makes that
// fault happen. A kiosk's own build has no such hook.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { Kiosk } from '../kiosk.mjs';
import { newProfile, startBrowser } from '../offline.mjs';
import { named, t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';
import { TEST_PIN, configWithPin, serveConfig } from '../agent-config.mjs';
import { readFigures, totalOf } from '../kiosk.mjs';

const shippedPlaces = readFileSync(new URL('../../../assets/data/places.csv', import.meta.url), 'utf8');

/** The shipped places file as a French Excel saves it: `;` between columns, Windows-1252. Every
 * shipped character is in Windows-1252 but the dash (–), which Excel writes as byte 0x96. */
function asExcelSavesIt(text) {
  const rows = text.trim().split('\n').map((line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) { fields.push(field); field = ''; } else field += char;
    }
    fields.push(field);
    return fields.map((f) => (f.includes(';') ? `"${f}"` : f)).join(';');
  });
  const bytes = [];
  for (const char of rows.join('\r\n')) {
    const code = char.codePointAt(0);
    if (code < 0x100) bytes.push(code);
    else if (char === '–') bytes.push(0x96);
    else if (char === '’') bytes.push(0x92);
    else throw new Error(`not in Windows-1252: ${char}`);
  }
  return Buffer.from(bytes);
}

/** The agent's status screen, through the PIN pad. */
async function openStatus(kiosk) {
  await kiosk.enterAgentMode(TEST_PIN);
  await kiosk.page.getByRole('link', { name: named(kiosk.t('agent-status-title')) }).click();
  await kiosk.heading().filter({ hasText: kiosk.t('agent-status-title') }).waitFor();
}


/** Makes `fault` happen at the start of every page whose address has `?fault=<fault>`. */
async function faultOnce(page, fault) {
  await page.addInitScript((wanted) => {
    if (new URLSearchParams(location.search).get('fault') === wanted) window.pasapasTestFault = wanted;
  }, fault);
}

async function recoveries(page) {
  return totalOf(await readFigures(page), 'panic-recovered');
}

/** The calm notice, then Welcome within 5 s of it, with the recovery counted once. */
async function expectRestartToWelcome(kiosk, page) {
  const notice = page.getByRole('alert').filter({ hasText: t('fr', 'restart-title') });
  await notice.waitFor({ timeout: 5_000 });
  const seen = Date.now();
  await page.waitForURL((url) => url.search === '', { timeout: 5_000 });
  await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor({ timeout: 5_000 });
  const took = Date.now() - seen;
  expectTrue(took < 5_000, `Welcome came back ${took} ms after the message`);
  expectEqual(await recoveries(page), 1, 'the recovery is counted');
}

export const tests = [
  ...[
    ['panic', 'a panic shows a calm message and reloads to Welcome within 5 s'],
    ['trap', 'a trap that bypasses the panic hook (as out of memory does) restarts the kiosk the same way'],
  ].map(([fault, name]) => ({
    name,
    expectsErrors: true,
    async run({ kiosk, page }) {
      await faultOnce(page, fault);
      await page.goto(new URL(`/?fault=${fault}`, kiosk.base).href);
      await expectRestartToWelcome(kiosk, page);
      await kiosk.pickLanguage('en');
    },
  })),
  {
    name: 'a script error outside Rust is logged and the kiosk goes on serving',
    expectsErrors: true,
    async run({ kiosk, page }) {
      await kiosk.open();
      await page.evaluate(() => setTimeout(() => { throw new Error('a script outside the kiosk failed'); }, 0));
      await page.evaluate(() => { Promise.reject(new Error('a promise outside the kiosk failed')); });
      await kiosk.pickLanguage('en');
      await kiosk.heading().filter({ hasText: t('en', 'home-title') }).waitFor();
      expectEqual(await page.locator('.k-restart:not([hidden])').count(), 0, 'no restart');
      expectEqual(await recoveries(page), 0, 'nothing counted as a crash');
    },
  },
  {
    name: 'a panic at every start holds on a safe screen from the third, tells the agent why, and tries again',
    expectsErrors: true,
    async run({ kiosk, page }) {
      // Every start panics until the test "repairs" the kiosk.
      await page.addInitScript(() => {
        if (!localStorage.getItem('test-repaired')) window.pasapasTestFault = 'panic-at-start';
      });
      const started = Date.now();
      await page.goto(kiosk.base);
      const safe = page.getByRole('alert').filter({ hasText: t('fr', 'safe-title') });
      await safe.waitFor({ timeout: 20_000 });
      const held = Date.now() - started;
      expectTrue(held > 6_000, `the safe screen came after two quick restarts (${held} ms)`);
      const text = await safe.innerText();
      expectTrue(text.includes(t('fr', 'safe-line')), 'the person is sent to the desk');
      expectTrue(text.includes('test fault: panic at start'), `the agent reads the reason: ${text}`);
      expectTrue(/\d\d:\d\d/.test(text), 'and the time of the next try');
      expectEqual(await page.locator('#main, button[lang]').count(), 0, 'the app is not started');
      expectEqual(await kiosk.axeViolations(), [], 'axe on the safe screen');
      // Held: nothing restarts for a while (the first hold is 30 s).
      await page.waitForTimeout(5_000);
      expectTrue(await safe.isVisible(), 'still held after 5 s');
      // The cause is fixed: the next try starts the kiosk, and the series ends.
      await page.evaluate(() => localStorage.setItem('test-repaired', 'yes'));
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor({ timeout: 40_000 });
      expectEqual(await recoveries(page), 3, 'each crash is counted as a recovery');
    },
  },
  {
    name: 'a places file saved by Excel (";" and Windows-1252) gives every place, and the agent screen says how to save it',
    async run({ kiosk, page, context, output }) {
      await serveConfig(context, configWithPin());
      await page.route('**/data/places.csv', (route) =>
        route.fulfill({ body: asExcelSavesIt(shippedPlaces), contentType: 'text/csv' }));
      await kiosk.open('/');
      await openStatus(kiosk);
      const places = page.getByRole('region', { name: t('fr', 'report-places-title') });
      await places.getByText(t('fr', 'report-places-semicolons')).waitFor();
      await places.getByText(t('fr', 'report-places-windows-1252')).waitFor();
      const kept = await places.locator('.k-report__facts li').first().textContent();
      expectEqual(kept, '13 lieux gardés.', 'every place of the shipped file');
      await page.screenshot({ path: `${output}faults-places-excel-fr.png`, fullPage: true });
      await page.getByRole('button', { name: t('fr', 'agent-quit') }).click();
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/help-near-me');
      await page.getByText('Mairie de Val-Fictif – espace France Services').first().waitFor();
    },
  },
  {
    name: 'a places reader that does not load: people are sent to reception, and the agent screen says it is the reader',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    expectsErrors: true,
    async run({ kiosk, page, context, output }) {
      await serveConfig(context, configWithPin());
      // The worker's script, asked for by the page once it is idle after the start.
      await context.route('**/pasapas-places_loader.js', (route) => route.fulfill({ status: 404, body: '' }));
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/help-near-me');
      await page.getByText(t('fr', 'near-unavailable')).waitFor({ timeout: 10_000 });
      await kiosk.open('/');
      await openStatus(kiosk);
      const places = page.getByRole('region', { name: t('fr', 'report-places-title') });
      await places.getByText(/Fichier non lu\s:\sle lecteur des lieux de la borne n'a pas marché\./).waitFor();
      await page.screenshot({ path: `${output}faults-places-reader-fr.png`, fullPage: true });
    },
  },
  {
    name: 'a 10 MB places file and a 1 MB configuration are refused at once with their size; people are still served',
    expectsErrors: true,
    async run({ kiosk, page, context }) {
      const config = configWithPin();
      await serveConfig(context, `${config}\n${'# padding\n'.repeat(100_000)}`);
      await page.route('**/data/places.csv', (route) =>
        route.fulfill({ body: shippedPlaces + 'x,'.repeat(5_000_000), contentType: 'text/csv' }));
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/help-near-me');
      await page.getByText(t('en', 'near-unavailable')).waitFor({ timeout: 5_000 });
      await kiosk.open('/agent');
      // Without a usable configuration there is no PIN: the agent page says what is wrong.
      const problem = page.getByText(/Le fichier fait 9\d\d Ko\. La borne lit au plus 64 Ko\./);
      await problem.waitFor();
    },
  },
  {
    name: 'a count survives the browser being killed (SIGKILL) right after the event, on the same profile',
    async run({ base }) {
      const profile = newProfile();
      try {
        const first = await startBrowser(profile);
        const kiosk = new Kiosk(first.page, base);
        await kiosk.open('/');
        await kiosk.pickLanguage('ar');
        // The moment the event's transaction completes, it is on disk (strict durability).
        await first.page.evaluate(() => globalThis.pasapasFiguresSettled());
        execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
        await first.context.close().catch(() => {});
        const second = await startBrowser(profile);
        try {
          await new Kiosk(second.page, base).open('/');
          const figures = await readFigures(second.page);
          expectEqual(totalOf(figures, 'language-chosen:ar'), 1, 'the language chosen before the kill');
          expectEqual(totalOf(figures, 'session-started'), 1, 'the visit counted before the kill');
        } finally {
          await second.context.close();
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'storage full: a count the database refuses waits and is added at the next start; a corrupt record is set aside',
    expectsErrors: true,
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      // A record no kiosk writes (as after a disk error or tampering).
      await page.evaluate(() => globalThis.pasapasFiguresSettled());
      await page.evaluate(() => new Promise((done) => {
        const request = indexedDB.open('pasapas-figures');
        request.onsuccess = () => {
          const tx = request.result.transaction('days', 'readwrite');
          tx.objectStore('days').put({ day: '2026-02-30', counts: { 'session-started': 'many' } });
          tx.oncomplete = () => { request.result.close(); done(); };
        };
      }));
      // The origin's quota falls to one byte, far below what the build's files use: IndexedDB
      // refuses every write.
      // After the start's tidying (2 s), which would otherwise meet the full storage first.
      await page.waitForTimeout(3_000);
      // The database refuses every write, as when the disk or the origin's quota is full.
      // (Chromium's quota override over CDP did not reach IndexedDB's writes in this runner.)
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = () => { throw new DOMException('storage full', 'QuotaExceededError'); };
      });
      await kiosk.pickLanguage('en');
      await page.waitForFunction(() => localStorage.getItem('pasapas-stats-pending') !== null, null, { timeout: 10_000 });
      await kiosk.goInside('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.goInside('/agent/stats');
      await page.getByText(t('en', 'stats-waiting')).waitFor();
      // Room again (a new page): the next start adds the waiting counts and sets the bad record
      // aside.
      await kiosk.open('/');
      await page.waitForFunction(() => localStorage.getItem('pasapas-stats-pending') === null, null, { timeout: 10_000 });
      const figures = await readFigures(page);
      expectEqual(totalOf(figures, 'language-chosen:en'), 1, 'the count that waited');
      expectEqual(figures.days['2026-02-30'], undefined, 'the bad record is no longer counted');
      expectEqual(figures.aside, 1, 'it is set aside');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.goInside('/agent/stats');
      await page.getByText(t('fr', 'stats-corrupt')).waitFor();
    },
  },
];
