// Languages: the picker, every text switching at once, <html lang dir>, the Arabic mirror.
import { defaultLanguage, languages, t } from '../locales.mjs';
import { expectEqual, expectNone, expectTrue } from '../expect.mjs';
import { tutorials } from '../tutorials.mjs';
import { holdRequests } from '../kiosk.mjs';

export const tests = [
  {
    name: 'Welcome lists every language in its own name, with its lang, in the default language',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      expectEqual(await kiosk.html('lang'), defaultLanguage, '<html lang> on Welcome');
      expectEqual(await kiosk.heading().textContent(), t(defaultLanguage, 'welcome-title'), 'Welcome heading');
      for (const language of languages) {
        const button = kiosk.languageButton(language.code);
        expectEqual(await button.getAttribute('lang'), language.code, `lang of the ${language.name} button`);
      }
      expectEqual(await page.locator('img, [class*="flag"]').count(), 0, 'flags or images on Welcome');
      expectEqual(await page.getByRole('navigation').count(), 0, 'toolbar on Welcome');
    },
  },
  ...languages.map((language) => ({
    name: `one tap on ${language.name} opens Home in ${language.code}, dir ${language.direction}, focus on the heading`,
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(language.code);
      expectEqual(await kiosk.html('lang'), language.code, '<html lang>');
      expectEqual(await kiosk.html('dir'), language.direction, '<html dir>');
      expectEqual(await page.title(), t(language.code, 'app-title'), 'window title');
      expectTrue(await kiosk.control('toolbar-finish').isVisible(), 'the toolbar speaks the picked language');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    },
  })),
  {
    name: 'a language is fetched when picked; one whose files do not come leaves Welcome in French with a calm message in both languages',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    // The browser logs the refused request.
    expectsErrors: true,
    async run({ kiosk, page }) {
      const asked = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/locales/')) asked.push(path);
      });
      let refuse = true;
      await page.route('**/locales/ar/**', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
      await kiosk.open('/');
      // Welcome prepares the other languages' screens ahead; the refused Arabic is left to the pick.
      await page.waitForFunction(() => performance.getEntriesByType('resource')
        .some((entry) => entry.name.includes('/locales/ar/pasapas.ftl')));
      const french = `/locales/${defaultLanguage}/`;
      expectNone(asked.filter((path) => path === `${french}pasapas.ftl` || (path.includes('/tutorials/') && !path.startsWith(french))),
        "French's screens, or another language's tutorials, fetched before a pick (French's screens are in the app; only French's tutorials come after the start)");
      await page.waitForFunction((french) => performance.getEntriesByType('resource')
        .some((entry) => entry.name.includes(`${french}tutorials/`)), french);
      await kiosk.languageButton('ar').click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expectEqual(await kiosk.html('lang'), defaultLanguage, '<html lang> stays French');
      expectEqual(await kiosk.heading().textContent(), t(defaultLanguage, 'welcome-title'), 'still on Welcome');
      expectEqual(await alert.locator(`p[lang="${defaultLanguage}"]`).textContent(), t(defaultLanguage, 'language-not-loaded'), 'the message in French');
      expectEqual(await alert.locator('p[lang="ar"]').textContent(), t('ar', 'language-not-loaded'), 'the message in Arabic');
      expectNone(await kiosk.axeViolations(), 'axe violations with the message');
      refuse = false;
      await kiosk.pickLanguage('ar');
      expectEqual(await kiosk.html('lang'), 'ar', '<html lang> once the files come');
      expectEqual(await kiosk.heading().textContent(), t('ar', 'home-title'), 'Home in Arabic');
      expectEqual(await page.getByRole('alert').count(), 0, 'the message is gone');
      await page.waitForFunction(() => performance.getEntriesByType('resource')
        .some((entry) => entry.name.includes('/locales/ar/tutorials/')));
      expectTrue(asked.includes('/locales/ar/pasapas.ftl'), `the screens' file was fetched: ${asked}`);
    },
  },
  {
    name: 'while Welcome waits, every language gets ready: a pick then fetches nothing on the tap\'s path',
    async run({ kiosk, page }) {
      const others = languages.filter(({ code }) => code !== defaultLanguage).map(({ code }) => code);
      await kiosk.open('/');
      await page.waitForFunction((codes) => codes.every((code) => performance.getEntriesByType('resource')
        .some((entry) => entry.name.endsWith(`/locales/${code}/pasapas.ftl`))), others, { timeout: 20_000 });
      // Each file is parsed as it arrives, and the next one asked for when the browser is idle:
      // idle twice after the last one, all are parsed.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
      const asked = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await kiosk.pickLanguage('uk');
      expectEqual(await kiosk.html('lang'), 'uk', '<html lang>');
      expectNone(asked.filter((path) => path === '/locales/uk/pasapas.ftl'), 'the screens\' file fetched again on the tap');
    },
  },
  {
    name: 'a person who leaves Welcome while a language is on its way gets it without an error',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    async run({ kiosk, page }) {
      const release = await holdRequests(page, '**/locales/ru/pasapas.ftl');
      await kiosk.open('/');
      await kiosk.languageButton('ru').click();
      await kiosk.goInside('/help');
      await kiosk.heading().filter({ hasText: t(defaultLanguage, 'help-title') }).waitFor();
      release();
      await page.waitForFunction(() => document.documentElement.lang === 'ru');
      await kiosk.heading().filter({ hasText: t('ru', 'help-title') }).waitFor();
    },
  },
  {
    name: 'a step opened before its language\'s tutorials arrive marks its French text lang="fr" dir="ltr", then shows them unmarked',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    voices: ['ar-SA', 'fr-FR'],
    async run({ kiosk, page }) {
      const release = await holdRequests(page, '**/locales/ar/tutorials/**');
      const [tutorial] = tutorials;
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside(`/tutorials/${tutorial.id}/1`);
      const title = kiosk.heading();
      await title.filter({ hasText: t(defaultLanguage, tutorial.steps[0].title) }).waitFor();
      // French in an Arabic page: a screen reader and read aloud need its language, and it
      // reads left to right.
      expectEqual(await title.getAttribute('lang'), defaultLanguage, 'lang of the French step title');
      expectEqual(await title.getAttribute('dir'), 'ltr', 'dir of the French step title');
      expectEqual(await page.locator('.k-illustration').getAttribute('lang'), defaultLanguage,
        'lang of the French text alternative of the step\'s picture');
      expectEqual(await page.locator('.k-step__instruction').getAttribute('lang'), defaultLanguage,
        'lang of the French instruction');
      await page.getByRole('button', { name: t('ar', 'step-repeat') }).click();
      const spoken = await kiosk.spoken();
      expectEqual(spoken[0]?.text, t(defaultLanguage, tutorial.steps[0].title), 'first thing said');
      expectEqual(spoken[0]?.voice, 'fr-FR', 'the voice of the French step title');
      release();
      await title.filter({ hasText: t('ar', tutorial.steps[0].title) }).waitFor();
      expectEqual(await title.getAttribute('lang'), null, 'lang of the Arabic step title (the page\'s)');
      expectEqual(await title.getAttribute('dir'), null, 'dir of the Arabic step title (the page\'s)');
      expectEqual(await page.locator('.k-illustration').getAttribute('lang'), null,
        'lang of the Arabic text alternative of the step\'s picture');
      expectEqual(await page.locator('.k-step__instruction').getAttribute('lang'), null,
        'lang of the Arabic instruction');
    },
  },
  {
    name: 'the phone and desk roads shown in French on an Arabic step are read aloud in the French voice',
    // Its routes must reach the build's files: no service worker's cache.
    serviceWorkers: 'block',
    voices: ['ar-SA', 'fr-FR'],
    async run({ kiosk, page }) {
      const release = await holdRequests(page, '**/locales/ar/tutorials/**');
      const tutorial = tutorials.find((x) => x.id === 'caf-declaration');
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside(`/tutorials/${tutorial.id}/${tutorial.steps.length}`);
      const roads = page.locator('.k-roads__road');
      await roads.first().waitFor();
      const shown = (await roads.allTextContents()).map((x) => x.split(/\s+/).join(' ').trim());
      await page.getByRole('button', { name: t('ar', 'step-repeat') }).click();
      await page.waitForFunction((n) => (window.__spoken ?? []).length >= n, shown.length);
      const spoken = await kiosk.spoken();
      for (const road of shown) {
        const said = spoken.find((x) => x.text === road);
        expectEqual(said?.voice, 'fr-FR', `the voice of the French road "${road}"`);
      }
      const title = spoken.find((x) => x.text === t('ar', 'roads-title'));
      expectEqual(title?.voice, 'ar-SA', 'the voice of the Arabic heading of the roads');
      release();
    },
  },
  {
    name: 'the Language button switches every text at once and mirrors the layout for Arabic',
    async run({ kiosk }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      const homeBefore = await kiosk.control('toolbar-home').boundingBox();
      const finishBefore = await kiosk.control('toolbar-finish').boundingBox();
      expectTrue(homeBefore.x < finishBefore.x, 'in French, Home is left of "finish"');
      await kiosk.switchLanguage('ar');
      expectEqual(await kiosk.html('dir'), 'rtl', '<html dir> after switching to Arabic');
      expectEqual(await kiosk.heading().textContent(), t('ar', 'home-title'), 'Home heading in Arabic');
      const home = await kiosk.control('toolbar-home').boundingBox();
      const finish = await kiosk.control('toolbar-finish').boundingBox();
      expectTrue(home.x > finish.x, 'in Arabic, Home is right of "finish" (mirrored)');
      const backMirrored = await kiosk.control('toolbar-back').evaluate(
        (link) => getComputedStyle(link.querySelector('.k-icon')).transform,
      );
      expectTrue(backMirrored.startsWith('matrix(-1'), `the Back arrow points right in Arabic (transform ${backMirrored})`);
      await kiosk.switchLanguage('en');
      expectEqual(await kiosk.html('dir'), 'ltr', '<html dir> back in English');
      expectEqual(await kiosk.heading().textContent(), t('en', 'home-title'), 'Home heading in English');
    },
  },
  {
    name: 'Home, Help and Back move between screens, and no link leaves the kiosk',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      expectNone(await kiosk.outsideLinks(), 'links leaving the kiosk on Home');
      await page.getByRole('link', { name: t('en', 'home-help') }).click();
      await kiosk.heading().filter({ hasText: t('en', 'help-title') }).waitFor();
      expectNone(await kiosk.outsideLinks(), 'links leaving the kiosk on Help');
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: t('en', 'home-title') }).waitFor();
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: t('en', 'welcome-title') }).waitFor();
      expectEqual(await page.evaluate(() => history.length), kiosk.historyAtStart, 'history entries added (the kiosk keeps none)');
    },
  },
  {
    name: 'an unknown address says so and leads home',
    async run({ kiosk, page }) {
      await kiosk.open('/nowhere');
      expectEqual(await kiosk.heading().textContent(), t('fr', 'notfound-title'), 'heading of an unknown address');
      await page.getByRole('link', { name: t('fr', 'notfound-home') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'home-title') }).waitFor();
    },
  },
];
