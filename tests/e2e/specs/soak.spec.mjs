// Random use: many visits of random taps over every screen a tap can reach (toolbar, answers,
// tutorials, practice, places, dialogs), one visit in ten launched by an agent, each ended by
// "I have finished". After every reset: Welcome in French and nothing of the visit in any
// storage; and no page error all along (the runner fails the test on any). The random
// sequence is seeded, so a failure replays: SOAK_SEED=<seed> SOAK_VISITS=<n> E2E_GREP=soak.
import { t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';
import { TEST_PIN, configWithPin, serveConfig } from '../agent-config.mjs';

const VISITS = Number(process.env.SOAK_VISITS ?? 150);
const SEED = Number(process.env.SOAK_SEED ?? 20261125);
/** Stops early, with the visits done, if the machine is slow: `cargo xtask test` stays bounded. */
const BUDGET_MS = 240_000;

/** Taps random visible controls `steps` times, in the page (no Playwright wait per tap: a person
 * does not wait either), and says what was tapped. "I have finished" is left for the end. */
function randomWalk(page, seed, steps) {
  return page.evaluate(async ({ seed, steps }) => {
    let state = seed >>> 0;
    const random = () => {
      // mulberry32
      state = (state + 0x6d2b79f5) >>> 0;
      let x = Math.imul(state ^ (state >>> 15), 1 | state);
      x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !element.disabled && !element.closest('[hidden], [inert]');
    };
    const tapped = [];
    for (let step = 0; step < steps; step += 1) {
      // An open dialog is modal: only its buttons can be tapped.
      const scope = document.querySelector('dialog[open]') ?? document;
      const controls = [...scope.querySelectorAll('button, a[href]')]
        .filter(visible)
        .filter((element) => !element.classList.contains('k-toolbar__item--finish'));
      if (controls.length === 0) break;
      const control = controls[Math.floor(random() * controls.length)];
      tapped.push((control.textContent ?? '').trim().slice(0, 30));
      control.click();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return tapped;
  }, { seed, steps });
}

export const tests = [
  {
    name: `${VISITS} random visits over every screen, agent-launched ones included: no page error, nothing left after each reset`,
    timeout: BUDGET_MS + 60_000,
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      // The print dialog of a headless browser: nothing to wait for.
      await context.addInitScript(() => { window.print = () => {}; });
      const started = Date.now();
      let visits = 0;
      let taps = 0;
      await kiosk.open('/');
      for (; visits < VISITS && Date.now() - started < BUDGET_MS; visits += 1) {
        if (visits % 10 === 9) await kiosk.launchForPerson(TEST_PIN);
        const tapped = await randomWalk(page, SEED + visits, 6 + (visits % 9));
        taps += tapped.length;
        // "I have finished": from Welcome, a language first, as a person would.
        const finish = page.locator('.k-toolbar__item--finish');
        if (await page.locator('dialog[open]').count()) {
          await page.keyboard.press('Escape');
        }
        // A pick tapped last may still be on its way (its language's files): it may land on Home
        // at any moment, so only a visible language button is tapped, until the toolbar shows.
        // (The toolbar's closed language dialog holds hidden language buttons too.)
        for (let tries = 0; tries < 30 && !(await finish.isVisible()); tries += 1) {
          await page.locator('button[lang]:visible').first().click({ timeout: 1_000 }).catch(() => {});
        }
        await finish.click();
        await page.locator('dialog[open] .k-button--danger').click();
        await page.waitForURL((url) => url.pathname === '/' && url.search === '');
        await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
        const storage = await kiosk.storage();
        const left = {
          local: storage.local.filter((key) => key !== 'pasapas-agent-lock-v1'),
          session: storage.session,
          cookies: storage.cookies,
          indexedDB: storage.indexedDB,
          caches: storage.caches,
        };
        expectEqual(left, { local: [], session: [], cookies: '', indexedDB: ['pasapas-figures'], caches: [] },
          `what visit ${visits + 1} left (seed ${SEED + visits}, taps: ${tapped.join(' | ')})`);
        expectEqual(await kiosk.html('lang'), 'fr', `language after visit ${visits + 1}`);
      }
      console.log(`  soak: ${visits} visits, ${taps} random taps in ${Math.round((Date.now() - started) / 1000)} s`);
      expectTrue(visits >= Math.min(VISITS, 100), `at least 100 visits in the budget (${visits})`);
    },
  },
];
