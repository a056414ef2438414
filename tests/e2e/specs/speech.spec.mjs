// Read aloud, with the speech engine stubbed (voices for fr and en only): what would be said, and
// in which language.
import { t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';

export const tests = [
  {
    name: '"Listen" reads the screen in French with a French voice, heading first',
    async run({ kiosk }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.control('toolbar-repeat').click();
      const spoken = await kiosk.spoken();
      // What is read is the screen's text with its spaces made plain (French's are no-break).
      expectEqual(spoken[0], { text: t('fr', 'home-title').replace(/\s+/g, ' '), lang: 'fr-FR', voice: 'fr-FR' }, 'first thing said');
      expectTrue(spoken.some((s) => s.text === t('fr', 'home-help')), 'the button labels are read too');
      expectTrue(spoken.every((s) => s.voice === 'fr-FR'), 'every block with the French voice');
    },
  },
  {
    name: 'read-aloud mode reads every new screen in English',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.control('toolbar-read-aloud').click();
      expectEqual(await kiosk.control('toolbar-read-aloud').getAttribute('aria-pressed'), 'true', 'the mode says it is on');
      expectEqual((await kiosk.spoken())[0]?.text, t('en', 'home-title'), 'read at once when turned on');
      await page.getByRole('link', { name: t('en', 'home-help') }).click();
      await page.waitForFunction((title) => window.__spoken.some((s) => s.text === title), t('en', 'help-title'));
      const help = (await kiosk.spoken()).find((s) => s.text === t('en', 'help-title'));
      expectEqual(help.voice, 'en-GB', 'voice used for the Help screen');
    },
  },
  {
    name: 'with no Arabic voice the kiosk says so and does not speak another language',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.control('toolbar-repeat').click();
      await page.getByRole('status').filter({ hasText: t('ar', 'speech-no-voice') }).waitFor();
      expectEqual(await kiosk.spoken(), [], 'what was said');
    },
  },
  {
    name: 'a tap anywhere stops the speech',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.control('toolbar-repeat').click();
      const before = await page.evaluate(() => window.__cancelled ?? 0);
      await kiosk.heading().click();
      const after = await page.evaluate(() => window.__cancelled ?? 0);
      expectTrue(after > before, 'speechSynthesis.cancel() was called by the tap');
    },
  },
];
