// The kiosk's lifecycle: the idle warning, the reset that forgets everything, the stalled start.
// Crashes are in faults.spec.mjs.
import { t } from '../locales.mjs';
import { totalOf } from '../kiosk.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';
import { expectOnlyBuildAndCommuneFiles, kept, waitUntilKept } from '../offline.mjs';
import { TEST_PIN, configWithPin, serveConfig } from '../agent-config.mjs';

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

/** Leaves traces a careless kiosk would keep, to prove the reset removes them. */
async function leaveTraces(page) {
  await page.evaluate(async () => {
    localStorage.setItem('answer', 'something personal');
    sessionStorage.setItem('answer', 'something personal');
    document.cookie = 'answer=personal; path=/';
    await new Promise((done) => {
      const request = indexedDB.open('visit');
      request.onsuccess = () => { request.result.close(); done(); };
      request.onerror = done;
    });
    await (await caches.open('visit')).put('/answer', new Response('something personal'));
  });
}

/** Checks that the screen is a fresh Welcome and nothing of the visit is left. After a crash,
 * sessionStorage holds the crash series (a count, the reason, the next try), never a person's. */
async function expectFreshWelcome(kiosk, page, { afterCrash = false } = {}) {
  await page.waitForURL((url) => url.pathname === '/' && url.search === '');
  await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
  expectEqual(await kiosk.html('lang'), 'fr', '<html lang> after the reset');
  expectEqual(await kiosk.html('dir'), 'ltr', '<html dir> after the reset');
  expectEqual(await kiosk.html('data-text-size'), '100', 'text size after the reset');
  expectEqual(await kiosk.html('data-contrast'), 'standard', 'contrast after the reset');
  const storage = await kiosk.storage();
  // The agent PIN's lock (wrong attempts, no person's data) stays, by design.
  if (storage.local.includes('pasapas-agent-lock-v1')) {
    const lock = await page.evaluate(() => JSON.parse(localStorage.getItem('pasapas-agent-lock-v1')));
    expectEqual(Object.keys(lock).sort(), ['failures', 'locked_until_ms'], 'the PIN lock only');
    storage.local = storage.local.filter((key) => key !== 'pasapas-agent-lock-v1');
  }
  if (afterCrash) {
    const series = await page.evaluate(() => JSON.parse(sessionStorage.getItem('pasapas-crashes')));
    expectEqual(Object.keys(series).sort(), ['count', 'counted', 'reason', 'resumeAt'], 'the crash series only');
    storage.session = storage.session.filter((key) => key !== 'pasapas-crashes');
  }
  // Only the anonymous counters survive: counts by day, no answer, no language of a person.
  expectEqual({ ...storage, history: undefined }, { local: [], session: [], cookies: '', indexedDB: ['pasapas-figures'], caches: [], history: undefined }, 'what the browser keeps after the reset');
  const figures = await kiosk.figures();
  const days = Object.keys(figures.days);
  expectTrue(days.every((day) => /^\d{4}-\d\d-\d\d$/.test(day)), `the figures are kept by day only (${days})`);
  expectTrue(totalOf(figures, 'session-started') > 0, 'the visit was counted');
  expectEqual(storage.history, kiosk.historyAtStart, 'history entries after the reset (none added)');
}

export const tests = [
  {
    name: 'after 120 s untouched a warning counts down 30 s; "continue" keeps the visit',
    async run({ kiosk, page }) {
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.leaveUntouched(IDLE_MS - 5_000);
      expectEqual(await kiosk.dialog('idle-title').isVisible(), false, 'warning before 120 s');
      await page.clock.fastForward(6_000);
      await kiosk.dialog('idle-title').waitFor();
      const countdown = await page.locator('.k-idle__countdown').textContent();
      expectTrue(/\b(29|30)\b/.test(countdown), `the countdown starts at 30 s (got "${countdown}")`);
      await kiosk.tap(page.getByRole('button', { name: t('en', 'idle-continue') }));
      await kiosk.dialog('idle-title').waitFor({ state: 'hidden' });
      expectEqual(await kiosk.html('lang'), 'en', 'the language after "continue"');
      expectEqual(page.url().endsWith('/home'), true, 'still on Home');
    },
  },
  {
    name: 'at the end of the warning the kiosk forgets everything and shows Welcome in French',
    async run({ kiosk, page, output }) {
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.control('toolbar-text-size').click();
      await kiosk.control('toolbar-contrast').click();
      await leaveTraces(page);
      await kiosk.leaveUntouched(IDLE_MS + 1_000);
      await kiosk.dialog('idle-title').waitFor();
      await page.screenshot({ path: `${output}idle-warning-ar-reset.png` });
      await page.clock.fastForward(WARNING_MS + 1_000);
      await expectFreshWelcome(kiosk, page);
    },
  },
  {
    name: "a visit an agent starts in the default language is forgotten too: back on Welcome, the reset still comes",
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.launchForPerson(TEST_PIN);
      // The person answers a question, then the screen is back on Welcome, in French as before.
      await kiosk.goInside('/assessment/1');
      await page.locator('.k-answer').first().click();
      expectEqual(await page.locator('.k-answer[aria-pressed="true"]').count(), 1, 'answers chosen');
      await kiosk.goInside('/');
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await page.evaluate(() => { window.__sameVisit = true; });
      await kiosk.leaveUntouched(IDLE_MS + 1_000);
      await kiosk.dialog('idle-title').waitFor();
      await page.clock.fastForward(WARNING_MS + 1_000);
      await page.waitForFunction(() => window.__sameVisit === undefined);
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await kiosk.goInside('/assessment/1');
      await page.locator('.k-answer').first().waitFor();
      expectEqual(await page.locator('.k-answer[aria-pressed="true"]').count(), 0, 'answers the next person finds chosen');
    },
  },
  {
    name: 'every way into a visit ends with nothing of it for the next person: a crash, Welcome, an agent launch, a deep link',
    expectsErrors: true,
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      /** The person answers the first question and leaves traces in every storage. */
      const answerAndLeaveTraces = async () => {
        if (!page.url().includes('/assessment/1')) await kiosk.goInside('/assessment/1');
        await page.locator('.k-answer').first().click();
        expectEqual(await page.locator('.k-answer[aria-pressed="true"]').count(), 1, 'an answer chosen');
        await leaveTraces(page);
      };
      /** Nothing of the visit: fresh Welcome, storage clean, and no answer chosen. */
      const expectNothingLeft = async (path) => {
        await expectFreshWelcome(kiosk, page, { afterCrash: path === 'a crash' });
        await kiosk.pickLanguage('fr');
        await kiosk.goInside('/assessment/1');
        await page.locator('.k-answer').first().waitFor();
        expectEqual(await page.locator('.k-answer[aria-pressed="true"]').count(), 0, `answers left after ${path}`);
        await kiosk.open('/');
      };
      const idleReset = async () => {
        await kiosk.leaveUntouched(IDLE_MS + 1_000);
        await kiosk.dialog('idle-title').waitFor();
        await page.clock.fastForward(WARNING_MS + 1_000);
      };
      // A crash in the middle of a visit (real timers: the recovery waits 3 s).
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await answerAndLeaveTraces();
      await page.evaluate(() => window.dispatchEvent(new Event('pasapas-test-panic')));
      await page.getByRole('alert').filter({ hasText: t('en', 'restart-title') }).waitFor();
      await expectNothingLeft('a crash');
      await page.clock.install();
      for (const [path, start] of [
        ['Welcome', async () => { await kiosk.open('/'); await kiosk.pickLanguage('ar'); }],
        ['an agent launch', async () => { await kiosk.open('/'); await kiosk.launchForPerson(TEST_PIN); }],
        ['a deep link', async () => { await kiosk.open('/assessment/1'); }],
      ]) {
        await start();
        await answerAndLeaveTraces();
        await idleReset();
        await expectNothingLeft(path);
      }
    },
  },
  {
    name: 'an untouched Welcome never warns',
    async run({ kiosk, page }) {
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.leaveUntouched(5 * IDLE_MS);
      expectEqual(await page.getByRole('dialog').count(), 0, 'open dialogs on an untouched Welcome');
    },
  },
  {
    name: '"I have finished" asks once; "no" keeps the visit, "yes" erases everything',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.control('toolbar-text-size').click();
      await leaveTraces(page);
      await kiosk.control('toolbar-finish').click();
      await kiosk.dialog('finish-title').waitFor();
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expectEqual(focused, t('en', 'finish-cancel'), 'the safe choice has the focus');
      await page.getByRole('button', { name: t('en', 'finish-cancel') }).click();
      await kiosk.dialog('finish-title').waitFor({ state: 'hidden' });
      expectEqual(await kiosk.html('lang'), 'en', 'the language after "no"');
      // The build and the commune's files are kept by then, as on a kiosk that has run a while.
      await waitUntilKept(page);
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: t('en', 'finish-confirm') }).click();
      await expectFreshWelcome(kiosk, page);
      // Cache Storage and the service worker: the build's files and the commune's, nothing else.
      expectOnlyBuildAndCommuneFiles(await kept(page));
    },
  },
  {
    name: 'a first load that stalls (a stylesheet never arrives) reloads by itself and shows Welcome',
    async run({ kiosk, page }) {
      let stalled = 0;
      await page.route('**/*.css', (route) => {
        // The first stylesheet of the first load never answers, as a faulty server once did.
        if (stalled === 0) {
          stalled += 1;
          return;
        }
        route.continue();
      });
      const started = Date.now();
      await page.goto(kiosk.base, { waitUntil: 'commit' });
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor({ timeout: 30_000 });
      const took = Date.now() - started;
      expectEqual(stalled, 1, 'a stylesheet was held back');
      expectTrue(took >= 14_000 && took < 25_000, `Welcome after the 15 s watchdog (${took} ms)`);
    },
  },
];
