// Agent mode: the discreet entry and the PIN, the lock after five wrong PINs, launching a
// tutorial for someone, the anonymous figures and their CSV, the configuration's problems, and
// axe and target sizes on every agent screen in every language.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fullySwept, languages, named, t } from '../locales.mjs';
import { holdRequests, totalOf } from '../kiosk.mjs';
import { tutorials } from '../tutorials.mjs';
import { expectEqual, expectNone, expectTrue } from '../expect.mjs';
import { TEST_PIN, brokenConfig, configWithPin, serveConfig, shippedPlaceName } from '../agent-config.mjs';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** With a PIN set, enters agent mode from Welcome and opens "Launch for the person". */
async function openLaunchScreen({ kiosk, page, context }) {
  await serveConfig(context, configWithPin());
  await kiosk.open('/');
  await kiosk.enterAgentMode(TEST_PIN);
  await page.getByRole('link', { name: named(kiosk.t('agent-launch-title')) }).click();
  await kiosk.heading().filter({ hasText: kiosk.t('agent-launch-title') }).waitFor();
}

export const tests = [
  {
    name: 'five taps on the logo and the PIN open agent mode; Quit ends it for good',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await page.getByRole('button', { name: kiosk.t('agent-quit') }).click();
      await kiosk.heading().filter({ hasText: kiosk.t('welcome-title') }).waitFor();
      await kiosk.goInside('/agent/stats');
      await page.getByRole('button', { name: kiosk.t('agent-pin-open') }).waitFor();
      expectEqual(await page.getByRole('heading', { name: kiosk.t('agent-stats-title') }).count(), 0,
        'the figures without the PIN after quitting');
      // Leaving the agent screens by the toolbar's Home ends agent mode too.
      await kiosk.typePin(TEST_PIN);
      await page.waitForURL('**/agent/dashboard');
      // Home is on the people's page: a locator waits through the load, where waitForURL would
      // see the address change on the agent's page before it is left.
      await kiosk.control('toolbar-home').click();
      await kiosk.heading().filter({ hasText: kiosk.t('home-title') }).waitFor();
      await kiosk.goInside('/agent/stats');
      await page.getByRole('button', { name: kiosk.t('agent-pin-open') }).waitFor();
    },
  },
  {
    name: 'five wrong PINs lock agent mode for one minute, still locked after a reload, and the lock is counted',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await page.clock.install();
      await kiosk.open('/agent');
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await kiosk.typePin('11111111');
        await page.getByText(new RegExp(`^Code faux\\. Encore ${attempt === 4 ? '1 essai' : `${5 - attempt} essais`}`)).waitFor();
      }
      await kiosk.typePin('11111111');
      await page.getByText('Code faux. Le mode agent est bloqué 1 minute.').waitFor();
      await page.getByText(/Trop de codes faux/).waitFor();
      expectEqual(await page.getByRole('button', { name: kiosk.t('agent-pin-open') }).count(), 0, 'the pad while locked');
      await kiosk.open('/agent');
      await page.getByText(/Trop de codes faux.*Réessayez dans 0 min 5\d s/).waitFor();
      expectEqual(await page.getByRole('button', { name: kiosk.t('agent-pin-open') }).count(), 0, 'the pad after a reload');
      // "I have finished" erases everything of a person, but not the lock.
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: kiosk.t('finish-confirm') }).click();
      await kiosk.heading().filter({ hasText: kiosk.t('welcome-title') }).waitFor();
      await kiosk.open('/agent');
      await page.getByText(/Trop de codes faux/).waitFor();
      expectEqual(await page.getByRole('button', { name: kiosk.t('agent-pin-open') }).count(), 0, 'the pad after a reset');
      // A minute later.
      await page.clock.fastForward(60_000);
      await kiosk.open('/agent');
      await kiosk.typePin(TEST_PIN);
      await page.waitForURL('**/agent/dashboard');
      expectEqual(totalOf(await kiosk.figures(), 'agent-locked'), 1, 'the lock is in the figures, where agents see someone trying PINs');
    },
  },
  {
    name: 'agent mode closes by itself 10 minutes after the PIN, even when touched all along, and says when',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
      await kiosk.open('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await page.getByText(t('fr', 'agent-bar-closes').replace('{ $time }', '10:10')).waitFor();
      // Touched every 50 s: never idle (60 s), yet closed at 10 minutes. The last touch is at
      // 550 s, so the idle reset would come at 610 s: the close seen at 605 s is the cap's. (With
      // fewer touches the idle reset came first and its reload raced this wait.)
      for (let touch = 1; touch <= 11; touch += 1) {
        await page.clock.runFor(50_000);
        await kiosk.tap(kiosk.heading());
        expectTrue(page.url().includes('/agent'), `still in agent mode after ${touch} × 50 s`);
      }
      await page.clock.runFor(55_000);
      // The reset is a full reload: a locator waits through it, where waitForURL can see the
      // navigation aborted by the reload. The clock flows on meanwhile: 4 s keeps the wait
      // before the idle reset at 610 s, so it fails if only idle closes agent mode.
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor({ timeout: 4_000 });
      expectEqual(new URL(page.url()).pathname, '/', 'back at Welcome');
      expectEqual(await page.locator('.k-agent-bar').count(), 0, 'no agent bar');
    },
  },
  {
    name: 'an agent launches tutorial 7 in Arabic at step 3: the person sees that step, without agent controls',
    voices: ['ar-SA', 'fr-FR'],
    async run({ kiosk, page, context }) {
      await openLaunchScreen({ kiosk, page, context });
      const seventh = tutorials[6];
      await page.getByRole('radio', { name: t('fr', seventh.title) }).check();
      await page.getByRole('radio', { name: 'العربية' }).check();
      const after = page.getByRole('button', { name: kiosk.t('agent-launch-step-after') });
      await after.click();
      await after.click();
      await page.getByText(`Étape 3 sur ${seventh.steps.length}`).waitFor();
      // The take-home sheet prints in the person's language while the agent reads French.
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: t('fr', 'step-print') }).click();
      await page.waitForFunction(() => window.__printed === 1);
      const sheet = page.locator('.k-sheet__preview');
      expectEqual(await sheet.getAttribute('lang'), 'ar', 'the sheet\'s language');
      expectTrue((await sheet.textContent()).includes(t('ar', seventh.title)), 'the sheet has the Arabic title');
      await page.getByRole('button', { name: kiosk.t('agent-launch-start') }).click();
      await page.waitForURL(`**/tutorials/${seventh.id}/3`);
      kiosk.code = 'ar';
      await kiosk.heading().filter({ hasText: t('ar', seventh.steps[2].title) }).waitFor();
      expectEqual(await kiosk.html('lang'), 'ar', 'the language of the page');
      expectEqual(await kiosk.html('dir'), 'rtl', 'the direction of the page');
      expectEqual(await page.locator('.k-agent-bar').count(), 0, 'agent controls on the person\'s screen');
      await kiosk.goInside('/agent/dashboard');
      await page.getByRole('button', { name: t('ar', 'agent-pin-open') }).waitFor();
    },
  },
  {
    name: 'the person\'s text size, contrast and reading aloud go with them to the agent\'s page and back with a launch',
    voices: ['fr-FR'],
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.control('toolbar-contrast').click();
      await kiosk.control('toolbar-read-aloud').click();
      await kiosk.setTextSize('200');
      const display = async () => ({
        text: await kiosk.html('data-text-size'),
        contrast: await kiosk.html('data-contrast'),
      });
      // Back on Welcome, an agent comes to help: the agent's page keeps the person's display.
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await kiosk.enterAgentMode(TEST_PIN);
      expectEqual(await display(), { text: '200', contrast: 'high' }, 'the display on the agent\'s page');
      await page.getByRole('link', { name: named(kiosk.t('agent-launch-title')) }).click();
      await page.getByRole('button', { name: kiosk.t('agent-launch-start') }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/tutorials/') && url.search === '');
      await kiosk.heading().filter({ hasText: t('fr', tutorials[0].steps[0].title) }).waitFor();
      expectEqual(await display(), { text: '200', contrast: 'high' }, 'the display on the launched step');
      expectEqual(await kiosk.control('toolbar-read-aloud').getAttribute('aria-pressed'), 'true', 'reading aloud on the launched step');
    },
  },
  {
    name: 'a launch tapped before the person\'s tutorial texts arrive waits for them: the step never opens in French first',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    async run({ kiosk, page, context }) {
      const release = await holdRequests(page, '**/locales/ar/tutorials/**');
      await openLaunchScreen({ kiosk, page, context });
      const [first] = tutorials;
      await page.getByRole('radio', { name: t('fr', first.title) }).check();
      await page.getByRole('radio', { name: 'العربية' }).check();
      await page.getByRole('button', { name: kiosk.t('agent-launch-start') }).click();
      // Arabic's screens have come, its tutorials are held: the step must not open yet.
      // The step is on the people's page, which waits for them with no screen at all.
      await page.waitForURL(`**/tutorials/${first.id}/1`);
      await page.waitForTimeout(1_000);
      expectEqual(await page.locator('main h1').count(), 0, 'a screen shown while the tutorial texts are on their way');
      expectEqual(await page.getByText(t('fr', first.steps[0].title)).count(), 0, 'the French step title shown');
      release();
      kiosk.code = 'ar';
      const title = kiosk.heading();
      await title.filter({ hasText: t('ar', first.steps[0].title) }).waitFor();
      expectEqual(await title.locator('[lang]').count(), 0, 'a French-marked part in the Arabic step title');
    },
  },
  {
    name: 'a launch in a language whose files do not come opens the tutorial in French, and counts French',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    // The browser logs the refused requests.
    expectsErrors: true,
    async run({ kiosk, page, context }) {
      await page.route('**/locales/ps/**', (route) => route.abort('connectionrefused'));
      await openLaunchScreen({ kiosk, page, context });
      const first = tutorials[0];
      await page.getByRole('radio', { name: t('fr', first.title) }).check();
      await page.getByRole('radio', { name: 'پښتو' }).check();
      await page.getByRole('button', { name: kiosk.t('agent-launch-start') }).click();
      await page.waitForURL(`**/tutorials/${first.id}/1`);
      await kiosk.heading().filter({ hasText: t('fr', first.steps[0].title) }).waitFor();
      expectEqual(await kiosk.html('lang'), 'fr', 'the language of the page');
      const figures = await kiosk.figures();
      const day = Object.keys(figures.days)[0];
      const languages = Object.keys(figures.days[day]).filter((key) => key.startsWith('language-chosen'));
      expectEqual(languages, ['language-chosen:fr'], 'the language counted for the visit');
    },
  },
  {
    name: 'the CSV export counts scripted visits; counts survive reloads and resets',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      // Visit 1: French, a tutorial, then "I have finished" (a reset).
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      // Back to Welcome and French again: still the same visit.
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await kiosk.pickLanguage('fr');
      // The tutorial is opened by taps, as a person does: the tap counts it, not the screen.
      await page.getByRole('link', { name: t('fr', 'home-tutorials') }).click();
      await page.getByRole('link', { name: named(t('fr', tutorials[0].title)) }).click();
      await kiosk.heading().filter({ hasText: t('fr', tutorials[0].steps[0].title) }).waitFor();
      await page.getByRole('link', { name: t('fr', 'step-next') }).click();
      await kiosk.heading().filter({ hasText: t('fr', tutorials[0].steps[1].title) }).waitFor();
      // Back and Next again: still one start.
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: t('fr', tutorials[0].steps[0].title) }).waitFor();
      await page.getByRole('link', { name: t('fr', 'step-next') }).click();
      await kiosk.heading().filter({ hasText: t('fr', tutorials[0].steps[1].title) }).waitFor();
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: t('fr', 'finish-confirm') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      // Visit 2: Arabic, then the page reloads (as after a crash), once the count is on disk.
      await kiosk.pickLanguage('ar');
      await page.evaluate(() => globalThis.pasapasFiguresSettled());
      await kiosk.open('/');
      // Visit 3: English.
      await kiosk.pickLanguage('en');
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: t('en', 'finish-confirm') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      kiosk.code = 'fr';
      const kept = await kiosk.storage();
      expectEqual(kept.local, [], 'what localStorage keeps after the reset');
      expectEqual(kept.indexedDB, ['pasapas-figures'], 'the figures\' database, alone');
      await kiosk.enterAgentMode(TEST_PIN);
      await page.getByRole('link', { name: named(kiosk.t('agent-stats-title')) }).click();
      const visits = page.getByRole('table', { name: /Tous les chiffres/ }).getByRole('row', { name: /Visites/ }).locator('td').last();
      expectEqual(await visits.textContent(), '3', 'visits in the table');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: kiosk.t('stats-download') }).click(),
      ]);
      expectTrue(download.suggestedFilename().startsWith('pasapas-statistiques-'), download.suggestedFilename());
      const csv = readFileSync(await download.path(), 'utf8');
      const day = today();
      const rows = csv.trim().split('\n');
      expectEqual(rows[0], 'date,counter,detail,count', 'the header');
      for (const row of [
        `${day},session-started,,3`,
        `${day},language-chosen,ar,1`,
        `${day},language-chosen,en,1`,
        `${day},language-chosen,fr,1`,
        `${day},tutorial-started,${tutorials[0].id},1`,
        `${day},finish-and-erase,,2`,
      ]) {
        expectTrue(rows.includes(row), `the CSV has "${row}":\n${csv}`);
      }
      expectEqual(rows.length, 7, `one row per day and counter:\n${csv}`);
      // Erasing asks first, then empties the figures.
      await page.getByRole('button', { name: kiosk.t('stats-erase') }).click();
      await kiosk.dialog('stats-erase-title').waitFor();
      await page.getByRole('button', { name: kiosk.t('stats-erase-confirm') }).click();
      await kiosk.dialog('stats-erase-title').waitFor({ state: 'hidden' });
      await visits.filter({ hasText: /^0$/ }).waitFor({ timeout: 5_000 });
    },
  },
  {
    name: "a tap's count is written once the next screen is painted, never on the tap's path, and is kept",
    async run({ kiosk, page }) {
      // When each write of the day's figures begins, and the first frame after the screen changed.
      await page.addInitScript(() => {
        window.__figureWrites = [];
        const transaction = IDBDatabase.prototype.transaction;
        IDBDatabase.prototype.transaction = function (stores, mode, options) {
          if (mode === 'readwrite' && [].concat(stores).includes('days')) window.__figureWrites.push(performance.now());
          return transaction.call(this, stores, mode, options);
        };
        window.__paintedAt = undefined;
        const changed = new MutationObserver(() => {
          if (location.pathname === '/home' && window.__paintedAt === undefined) {
            changed.disconnect();
            requestAnimationFrame(() => { window.__paintedAt = performance.now(); });
          }
        });
        document.addEventListener('DOMContentLoaded', () => changed.observe(document.body, { childList: true, subtree: true }));
      });
      await kiosk.open('/');
      // The start's own writes (its tidying, 2 s after the start) are over.
      await page.waitForTimeout(3_000);
      await page.evaluate(() => globalThis.pasapasFiguresSettled());
      const before = await page.evaluate(() => window.__figureWrites.length);
      await kiosk.pickLanguage('en');
      await page.evaluate(() => globalThis.pasapasFiguresSettled());
      const { writes, paintedAt } = await page.evaluate(() => ({ writes: window.__figureWrites.slice(), paintedAt: window.__paintedAt }));
      const tapWrites = writes.slice(before);
      expectTrue(tapWrites.length >= 1, `the tap's counts were written (${writes.length} writes, ${before} before the tap)`);
      expectTrue(paintedAt !== undefined, 'Home was painted');
      expectTrue(tapWrites.every((at) => at > paintedAt),
        `every write began after Home's first frame (${paintedAt.toFixed(1)} ms): ${tapWrites.map((at) => at.toFixed(1)).join(', ')} ms`);
      const figures = await kiosk.figures();
      expectEqual(totalOf(figures, 'language-chosen:en'), 1, 'the language chosen, kept');
      expectEqual(totalOf(figures, 'session-started'), 1, 'the visit, kept');
    },
  },
  {
    name: 'old figures in localStorage move into the database; a corrupt value is set aside without replacing the first one, and the agent screen says so',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      // An older kiosk's figures, then (as if written by a faulty version) a corrupt one, twice.
      const seeds = [
        '{"format_version":1,"days":{"2026-01-05":{"session-started":4,"language-chosen:uk":1}}}',
        '{"format_version":1,"days":{"hier":',
        '[1, 2',
      ];
      await context.addInitScript((values) => {
        const next = Number(sessionStorage.getItem('seeded') ?? 0);
        if (next < values.length) {
          sessionStorage.setItem('seeded', String(next + 1));
          localStorage.setItem('pasapas-stats-v1', values[next]);
        }
      }, seeds);
      for (let start = 0; start < seeds.length; start += 1) {
        // sessionStorage survives a reload, so each start seeds the next value.
        await kiosk.open('/');
        await page.waitForFunction(() => localStorage.getItem('pasapas-stats-v1') === null, null, { timeout: 10_000 });
      }
      await kiosk.pickLanguage('fr');
      const figures = await kiosk.figures();
      expectEqual(figures.days['2026-01-05'], { 'session-started': 4, 'language-chosen:uk': 1 }, 'the old figures, moved');
      expectEqual(totalOf(figures, 'session-started'), 5, 'and counting goes on');
      const corrupt = JSON.parse(await page.evaluate(() => localStorage.getItem('pasapas-stats-v1-corrupt')));
      expectEqual(corrupt.map((c) => c.raw), seeds.slice(1), 'both corrupt values, set aside as they were');
      await kiosk.goInside('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.goInside('/agent/stats');
      await page.getByText(kiosk.t('stats-corrupt')).waitFor();
    },
  },
  {
    name: 'with a broken configuration the kiosk serves people in French, and the agent screen lists every problem',
    async run({ kiosk, page, context }) {
      await serveConfig(context, brokenConfig);
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/tutorials');
      await kiosk.heading().filter({ hasText: t('fr', 'tutorials-title') }).waitFor();
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: t('fr', 'finish-confirm') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await kiosk.enterAgentMode(TEST_PIN);
      await page.getByRole('link', { name: named(kiosk.t('agent-status-title')) }).click();
      const problems = page.locator('.k-report__problems li');
      await problems.first().waitFor();
      const listed = (await problems.allTextContents()).map((line) => line.replace(/\s+/g, ' '));
      for (const expected of [
        'Ligne 4 : « place.longitude » manque.',
        'Ligne 6 : « languages.default » : la langue « de » n\'existe pas sur la borne.',
        'Ligne 8 : « idle.delay_seconds » doit être entre 60 et 900.',
        'Ligne 9 : « idle.warning_second » n\'est pas un réglage connu.',
        'Ligne 11 : « ticket.paper_width_mm » vaut 57.',
      ]) {
        expectTrue(listed.some((line) => line.startsWith(expected)), `"${expected}" in:\n${listed.join('\n')}`);
      }
      expectEqual(listed.length, 5, 'problems listed');
    },
  },
  {
    name: 'without a configuration file the defaults serve people, and the agent screen says so',
    expectsErrors: true,
    async run({ kiosk, page, context }) {
      await serveConfig(context, null);
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/agent');
      await page.getByText(t('en', 'agent-no-pin')).waitFor();
      await page.getByText(/404/).waitFor();
      expectNone(await kiosk.axeViolations(), 'axe on the closed agent entry');
      expectNone(await kiosk.targetProblems(), 'targets on the closed agent entry');
    },
  },
  {
    name: 'the status screen names the voice of each language, says when there is none, and Listen reads with it',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.goInside('/agent/status');
      const voices = page.getByRole('region', { name: kiosk.t('report-voices-title') });
      await voices.getByText(t('fr', 'report-voices-found').replace('{ $name }', 'Stub fr-FR')).waitFor();
      await voices.getByText(t('fr', 'report-voices-found').replace('{ $name }', 'Stub en-GB')).waitFor();
      // The stub has voices for French and English only: every other language says it has none.
      const none = voices.getByText(t('fr', 'report-voices-none'));
      await none.first().waitFor();
      expectEqual(await none.count(), languages.length - 2, 'languages without a voice');
      const listen = voices.getByRole('button', { name: kiosk.t('report-voices-listen') });
      expectEqual(await listen.count(), languages.length, 'a Listen button per language offered');
      expectTrue(await listen.nth(2).isDisabled(), 'Listen is off for Arabic, which has no voice');
      await listen.nth(1).click();
      expectEqual(await kiosk.spoken(), [{ text: t('en', 'home-title'), lang: 'en-GB', voice: 'en-GB' }], 'what Listen said for English');
    },
  },
  {
    name: 'a test ticket prints on 58 mm paper when the configuration says so',
    async run({ kiosk, page, context, output }) {
      await serveConfig(context, configWithPin({ 'paper_width_mm = 80': 'paper_width_mm = 58' }));
      await kiosk.open('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.goInside('/agent/status');
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: kiosk.t('test-ticket-print') }).click();
      await page.waitForFunction(() => window.__printed === 1);
      const pdf = `${output}test-ticket-58.pdf`;
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = execFileSync('pdfinfo', [pdf]).toString();
      const [, width] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
      expectTrue(Math.abs(Number(width) - 164.4) < 2, `the test ticket is 58 mm wide (${width} pt)`);
      const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      const bare = (s) => s.replace(/[\s-]/g, '');
      expectTrue(bare(text).includes(bare(shippedPlaceName)), `the kiosk's place is printed (${text})`);
      expectTrue(text.includes('58 mm'), 'the paper width is printed');
    },
  },
  {
    name: 'agent screens at 200 % text, in portrait, in French and Arabic: no sideways scroll, nothing cut',
    viewport: { width: 1080, height: 1920 },
    async run({ kiosk, page, context, output }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.control('toolbar-text-size').click();
      await kiosk.control('toolbar-text-size').click();
      expectEqual(await kiosk.html('data-text-size'), '200', 'text size');
      await kiosk.goInside('/agent');
      await page.getByRole('button', { name: t('fr', 'agent-pin-open') }).waitFor();
      expectEqual(await kiosk.scrollsSideways(), false, 'sideways scroll on the PIN pad');
      await kiosk.typePin(TEST_PIN);
      await page.waitForURL('**/agent/dashboard');
      for (const code of ['fr', 'ar']) {
        if (code !== kiosk.code) await kiosk.switchLanguage(code);
        for (const path of ['/agent/dashboard', '/agent/launch', '/agent/status', '/agent/stats']) {
          await kiosk.goInside(path);
          await page.locator('.k-agent-bar').waitFor();
          expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${path} in ${code}`);
          const cut = await page.evaluate(() =>
            [...document.querySelectorAll('main *')].filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && (box.left < -1 || box.right > document.documentElement.clientWidth + 1);
            }).map((el) => el.className || el.tagName).slice(0, 5));
          expectEqual(cut, [], `elements cut at the screen edge on ${path} in ${code}`);
          if (path === '/agent/stats') await page.screenshot({ path: `${output}agent-stats-200-${code}-1080x1920.png`, fullPage: true });
        }
      }
    },
  },
  ...fullySwept.map(({ code }) => ({
    name: `every agent screen in ${code}: axe 0 violations, targets ≥ 80×80 px, in both themes`,
    async run({ kiosk, page, context, output }) {
      await serveConfig(context, configWithPin());
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.goInside('/agent');
      await page.getByRole('button', { name: t(code, 'agent-pin-open') }).waitFor();
      const check = async (where) => {
        await kiosk.heading().waitFor();
        expectNone(await kiosk.axeViolations(), `axe on ${where} in ${code}`);
        expectNone(await kiosk.targetProblems(), `targets on ${where} in ${code}`);
        expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${where} in ${code}`);
      };
      await check('the PIN pad');
      await page.screenshot({ path: `${output}agent-pin-${code}.png`, fullPage: true });
      await kiosk.typePin(TEST_PIN);
      await page.waitForURL('**/agent/dashboard');
      for (const contrast of ['standard', 'high']) {
        if (contrast === 'high') await kiosk.control('toolbar-contrast').click();
        for (const path of ['/agent/dashboard', '/agent/launch', '/agent/status', '/agent/stats']) {
          await kiosk.goInside(path);
          await page.locator('.k-agent-bar').waitFor();
          await check(`${path} (${contrast})`);
          // The screen's main action in view as it opens (the launch screen's, pinned at the bottom).
          const main = { '/agent/dashboard': ['main .k-cards li:last-child .k-card'], '/agent/launch': ['.k-actions--pinned .k-button--primary'] };
          expectNone(await kiosk.viewProblems(main[path] ?? []), `one view: ${path} in ${code}`);
          if (contrast === 'standard') {
            await page.screenshot({ path: `${output}agent-${path.split('/').pop()}-${code}.png`, fullPage: true });
          }
        }
      }
      await page.getByRole('button', { name: t(code, 'stats-erase') }).click();
      await kiosk.dialog('stats-erase-title').waitFor();
      await check('the erase dialog');
      await page.getByRole('button', { name: t(code, 'stats-erase-cancel') }).click();
      await kiosk.goInside('/agent/status');
      await page.evaluate(() => { window.print = () => {}; });
      await page.getByRole('button', { name: t(code, 'test-ticket-print') }).click();
      await page.locator('.k-ticket-preview').waitFor();
      await check('the status with the test ticket shown');
    },
  })),
];
