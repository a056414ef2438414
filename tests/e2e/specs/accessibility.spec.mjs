// Every screen and dialog, in every language: axe finds nothing, and every control is at least
// 80×80 CSS px with 8 px around it. Also saves a screenshot of each for review.
import { fullySwept, languages, t } from '../locales.mjs';
import { expectNone } from '../expect.mjs';

/** Each screen: how to reach it from Home in the displayed language, and how to leave it. */
const screens = [
  { name: 'welcome', open: (k) => k.goInside('/'), heading: 'welcome-title' },
  { name: 'home', open: (k) => k.goInside('/home'), heading: 'home-title' },
  { name: 'help', open: (k) => k.goInside('/help'), heading: 'help-title' },
  { name: 'help-near-me', open: (k) => k.goInside('/help-near-me'), heading: 'near-title' },
  { name: 'not-found', open: (k) => k.goInside('/nowhere'), heading: 'notfound-title' },
  {
    name: 'language-dialog',
    open: (k) => k.control('toolbar-language').click(),
    dialog: 'language-title',
    close: (k) => k.page.keyboard.press('Escape'),
  },
  {
    name: 'finish-dialog',
    open: (k) => k.control('toolbar-finish').click(),
    dialog: 'finish-title',
    close: (k) => k.page.getByRole('button', { name: k.t('finish-cancel') }).click(),
  },
  {
    name: 'idle-warning',
    open: (k) => k.leaveUntouched(121_000),
    dialog: 'idle-title',
    close: (k) => k.tap(k.page.getByRole('button', { name: k.t('idle-continue') })),
  },
];

async function check(kiosk, label, output) {
  expectNone(await kiosk.axeViolations(), `axe on ${label}`);
  expectNone(await kiosk.targetProblems(), `touch targets on ${label}`);
  await kiosk.page.screenshot({ path: `${output}${label}.png` });
}

/** The screens again, each with the one thing a person came to tap there (CSS selectors). */
const mainActions = {
  welcome: ['.k-languages li:last-child .k-languages__button'],
  home: ['main .k-cards li:last-child .k-card'],
  help: [],
  'help-near-me': [],
  'not-found': ['main .k-button--primary'],
};

export const tests = [
  ...['fr', 'ar'].map((code) => ({
    name: `every screen in ${code}, landscape and portrait, 100 % and 200 %: its main action in view, nothing covered, no text out of its box`,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.inEveryView(async (orientation, size) => {
        for (const screen of screens.filter((s) => !s.dialog)) {
          await screen.open(kiosk);
          await kiosk.heading().filter({ hasText: t(code, screen.heading) }).waitFor();
          const where = `${screen.name} in ${code}, ${orientation}, ${size} %`;
          const problems = await kiosk.viewProblems(size === '100' ? mainActions[screen.name] : []);
          if (size === '200') await page.screenshot({ path: `${output}view-${screen.name}-${code}-${orientation}-${size}.png` });
          expectNone(problems, where);
          if (screen.name === 'welcome' || screen.name === 'not-found') await kiosk.goInside('/home');
        }
      });
    },
  })),
  ...languages.flatMap(({ code }) =>
  ['standard', 'high'].filter((contrast) => contrast === 'standard' || fullySwept.some((l) => l.code === code)).map((contrast) => ({
    name: `every screen in ${code}, ${contrast} contrast: axe 0 violations, targets ≥ 80×80 px`,
    async run({ kiosk, page, output }) {
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      if (contrast === 'high') await kiosk.control('toolbar-contrast').click();
      for (const screen of screens) {
        if (!screen.dialog) await kiosk.goInside('/home');
        await screen.open(kiosk);
        if (screen.dialog) {
          await kiosk.dialog(screen.dialog).waitFor();
        } else {
          await kiosk.heading().filter({ hasText: t(code, screen.heading) }).waitFor();
        }
        await check(kiosk, `${screen.name}-${code}-${contrast}`, output);
        if (screen.close) {
          await screen.close(kiosk);
          await kiosk.dialog(screen.dialog).waitFor({ state: 'hidden' });
        }
        if (screen.name === 'welcome' || screen.name === 'not-found') await kiosk.goInside('/home');
      }
    },
  })),
  ),
];
