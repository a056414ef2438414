// Tutorials: the list, one step per screen, read aloud, the take-home sheet printed to PDF, and
// every step of every tutorial checked with axe and the 80 px targets, in every language.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fullySwept, languages, t } from '../locales.mjs';
import { tutorials } from '../tutorials.mjs';
import { configWithPin, serveConfig } from '../agent-config.mjs';
import { expectEqual, expectNone, expectTrue } from '../expect.mjs';

const textOf = (code, id) => messageText(code, id);

/** The page count of a PDF, from pdfinfo. */
function info(pdf) {
  const out = execFileSync('pdfinfo', [pdf]).toString();
  return { pages: out.match(/Pages:\s+(\d+)/)[1] };
}

/** A message's text as the kiosk shows it (multi-line messages are read from the page instead). */
function messageText(code, id) {
  try {
    return t(code, id);
  } catch {
    return null;
  }
}

export const tests = [
  {
    name: 'the list shows every tutorial by theme, and a card opens step 1',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await page.getByRole('link', { name: t('fr', 'home-tutorials') }).click();
      await kiosk.heading().filter({ hasText: t('fr', 'tutorials-title') }).waitFor();
      for (const tutorial of tutorials) {
        const card = page.getByRole('link', { name: textOf('fr', tutorial.title) });
        expectEqual(await card.count(), 1, `cards for ${tutorial.id}`);
      }
      expectTrue((await page.getByRole('heading', { level: 2 }).count()) >= 2, 'tutorials are grouped under theme headings');
      const first = tutorials[0];
      await page.getByRole('link', { name: textOf('fr', first.title) }).click();
      await kiosk.heading().filter({ hasText: textOf('fr', first.steps[0].title) }).waitFor();
      expectTrue(page.url().endsWith(`/tutorials/${first.id}/1`), `address of step 1 (${page.url()})`);
    },
  },
  {
    name: 'a long screen offers Up and Down buttons, so no swipe is needed',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      expectEqual(await page.getByRole('button', { name: t('fr', 'scroll-down') }).count(), 0, 'Down button on the short Home screen');
      await kiosk.goInside('/tutorials');
      const down = page.getByRole('button', { name: t('fr', 'scroll-down') });
      const up = page.getByRole('button', { name: t('fr', 'scroll-up') });
      await down.waitFor();
      expectEqual(await up.isDisabled(), true, 'Up at the top of the screen');
      const scrolled = () => page.evaluate(() => document.scrollingElement.scrollTop);
      await kiosk.tap(down);
      await page.waitForFunction(() => document.scrollingElement.scrollTop > 200, null, { timeout: 5_000 });
      const after = await scrolled();
      await page.waitForFunction(() => !document.querySelectorAll('.k-scroll__button')[0].disabled);
      await kiosk.tap(up);
      await page.waitForFunction(() => document.scrollingElement.scrollTop === 0);
      expectTrue(after > 200, `one tap on Down moves the screen (${after} px)`);
      expectEqual(await kiosk.scrollsSideways(), false, 'sideways scroll with the Up / Down lane');
    },
  },
  {
    name: 'Next and Previous go step by step with the progress; Back goes to the step before',
    async run({ kiosk, page }) {
      const tutorial = tutorials.find((x) => x.id === 'touch-screen');
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside(`/tutorials/${tutorial.id}/1`);
      const total = tutorial.steps.length;
      for (let n = 1; n <= total; n += 1) {
        await kiosk.heading().filter({ hasText: textOf('en', tutorial.steps[n - 1].title) }).waitFor();
        expectEqual(await page.locator('progress').getAttribute('value'), String(n), `progress value on step ${n}`);
        expectTrue((await page.getByText(`Step ${n} of ${total}`).count()) === 1, `"Step ${n} of ${total}" is written`);
        if (n < total) await page.getByRole('link', { name: t('en', 'step-next') }).click();
      }
      expectEqual(await page.getByRole('link', { name: t('en', 'step-next') }).count(), 0, 'Next on the last step');
      await kiosk.control('toolbar-back').click();
      await kiosk.heading().filter({ hasText: textOf('en', tutorial.steps[total - 2].title) }).waitFor();
      await page.getByRole('link', { name: t('en', 'step-previous') }).click();
      await kiosk.heading().filter({ hasText: textOf('en', tutorial.steps[total - 3].title) }).waitFor();
    },
  },
  {
    name: 'read aloud on a step says its title and instruction, not the buttons, in Arabic with a voice',
    voices: ['ar-SA', 'fr-FR'],
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside('/tutorials/touch-screen/1');
      // A language's tutorial texts come when the browser is idle after the pick: until then the
      // step shows French, marked lang="fr" (languages.spec.mjs).
      await kiosk.heading().filter({ hasText: textOf('ar', 'touch-screen-1-title') }).waitFor();
      await page.getByRole('button', { name: t('ar', 'step-repeat') }).click();
      const spoken = await kiosk.spoken();
      expectEqual(spoken[0]?.text, textOf('ar', 'touch-screen-1-title'), 'first thing said');
      expectTrue(spoken.length >= 3, `the instruction lines are said too (${spoken.length} blocks)`);
      expectTrue(spoken.every((s) => s.voice === 'ar-SA'), 'every block with the Arabic voice');
      expectTrue(!spoken.some((s) => s.text === t('ar', 'step-next')), 'the Next button is not read');
    },
  },
  {
    name: 'the last step prints an 80 mm take-home sheet, also shown on screen, with a QR code to the tutorial online',
    async run({ kiosk, page, context, output }) {
      const tutorial = tutorials.find((x) => x.id === 'touch-screen');
      const online = 'https://borne.val-fictif.example/tutorials';
      await serveConfig(context, configWithPin({ '# tutorials_web_address = "https://borne.val-fictif.example/tutorials"': `tutorials_web_address = "${online}"` }));
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside(`/tutorials/${tutorial.id}/${tutorial.steps.length}`);
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: t('fr', 'step-print') }).click();
      await page.getByRole('heading', { name: t('fr', 'sheet-shown') }).waitFor();
      await page.waitForFunction(() => window.__printed === 1);
      const pageCss = await page.evaluate(() => document.getElementById('k-page-size')?.textContent ?? '');
      expectTrue(/size: 80mm \d+mm/.test(pageCss), `@page is 80 mm wide with a computed height (${pageCss})`);
      const pdf = `${output}take-home-sheet-fr.pdf`;
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = execFileSync('pdfinfo', [pdf]).toString();
      const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
      expectTrue(Math.abs(Number(width) - 226.8) < 2, `the page is 80 mm wide (${width} pt)`);
      expectEqual(info.match(/Pages:\s+(\d+)/)[1], '1', 'pages printed');
      const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      // French glues its marks with no-break spaces; the PDF's text has ordinary ones.
      const printed = (id) => textOf('fr', id).replace(/\s+/g, ' ');
      expectTrue(text.includes(printed(tutorial.title)), 'the title is printed');
      for (const step of tutorial.steps) {
        expectTrue(text.includes(printed(step.title)), `step "${printed(step.title)}" is printed`);
      }
      const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
      expectTrue(months.some((m) => text.includes(m)), 'the date has its month in letters');
      expectTrue(text.includes('01 70 772 372'), 'the help line is printed: at home, "ask at the desk" means nothing');
      expectTrue(Number(height) < 600, `the page height follows the content (${height} pt)`);
      execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdf, `${output}take-home-sheet-fr`]);
      const qr = execFileSync('zbarimg', ['--quiet', '--raw', `${output}take-home-sheet-fr.png`]).toString().trim();
      expectEqual(qr, `${online}/${tutorial.id}`, 'the QR code opens the tutorial online');
      writeFileSync(`${output}take-home-sheet-fr.txt`, text);
    },
  },
  {
    name: 'a procedure\'s last step gives the phone and desk roads, and its sheet prints the warnings and those roads',
    async run({ kiosk, page, output }) {
      const tutorial = tutorials.find((x) => x.id === 'caf-declaration');
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside(`/tutorials/${tutorial.id}/${tutorial.steps.length}`);
      const roads = page.getByRole('region', { name: t('ar', 'roads-title') });
      await roads.waitFor();
      const shown = (await roads.textContent()).replace(/[\u2066-\u2069]/g, '');
      expectTrue(shown.includes('3230'), `the Caf's phone number is on the last step (${shown})`);
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: t('ar', 'step-print') }).click();
      await page.waitForFunction(() => window.__printed === 1);
      await page.screenshot({ path: `${output}sheet-roads-ar.png`, fullPage: true });
      const pdf = `${output}take-home-sheet-caf-ar.pdf`;
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', [pdf, '-']).toString()
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\s+/g, ' ');
      expectTrue(text.includes('3230'), 'the phone road is printed');
      expectTrue(text.includes(t('ar', 'sheet-cautions').replace(/:$/, '')), 'the warnings are printed under their heading');
      expectEqual(info(pdf).pages, '1', 'pages printed');
      writeFileSync(`${output}take-home-sheet-caf-ar.txt`, text);
    },
  },
  ...languages.map(({ code }) => ({ code, full: fullySwept.some((l) => l.code === code) })).map(({ code, full }) => ({
    name: full
      ? `every step of every tutorial in ${code}: axe 0 violations, targets ≥ 80×80 px`
      : `every step of every tutorial in ${code}: targets ≥ 80×80 px, Next in view; axe on each tutorial's first step`,
    // About 70 to 80 s on two cores: every step of every tutorial in both themes. A watchdog
    // with room, not a timing claim (the benchmark measures speed).
    timeout: 240_000,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.goInside('/tutorials');
      await kiosk.heading().filter({ hasText: t(code, 'tutorials-title') }).waitFor();
      expectNone(await kiosk.axeViolations(), `axe on the tutorial list in ${code}`);
      expectNone(await kiosk.targetProblems(), `targets on the tutorial list in ${code}`);
      await page.screenshot({ path: `${output}tutorials-${code}.png`, fullPage: true });
      for (const tutorial of tutorials) {
        for (let n = 1; n <= tutorial.steps.length; n += 1) {
          await kiosk.goInside(`/tutorials/${tutorial.id}/${n}`);
          await page.locator('progress[value="' + n + '"]').waitFor();
          const where = `${tutorial.id} step ${n} in ${code}`;
          if (full || n === 1) expectNone(await kiosk.axeViolations(), `axe on ${where}`);
          expectNone(await kiosk.targetProblems(), `targets on ${where}`);
          expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${where}`);
          // Next, or on the last step "Print this sheet", in view as the step opens.
          expectNone(await kiosk.viewProblems(['.k-step__next']), `one view: ${where}`);
          if (tutorial.steps[n - 1].practice) {
            await page.screenshot({ path: `${output}practice-${tutorial.steps[n - 1].practice}-${code}.png`, fullPage: true });
          }
        }
      }
      if (!full || code === 'en') return;
      // Portrait too: Next in view on every step, nothing covered, no sideways scroll.
      await page.setViewportSize({ width: 1080, height: 1920 });
      for (const tutorial of tutorials) {
        for (let n = 1; n <= tutorial.steps.length; n += 1) {
          await kiosk.goInside(`/tutorials/${tutorial.id}/${n}`);
          await page.locator('progress[value="' + n + '"]').waitFor();
          const where = `${tutorial.id} step ${n} in ${code}, portrait`;
          expectNone(await kiosk.viewProblems(['.k-step__next']), `one view: ${where}`);
          expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${where}`);
        }
      }
    },
  })),
  ...['fr', 'ar'].map((code) => ({
    name: `every tutorial's last step in ${code}: Print this sheet in view, landscape and portrait, at 100 % and 200 %, nothing covered`,
    timeout: 240_000,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.inEveryView(async (orientation, size) => {
        for (const tutorial of tutorials) {
          const last = tutorial.steps.length;
          await kiosk.goInside(`/tutorials/${tutorial.id}/${last}`);
          await page.locator(`progress[value="${last}"]`).waitFor();
          const where = `${tutorial.id} last step in ${code}, ${orientation}, ${size} %`;
          const problems = await kiosk.viewProblems(['.k-step__next']);
          if (tutorial === tutorials[0]) await page.screenshot({ path: `${output}last-step-${code}-${orientation}-${size}.png` });
          expectNone(problems, where);
        }
      });
    },
  })),
];
