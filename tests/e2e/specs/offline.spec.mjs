// The kiosk without network (issue 10): after a first start, the build and the commune's files
// are kept in the browser. With the server process stopped and the browser restarted on the same
// profile (a reboot), the whole kiosk works; a broken configuration or places file on the server
// never replaces the good copy; a new build is taken only at a reset, and a bad one never.
import { rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kiosk } from '../kiosk.mjs';
import { named, t } from '../locales.mjs';
import { tutorials } from '../tutorials.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';
import { TEST_PIN, configWithPin } from '../agent-config.mjs';
import {
  buildOf, expectOnlyBuildAndCommuneFiles, kept, rebuildWorker, startServer, waitInPage, waitUntilKept, withBrowser,
  withServedCopy,
} from '../offline.mjs';

/** The words of a message before its first variable. */
const before = (code, id) => t(code, id).split('{')[0].trim();

/** A first start of the kiosk at `server`, on `profile`, until everything is kept; then the
 * browser is closed. */
async function firstStart(server, profile) {
  await withBrowser(profile, async ({ page, errors }) => {
    await new Kiosk(page, server.url).open('/');
    await waitUntilKept(page);
    expectEqual(errors, [], 'page errors on the first start');
  });
}

/** A served copy whose configuration has the test PIN, so the agent's status screen opens. */
const withPin = (folder) => writeFileSync(join(folder, 'config/kiosk.toml'), configWithPin());

/** "I have finished" → "Yes": the reset between two people. */
async function finish(kiosk) {
  await kiosk.control('toolbar-finish').click();
  await kiosk.page.getByRole('button', { name: kiosk.t('finish-confirm') }).click();
  await kiosk.page.waitForURL((url) => url.pathname === '/');
  await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
  kiosk.code = 'fr';
}

/** The agent's status screen, through the PIN pad. */
async function openStatus(kiosk) {
  await kiosk.enterAgentMode(TEST_PIN);
  await kiosk.page.getByRole('link', { name: named(kiosk.t('agent-status-title')) }).click();
  await kiosk.heading().filter({ hasText: kiosk.t('agent-status-title') }).waitFor();
}

/** The text of one report section of the status screen. */
function section(page, titleId) {
  return page.getByRole('region', { name: t('fr', titleId) });
}

export const tests = [
  {
    name: 'after a reboot with the server stopped: Welcome, a whole tutorial with its sheet, a self-assessment with places and its ticket, then Pashto and its tutorials',
    async run({ output }) {
      await withServedCopy(() => {}, async ({ server, profile }) => {
        await firstStart(server, profile);
        await server.stop();
        await withBrowser(profile, async ({ page, errors }) => {
          const kiosk = new Kiosk(page, server.url);
          await kiosk.open('/');
          await page.screenshot({ path: `${output}offline-welcome-fr.png` });
          await kiosk.pickLanguage('fr');
          // A whole tutorial, step by step, and its take-home sheet.
          const tutorial = tutorials.find((x) => x.id === 'touch-screen');
          await page.getByRole('link', { name: t('fr', 'home-tutorials') }).click();
          await page.getByRole('link', { name: t('fr', tutorial.title) }).click();
          for (let n = 1; n < tutorial.steps.length; n += 1) {
            await kiosk.heading().filter({ hasText: t('fr', tutorial.steps[n - 1].title) }).waitFor();
            await page.getByRole('link', { name: t('fr', 'step-next') }).click();
          }
          await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
          await page.getByRole('button', { name: t('fr', 'step-print') }).click();
          await page.getByRole('heading', { name: t('fr', 'sheet-shown') }).waitFor();
          await page.waitForFunction(() => window.__printed === 1);
          // Every picture of the tutorial came from the kept files.
          const broken = await page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
          expectEqual(broken, [], 'pictures that did not load');
          // A whole self-assessment, with places from the kept places file, and its ticket.
          await kiosk.control('toolbar-home').click();
          await page.getByRole('link', { name: t('fr', 'home-assessment') }).click();
          await kiosk.answerUntilResult('fr');
          // The places are on the result's second part, the first kind of help.
          await kiosk.showResultPart(page.locator('.k-place'));
          const places = await page.locator('.k-place').count();
          expectTrue(places > 0, `places on the result (${places})`);
          await page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
          await page.getByRole('heading', { name: t('fr', 'ticket-shown') }).waitFor();
          await page.waitForFunction(() => window.__printed === 2);
          await page.screenshot({ path: `${output}offline-ticket-fr.png`, fullPage: true });
          // The reset, with the server still down, reaches Welcome from the kept files.
          await finish(kiosk);
          // A language not compiled in comes from the kept files too: its screens at the pick,
          // its tutorials when the browser is idle.
          await kiosk.pickLanguage('ps');
          expectEqual(await kiosk.html('lang'), 'ps', '<html lang> after picking Pashto offline');
          await kiosk.goInside('/tutorials');
          await page.getByRole('link', { name: t('ps', tutorial.title) }).waitFor();
          expectEqual(errors, [], 'page errors with the server stopped');
        });
      });
    },
  },
  {
    name: 'the server stopped in the middle of a visit: the tutorial, the places and the self-assessment go on',
    async run() {
      await withServedCopy(() => {}, async ({ server, profile }) => {
        await firstStart(server, profile);
        await withBrowser(profile, async ({ page, errors }) => {
          const kiosk = new Kiosk(page, server.url);
          await kiosk.open('/');
          await kiosk.pickLanguage('fr');
          const tutorial = tutorials[0];
          await kiosk.goInside(`/tutorials/${tutorial.id}/1`);
          // Step 1 drawn before the server stops: the test is about what comes after.
          await kiosk.heading().filter({ hasText: t('fr', tutorial.steps[0].title) }).waitFor();
          await server.stop();
          for (const step of tutorial.steps.slice(1, 4)) {
            await page.getByRole('link', { name: t('fr', 'step-next') }).click();
            await kiosk.heading().filter({ hasText: t('fr', step.title) }).waitFor();
          }
          await kiosk.goInside('/help-near-me');
          await page.locator('.k-place').first().waitFor();
          await kiosk.goInside('/assessment/1');
          await page.locator('.k-answer').first().click();
          await page.locator('progress').waitFor();
          expectEqual(errors, [], 'page errors with the server stopped');
        });
      });
    },
  },
  {
    name: 'a reset with the server down and nothing kept yet waits on "the kiosk restarts", never on an error page, and reloads when the server is back',
    async run({ output }) {
      // No worker in this build: as on a first start whose files are not kept yet.
      const noWorker = (folder) => rmSync(join(folder, 'sw.js'));
      await withServedCopy(noWorker, (served) => withBrowser(served.profile, async ({ page }) => {
        const kiosk = new Kiosk(page, served.server.url);
        await kiosk.open('/');
        await kiosk.pickLanguage('en');
        await served.server.stop();
        await kiosk.control('toolbar-finish').click();
        await page.getByRole('button', { name: t('en', 'finish-confirm') }).click();
        const notice = page.getByRole('alert').filter({ hasText: t('en', 'restart-title') });
        await notice.waitFor({ timeout: 10_000 });
        expectEqual(await page.locator('dialog[open]').count(), 0, 'open dialogs over the notice');
        await page.screenshot({ path: `${output}offline-reset-waits-en.png` });
        expectEqual(new URL(page.url()).pathname, '/home', 'the page stays (no reload to an error page)');
        await new Promise((done) => setTimeout(done, 6_000));
        expectEqual(new URL(page.url()).pathname, '/home', 'still waiting after a second try');
        served.server = await startServer(served.folder, served.server.host);
        await page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });
        await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
        expectEqual(await kiosk.html('lang'), 'fr', 'a fresh Welcome in French');
      }));
    },
  },
  {
    name: 'a configuration answering 500, then a corrupt one, and a broken places file: the kept good copies serve, and the status screen says so',
    async run({ output }) {
      await withServedCopy(withPin, async ({ folder, server, profile }) => {
        const config = join(folder, 'config/kiosk.toml');
        const places = join(folder, 'data/places.csv');
        await firstStart(server, profile);
        await withBrowser(profile, async ({ context, page, errors }) => {
          const kiosk = new Kiosk(page, server.url);
          // The server answers 500 for the configuration.
          await context.route('**/config/kiosk.toml', (route) => route.fulfill({ status: 500, body: 'server error' }));
          await kiosk.open('/');
          await openStatus(kiosk);
          const configSection = section(page, 'report-config-title');
          await configSection.getByText(t('fr', 'report-server-missing').replace('{ $status }', '500')).waitFor();
          await configSection.getByText(before('fr', 'report-origin-kept')).waitFor();
          const offline = section(page, 'report-offline-title');
          await offline.getByText(t('fr', 'report-offline-ready')).waitFor();
          await offline.getByText(buildOf(folder)).waitFor();
          await page.screenshot({ path: `${output}offline-status-config-500-fr.png`, fullPage: true });
          await context.unroute('**/config/kiosk.toml');
          // Now the server's files are damaged: a configuration cut short, a places file of
          // another format. The agent's PIN (from the kept configuration) still opens.
          writeFileSync(config, 'format_version = 1\n[place\nname = "Mairie');
          writeFileSync(places, 'nom;adresse\nMairie;1 place de la Mairie\n');
          await page.getByRole('button', { name: t('fr', 'agent-quit') }).click();
          await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
          await openStatus(kiosk);
          await configSection.getByText(t('fr', 'report-server-damaged')).waitFor();
          await configSection.getByText(before('fr', 'report-origin-kept')).waitFor();
          const placesSection = section(page, 'report-places-title');
          await placesSection.getByText(t('fr', 'report-server-damaged')).waitFor();
          await placesSection.getByText(before('fr', 'report-origin-kept')).waitFor();
          const keptPlaces = await placesSection.locator('.k-report__facts li').first().textContent();
          expectTrue(/\d+ lieux gardés/.test(keptPlaces), `the kept places are listed (${keptPlaces})`);
          await page.screenshot({ path: `${output}offline-status-damaged-fr.png`, fullPage: true });
          // The kept copies still hold the good files.
          const copies = await page.evaluate(async () => {
            const cache = await caches.open('pasapas-commune-files-v1');
            const config = await (await cache.match('/config/kiosk.toml')).text();
            const places = await (await cache.match('/data/places.csv')).text();
            return { config: config.slice(0, 40), places: places.split('\n').length };
          });
          expectTrue(copies.config.startsWith('# '), `the kept configuration is the good one (${copies.config})`);
          expectTrue(copies.places > 5, `the kept places file is the good one (${copies.places} lines)`);
          expectEqual(errors, [], 'page errors');
        });
      });
    },
  },
  {
    name: 'a new build is taken at the reset, never during a visit; a build that fails its download is never taken',
    async run({ output }) {
      await withServedCopy(withPin, async ({ folder, server, profile }) => {
        const buildA = buildOf(folder);
        await firstStart(server, profile);
        await withBrowser(profile, async ({ page, errors }) => {
          const kiosk = new Kiosk(page, server.url);
          await kiosk.open('/');
          await kiosk.pickLanguage('fr');
          await page.evaluate(() => { window.__sameVisit = true; });
          // Build B goes on the server while the person is on Home.
          appendFileSync(join(folder, 'icons/home.svg'), '<!-- build B -->\n');
          const buildB = rebuildWorker(folder);
          expectTrue(buildB !== buildA, 'a new build');
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
          await waitInPage(page, async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
          // Kept and waiting; the person's screen is still build A, the same visit.
          expectEqual(await page.evaluate(() => window.__sameVisit), true, 'the visit goes on');
          expectEqual(await page.locator('meta[name="pasapas-build"]').getAttribute('content'), buildA, 'the build on screen');
          expectEqual(new URL(page.url()).pathname, '/home', 'still on Home');
          await finish(kiosk);
          expectEqual(await page.locator('meta[name="pasapas-build"]').getAttribute('content'), buildB, 'the build after the reset');
          expectEqual(await page.evaluate(() => window.__sameVisit), undefined, 'a new page');
          // Build C is half copied: its list is there, but its new picture is still arriving.
          appendFileSync(join(folder, 'icons/home.svg'), '<!-- build C -->\n');
          const buildC = rebuildWorker(folder);
          appendFileSync(join(folder, 'icons/home.svg'), '<!-- copy in progress -->\n');
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update().catch(() => {}));
          await waitInPage(page, async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return !registration.installing && !registration.waiting;
          });
          await kiosk.pickLanguage('fr');
          await finish(kiosk);
          expectEqual(await page.locator('meta[name="pasapas-build"]').getAttribute('content'), buildB, `still build B, not the broken ${buildC}`);
          await openStatus(kiosk);
          const offline = section(page, 'report-offline-title');
          await offline.getByText(buildB).waitFor();
          await offline.getByText(t('fr', 'report-offline-ready')).waitFor();
          await page.screenshot({ path: `${output}offline-status-fr.png`, fullPage: true });
          // Each page load makes the browser look for a new build again: the broken build C is
          // tried again and refused again, its cache there only while it downloads. Counted once
          // no build has been on its way for 2 s.
          const retried = await page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            let seen = false;
            for (let quiet = 0; quiet < 8;) {
              await new Promise((done) => setTimeout(done, 250));
              const busy = Boolean(registration.installing || registration.waiting);
              seen ||= busy;
              quiet = busy ? 0 : quiet + 1;
            }
            return seen;
          });
          console.log(`  offline: a build was on its way after the status screen opened: ${retried}`);
          // Only build B's files are kept: nothing of a person, no other build.
          const found = await kept(page);
          expectOnlyBuildAndCommuneFiles(found, folder);
          expectTrue(Boolean(found.caches[`pasapas-build-${buildB}`]), `the build cache is build B's (${Object.keys(found.caches)})`);
          expectEqual(errors, [], 'page errors');
        });
      });
    },
  },
  {
    // A build's worker can still answer a request after its cache is gone (the next build
    // deleted it at its take-over): it must fetch, not bring back an empty cache of its build.
    name: 'a request answered after the build cache is gone goes to the network and brings no cache back',
    async run() {
      await withServedCopy(() => {}, async ({ server, profile }) => {
        await firstStart(server, profile);
        await withBrowser(profile, async ({ page, errors }) => {
          await new Kiosk(page, server.url).open('/');
          await waitUntilKept(page);
          const after = await page.evaluate(async () => {
            const build = (await caches.keys()).filter((name) => name.startsWith('pasapas-build-'));
            for (const name of build) await caches.delete(name);
            const response = await fetch('/icons/home.svg');
            return { status: response.status, build: (await caches.keys()).filter((name) => name.startsWith('pasapas-build-')) };
          });
          expectEqual(after, { status: 200, build: [] }, 'the answer, and the build caches after it');
          expectEqual(errors, [], 'page errors');
        });
      });
    },
  },
];
