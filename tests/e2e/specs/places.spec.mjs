// "Find help near here": places from the commune's file, each once with the kinds of help it
// gives, open ones first and nearest first, with their opening now; and a calm message when the
// file is missing.
import { readFileSync } from 'node:fs';
import { t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';

const read = (path) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The kiosk's coordinates in the shipped configuration: [latitude, longitude]. */
const kioskAt = ['latitude', 'longitude'].map((name) =>
  Number(read('assets/config/kiosk.toml').match(new RegExp(`^${name}\\s*=\\s*(\\S+)`, 'm'))[1]));

/** One CSV line's fields (quoted fields may hold commas). */
const fields = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, ''));

/** Each shipped place's coordinates by its name: { name: [latitude, longitude] }. */
const placesAt = (() => {
  const [header, ...rows] = read('assets/data/places.csv').trim().split('\n').map(fields);
  const column = (name) => header.indexOf(name);
  return Object.fromEntries(rows.map((row) =>
    [row[column('nom')], [Number(row[column('latitude')]), Number(row[column('longitude')])]]));
})();

/** Great-circle distance in km, as the kiosk computes it. */
function distanceKm([lat1, lon1], [lat2, lon2]) {
  const rad = (d) => (d * Math.PI) / 180;
  const a = Math.sin(rad(lat2 - lat1) / 2) ** 2
    + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

/** The places on the screen: the list items named by a heading (the kinds of help inside a card
 * are a list of their own, without headings). */
const placeItems = (page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });

export const tests = [
  {
    name: 'places are listed once each with the needs they serve, open ones first and nearest the kiosk first, with their opening now',
    async run({ kiosk, page, output }) {
      // A Monday at 10:00, local time of the kiosk.
      await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await page.getByRole('link', { name: t('fr', 'home-near') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'near-title') }).waitFor();
      const items = placeItems(page);
      await items.first().waitFor();
      const names = (await items.getByRole('heading', { level: 2 }).allTextContents()).map((n) => n.trim());
      const texts = await items.allTextContents();

      // Each place once: its name is one heading, and nowhere else on the screen.
      expectEqual([...new Set(names)], names, 'each place has one card');
      const screen = await page.locator('body').innerText();
      for (const name of names) {
        expectEqual(screen.split(name).length - 1, 1, `times "${name}" is written on the screen`);
      }
      expectTrue(names.length >= 2 && names.length <= 8, `a short list (${names.length} places)`);

      // Both open at 10:00; the shipped configuration puts the kiosk 80 m from the CCAS and
      // 120 m from the town hall.
      expectTrue(texts[0].includes('CCAS de Val-Fictif'), 'the nearest open place comes first');
      expectTrue(texts[1].includes('Mairie de Val-Fictif'), 'the town hall, a little further, second');
      expectTrue(texts[0].includes('Ouvert maintenant, jusqu'), 'it says it is open now, and until when');
      expectTrue(texts[0].includes('01\u00a099\u00a000\u00a001\u00a002'), 'the phone number as people write it, never cut across two lines');
      expectEqual(await page.getByText('Plateforme départementale').count(), 0, 'a place that does not receive the public');

      // Open places first, and among them the nearest first.
      const open = texts.map((text) => text.includes(t('fr', 'place-open-until').split(',')[0]));
      expectEqual(open, [...open].sort((a, b) => b - a), 'open places before closed ones');
      const km = names.filter((_, i) => open[i]).map((name) => distanceKm(kioskAt, placesAt[name]));
      expectEqual(km, [...km].sort((a, b) => a - b), 'open places, nearest first');
      expectTrue(open.some((o) => !o), 'a closed place is listed too (its kind of help has no open one)');

      // The town hall gives two kinds of help (at least): both are said on its one card, each a
      // list item with its words, beside a pictogram hidden from screen readers.
      const townHall = items.filter({ hasText: 'Mairie de Val-Fictif' });
      const needs = townHall.getByRole('list').getByRole('listitem');
      for (const id of ['orientation-do-it-with-a-professional-title', 'orientation-other-procedure-title']) {
        await needs.filter({ hasText: t('fr', id) }).waitFor();
      }
      await townHall.getByText(t('fr', 'near-place-helps')).waitFor();
      const pictograms = townHall.locator('.k-place__need .k-icon');
      expectEqual(await pictograms.count(), await needs.count(), 'a pictogram beside each kind of help');
      expectEqual(await pictograms.first().getAttribute('aria-hidden'), 'true', 'the pictogram is decorative');
      // The CCAS gives one of the same kinds of help: said on its card too, not only on the town hall's.
      await items.first().getByRole('list').getByText(t('fr', 'orientation-do-it-with-a-professional-title')).waitFor();
      await page.screenshot({ path: `${output}help-near-me-fr.png`, fullPage: true });
    },
  },
  {
    name: 'a closed place says when it opens, with the day in the displayed language, today or tomorrow where true',
    async run({ kiosk, page }) {
      // Saturday 19:00: everything is closed until Monday (or Tuesday).
      await page.clock.install({ time: new Date('2026-11-28T19:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/help-near-me');
      const first = placeItems(page).first();
      await first.waitFor();
      const text = await first.textContent();
      expectTrue(/Closed now\. Opens on Monday at 08:30\./.test(text), `the next opening is said (${text})`);
      // Monday at lunch: the town hall reopens at 13:30 the same day, and says "today".
      await page.clock.setFixedTime(new Date('2026-11-23T12:30:00'));
      await kiosk.goInside('/');
      await kiosk.goInside('/help-near-me');
      await first.waitFor();
      const lunch = await first.textContent();
      expectTrue(/Closed now\. Opens today at 13:30\./.test(lunch), `"today" where it is true (${lunch})`);
      // Monday evening: it reopens the next morning, and says "tomorrow".
      await page.clock.setFixedTime(new Date('2026-11-23T19:00:00'));
      await kiosk.goInside('/');
      await kiosk.goInside('/help-near-me');
      await first.waitFor();
      const evening = await first.textContent();
      expectTrue(/Closed now\. Opens tomorrow at 08:30\./.test(evening), `"tomorrow" where it is true (${evening})`);
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
  {
    name: 'a places file with no place for any kind of help says so, calmly',
    async run({ kiosk, page }) {
      // The shipped header and one place whose services (leisure, understanding the digital
      // world) are none of the kinds of help of the orientation.
      const [header, ...rows] = read('assets/data/places.csv').split('\n');
      const row = rows.find((line) => line.startsWith('demo-10,')).replace('|Utilisation sécurisée du numérique', '');
      await page.route('**/data/places.csv', (route) =>
        route.fulfill({ body: `${header}\n${row}\n`, contentType: 'text/csv' }));
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/help-near-me');
      await page.getByText(t('fr', 'near-none')).waitFor();
      expectEqual(await page.locator('.k-place').count(), 0, 'places shown when none fits');
    },
  },
  {
    name: 'a page reads the places file once: its configuration arriving does not start a second reading',
    async run({ kiosk, page }) {
      const asked = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/data/places.csv') asked.push(request.url());
      });
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/help-near-me');
      await page.locator('.k-place').first().waitFor();
      // A second reading, if any, starts within a few hundred milliseconds of the first.
      await page.waitForTimeout(1_500);
      expectEqual(asked.length, 1, 'places files fetched by one page');
    },
  },
];
