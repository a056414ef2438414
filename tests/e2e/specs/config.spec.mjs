// The commune's configuration in a person's visit: the language of Welcome and the languages
// offered, the idle delays, and the words of "ask an agent here".
import { languages, t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';
import { TEST_PIN, configWithPin, serveConfig } from '../agent-config.mjs';

export const tests = [
  {
    name: 'a kiosk configured for Arabic first starts in Arabic, offers only the enabled languages, and comes back to Arabic after a reset',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin({
        'default = "fr"': 'default = "ar"',
        'enabled = ["fr", "en", "ar", "prs", "ps", "tr", "uk", "ru", "es", "pt", "ro"]': 'enabled = ["ar", "fr"]',
      }));
      await page.goto(kiosk.base, { waitUntil: 'commit' });
      await kiosk.heading().filter({ hasText: t('ar', 'welcome-title') }).waitFor();
      expectEqual(await kiosk.html('dir'), 'rtl', 'Welcome is right to left');
      const offered = await page.locator('.k-languages button').allTextContents();
      const name = (code) => languages.find((l) => l.code === code).name;
      expectEqual(offered, [name('ar'), name('fr')], 'the languages offered, in the configured order');
      await kiosk.pickLanguage('fr');
      await kiosk.control('toolbar-finish').click();
      await page.getByRole('button', { name: t('fr', 'finish-confirm') }).click();
      await kiosk.heading().filter({ hasText: t('ar', 'welcome-title') }).waitFor();
    },
  },
  {
    name: 'the configured idle delay and warning length apply',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin({ 'delay_seconds = 120': 'delay_seconds = 60', 'warning_seconds = 30': 'warning_seconds = 20' }));
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.leaveUntouched(55_000);
      expectEqual(await kiosk.dialog('idle-title').isVisible(), false, 'warning before 60 s');
      await page.clock.fastForward(6_000);
      await kiosk.dialog('idle-title').waitFor();
      const countdown = await page.locator('.k-idle__countdown').textContent();
      expectTrue(/\b(19|20)\b/.test(countdown), `the countdown starts at 20 s (got "${countdown}")`);
    },
  },
  {
    name: 'agent mode ends after 60 s untouched, with the usual warning',
    async run({ kiosk, page, context }) {
      await serveConfig(context, configWithPin());
      await page.clock.install();
      await kiosk.open('/');
      await kiosk.enterAgentMode(TEST_PIN);
      await kiosk.leaveUntouched(28_000);
      expectEqual(await kiosk.dialog('idle-title').isVisible(), false, 'warning before 30 s');
      await page.clock.fastForward(3_000);
      await kiosk.dialog('idle-title').waitFor();
      await page.clock.fastForward(30_000);
      await page.waitForURL((url) => url.pathname === '/');
      await kiosk.heading().filter({ hasText: t('fr', 'welcome-title') }).waitFor();
      await kiosk.goInside('/agent/dashboard');
      await page.getByRole('button', { name: t('fr', 'agent-pin-open') }).waitFor();
    },
  },
  {
    name: 'the commune\'s words for "ask an agent here" show in the displayed language, else in the default one',
    async run({ kiosk, page, context }) {
      // This commune wrote its words in French and English only.
      await serveConfig(context, configWithPin({ 'ar = "يوجد موظف في مكتب الاستقبال، عند المدخل."\n': '' }));
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      const english = page.locator('.k-note [lang="en"]');
      await english.waitFor();
      expectEqual(await english.textContent(), 'An agent is at the front desk, at the entrance.', 'the English words');
      await kiosk.switchLanguage('ar');
      const french = page.locator('.k-note [lang="fr"]');
      await french.waitFor();
      expectEqual(await french.textContent(), "Un agent est à l'accueil, à l'entrée.", 'no Arabic words: the French ones, marked French');
    },
  },
];
