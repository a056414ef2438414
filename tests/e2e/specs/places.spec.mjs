// "Find help near here": places from the commune's file, by need, with their opening now; and a
// calm message when the file is missing.
import { t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';

export const tests = [
  {
    name: 'places are listed by need, open ones first and nearest the kiosk first, with their opening now',
    async run({ kiosk, page, output }) {
      // A Monday at 10:00, local time of the kiosk.
      await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await page.getByRole('link', { name: t('fr', 'home-near') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'near-title') }).waitFor();
      const section = page.getByRole('region', { name: t('fr', 'orientation-do-it-with-a-professional-title') });
      await section.waitFor();
      // Both open at 10:00; the shipped configuration puts the kiosk 80 m from the CCAS and
      // 120 m from the town hall.
      const [first, second] = [section.getByRole('listitem').nth(0), section.getByRole('listitem').nth(1)];
      expectTrue((await first.textContent()).includes('CCAS de Val-Fictif'), 'the nearest open place comes first');
      expectTrue((await second.textContent()).includes('Mairie de Val-Fictif'), 'the town hall, a little further, second');
      expectTrue((await first.textContent()).includes('Ouvert maintenant, jusqu'), 'it says it is open now, and until when');
      expectTrue((await first.textContent()).includes('01 99 00 01 02'), 'the phone number as people write it');
      expectEqual(await page.getByText('Plateforme départementale').count(), 0, 'a place that does not receive the public');
      await page.screenshot({ path: `${output}help-near-me-fr.png`, fullPage: true });
    },
  },
  {
    name: 'a closed place says when it opens, with the day in the displayed language',
    async run({ kiosk, page }) {
      // Saturday 19:00: everything is closed until Monday (or Tuesday).
      await page.clock.install({ time: new Date('2026-11-28T19:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/help-near-me');
      const section = page.getByRole('region', { name: t('en', 'orientation-do-it-with-a-professional-title') });
      await section.waitFor();
      const text = await section.getByRole('listitem').first().textContent();
      expectTrue(/Closed now\. Opens on Monday at 08:30\./.test(text), `the next opening is said (${text})`);
      // Monday at lunch: the town hall reopens at 13:30 the same day, and says "today".
      await page.clock.setFixedTime(new Date('2026-11-23T12:30:00'));
      await kiosk.goInside('/');
      await kiosk.goInside('/help-near-me');
      await section.waitFor();
      const lunch = await section.getByRole('listitem').first().textContent();
      expectTrue(/Closed now\. Opens today at 13:30\./.test(lunch), `"today" where it is true (${lunch})`);
    },
  },
  {
    name: 'without a places file the screen says to ask at the front desk',
    expectsErrors: true,
    async run({ kiosk, page }) {
      await page.route('**/data/places.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside('/help-near-me');
      await page.getByText(t('ar', 'near-unavailable')).waitFor();
      expectEqual(await page.locator('.k-place').count(), 0, 'places shown without a file');
    },
  },
];
