// The self-assessment: picture answers, gating for beginners, Back changes an answer, read aloud,
// the result with its kinds of help and places; axe and 80 px targets on every screen.
import { execFileSync } from 'node:child_process';
import { configWithPin, serveConfig, shippedPlaceName } from '../agent-config.mjs';
import { fullySwept, t } from '../locales.mjs';
import { expectEqual, expectNone, expectTrue } from '../expect.mjs';

/** Taps the answer button with this label. */
async function answer(kiosk, label) {
  await kiosk.page.getByRole('button', { name: label, exact: true }).click();
}

async function waitQuestion(kiosk, id) {
  await kiosk.heading().filter({ hasText: kiosk.t(`assessment-${id}`) }).waitFor();
}

/** The ticket shown on screen: its number is its largest line, and no line is smaller than the
 * screen's body text (which the text size control scales). */
async function expectNumberLargest(page, where) {
  const sizes = await page.evaluate(() => {
    const size = (e) => parseFloat(getComputedStyle(e).fontSize);
    const number = document.querySelector('.k-ticket-preview .k-paper__number');
    const others = [...document.querySelectorAll('.k-ticket-preview p, .k-ticket-preview li')].filter((e) => e !== number);
    const body = size(document.querySelector('.k-sheet > p'));
    return { number: size(number), largestOther: Math.max(...others.map(size)), smallest: Math.min(...others.map(size)), body };
  });
  expectTrue(sizes.number > sizes.largestOther, `${where}: the ticket number is the largest line (${sizes.number} px, next ${sizes.largestOther} px)`);
  expectTrue(sizes.smallest >= sizes.body, `${where}: no line of the ticket is smaller than the screen's text (${sizes.smallest} px, text ${sizes.body} px)`);
}

export const tests = [
  {
    name: 'a beginner without a device who needs the CAF: gating, then help with a professional',
    async run({ kiosk, page, context, output }) {
      // This commune hands out the Pass numérique.
      await serveConfig(context, configWithPin({ 'pass_numerique = false': 'pass_numerique = true' }));
      await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await page.getByRole('link', { name: t('fr', 'home-assessment') }).click();
      await waitQuestion(kiosk, 'equipment');
      await answer(kiosk, t('fr', 'assessment-equipment-none'));
      await page.getByRole('button', { name: t('fr', 'assessment-next') }).click();
      await waitQuestion(kiosk, 'internet');
      await answer(kiosk, t('fr', 'assessment-internet-no'));
      await waitQuestion(kiosk, 'reading');
      await answer(kiosk, t('fr', 'assessment-reading-easy'));
      await waitQuestion(kiosk, 'email');
      await answer(kiosk, t('fr', 'assessment-email-no'));
      await waitQuestion(kiosk, 'goal');
      await answer(kiosk, t('fr', 'assessment-goal-caf'));
      await waitQuestion(kiosk, 'switch-on');
      await answer(kiosk, t('fr', 'assessment-answer-no'));
      await waitQuestion(kiosk, 'touch-keyboard');
      await answer(kiosk, t('fr', 'assessment-answer-dont-understand'));
      await waitQuestion(kiosk, 'wifi');
      await answer(kiosk, t('fr', 'assessment-answer-no'));
      // Gating: no more skill questions; the preference comes next.
      await waitQuestion(kiosk, 'preference');
      expectTrue((await page.getByText('Question 9', { exact: false }).count()) === 1, 'question 9 of the path');
      const bar = await page.locator('progress').evaluate((p) => [p.value, p.max]);
      expectTrue(bar[0] > 8 && bar[1] > bar[0], `the bar jumped forward over the skipped skills, never back (${bar})`);
      await answer(kiosk, t('fr', 'assessment-preference-for-me'));
      await waitQuestion(kiosk, 'trusted-person');
      await answer(kiosk, t('fr', 'assessment-trusted-person-yes'));
      await waitQuestion(kiosk, 'age');
      await answer(kiosk, t('fr', 'assessment-skip'));
      await waitQuestion(kiosk, 'disability');
      await answer(kiosk, t('fr', 'assessment-skip'));
      await kiosk.heading().filter({ hasText: t('fr', 'result-title') }).waitFor();
      expectTrue((await page.getByText(t('fr', 'result-profile-discovering')).count()) === 1, 'profile "Je découvre"');
      expectTrue((await page.getByText('1 étoile sur 3', { exact: true }).count()) === 1, 'one star, in the singular');
      // One part at a time: each kind of help is a part of its own.
      for (const card of ['get-equipped', 'do-it-for-me', 'learn-the-basics']) {
        await kiosk.showResultPart(page.getByRole('region', { name: t('fr', `orientation-${card}-title`) }));
      }
      const basics = page.getByRole('region', { name: t('fr', 'orientation-learn-the-basics-title') });
      await basics.getByText(t('fr', 'result-pass-numerique')).waitFor();
      const equipped = page.getByRole('region', { name: t('fr', 'orientation-get-equipped-title') });
      await kiosk.showResultPart(equipped);
      await equipped.getByText('Association Clic Solidaire').waitFor();
      await kiosk.showResultPart(page.getByText(t('fr', 'orientation-documents-caf')));
      expectTrue((await page.getByText(t('fr', 'orientation-documents-caf')).count()) === 1, 'documents for the CAF');
      await page.getByRole('link', { name: t('fr', 'caf-declaration-title') }).waitFor();
      await page.screenshot({ path: `${output}assessment-result-fr.png`, fullPage: true });
    },
  },
  {
    name: 'Back shows the question again with the answer marked, and a new answer replaces it',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/assessment/1');
      await answer(kiosk, t('en', 'assessment-equipment-smartphone'));
      await page.getByRole('button', { name: t('en', 'assessment-next') }).click();
      await waitQuestion(kiosk, 'internet');
      await answer(kiosk, t('en', 'assessment-internet-yes'));
      await waitQuestion(kiosk, 'reading');
      await kiosk.control('toolbar-back').click();
      await waitQuestion(kiosk, 'internet');
      const yes = page.getByRole('button', { name: t('en', 'assessment-internet-yes'), exact: true });
      expectEqual(await yes.getAttribute('aria-pressed'), 'true', 'the earlier answer is marked');
      await answer(kiosk, t('en', 'assessment-internet-no'));
      await waitQuestion(kiosk, 'reading');
      await kiosk.control('toolbar-back').click();
      await waitQuestion(kiosk, 'internet');
      expectEqual(await yes.getAttribute('aria-pressed'), 'false', 'the old answer is no longer marked');
    },
  },
  {
    name: 'a question and its answers are read aloud in the displayed language',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/assessment/6');
      await waitQuestion(kiosk, 'switch-on');
      await kiosk.control('toolbar-repeat').click();
      const said = (await kiosk.spoken()).map((s) => s.text);
      expectEqual(said[0], t('fr', 'assessment-switch-on'), 'the question first');
      for (const id of ['alone', 'with-help', 'no']) {
        expectTrue(said.includes(t('fr', `assessment-answer-${id}`)), `the answer "${id}" is read`);
      }
    },
  },
  {
    name: 'the ticket prints on 80 mm with a QR code for the agent, and a French summary when in Arabic',
    voices: ['ar-SA', 'fr-FR'],
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('ar');
      await kiosk.goInside('/assessment/1');
      await kiosk.answerUntilResult('ar');
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: t('ar', 'ticket-print') }).click();
      await page.getByRole('heading', { name: t('ar', 'ticket-shown') }).waitFor();
      await page.waitForFunction(() => window.__printed === 1);
      await expectNumberLargest(page, 'ar, 100 %');
      const pdf = `${output}ticket-ar.pdf`;
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = execFileSync('pdfinfo', [pdf]).toString();
      const [, width] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
      expectTrue(Math.abs(Number(width) - 226.8) < 2, `the ticket is 80 mm wide (${width} pt)`);
      expectEqual(info.match(/Pages:\s+(\d+)/)[1], '1', 'pages printed');
      // Without the direction marks pdftotext adds around right-to-left lines.
      const text = execFileSync('pdftotext', [pdf, '-']).toString()
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\s+/g, ' ');
      expectTrue(text.includes('01 70 772 372'), 'the Solidarité Numérique line is printed');
      // Compared without spaces and hyphens (pdftotext joins a name broken at its hyphen), and
      // before any bracket (pdftotext reorders brackets of left-to-right lines on an Arabic page;
      // the page itself is right, see ticket-ar.png).
      const bare = (s) => s.replace(/[\s-]/g, '');
      expectTrue(bare(text).includes(bare(shippedPlaceName.split(' (')[0])), `the kiosk's place, from the configuration, is printed (${shippedPlaceName})`);
      expectTrue(text.includes("Pour l'agent, en français"), 'a French summary for the agent');
      execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdf, `${output}ticket-ar`]);
      const qr = execFileSync('zbarimg', ['--quiet', '--raw', `${output}ticket-ar.png`]).toString().trim();
      expectTrue(qr.startsWith('PASAPAS1;profil='), `the QR code holds the anonymous result (${qr})`);
      expectTrue(qr.includes('langue=ar'), 'the QR code says the language');
      await kiosk.control('toolbar-repeat').click();
      const said = (await kiosk.spoken()).map((s) => s.text.replace(/\s+/g, ' '));
      expectTrue(said.some((x) => x.includes('01 70 772 372')), 'the ticket on screen is read aloud too');
      // Once under the kinds of help, once on the ticket shown; never from the printed copy.
      expectEqual(said.filter((x) => x.includes('01 70 772 372')).length, 2, 'the printed copy is not read a third time');
    },
  },
  ...[
    // The personas of the seed documents, to the printed ticket: its PDF text is checked. A
    // question a persona does not list is answered `otherwise`.
    {
      who: 'a person who answers "I don\'t understand" to every question',
      answers: [],
      otherwise: 'dont-understand',
      card: 'do-it-with-a-professional',
    },
    {
      who: 'Andrei, 75, a phone for calls only, no internet, no e-mail, reads with difficulty, wants his Caf procedure done for him',
      answers: [
        ['equipment', 'basic-phone'], ['internet', 'no'], ['reading', 'hard'], ['email', 'no'], ['goal', 'caf'],
        ['switch-on', 'dont-understand'], ['touch-keyboard', 'dont-understand'], ['wifi', 'dont-understand'],
        ['preference', 'for-me'], ['trusted-person', 'no'], ['age', '75-plus'],
      ],
      otherwise: 'dont-understand',
      card: 'do-it-for-me',
      lacks: ['orientation-lacks-smartphone', 'orientation-lacks-email', 'orientation-lacks-trusted-person', 'orientation-lacks-internet'],
    },
    {
      who: 'Sandrine, internet on her phone only, the Caf to declare, manages with help',
      answers: [
        ['equipment', 'smartphone'], ['internet', 'phone-only'], ['reading', 'easy'], ['email', 'yes'], ['goal', 'caf'],
        ['switch-on', 'alone'], ['touch-keyboard', 'alone'], ['wifi', 'alone'], ['unlock', 'alone'],
        ['preference', 'beside-me'], ['trusted-person', 'yes'], ['age', 'skip'], ['disability', 'skip'],
      ],
      otherwise: 'with-help',
      card: 'learn-online-procedures',
      lacks: ['orientation-lacks-home-internet'],
    },
    {
      who: 'a Dari speaker who needs a residence permit and does not read French',
      answers: [
        ['equipment', 'smartphone'], ['internet', 'phone-only'], ['reading', 'no'], ['email', 'forgotten'],
        ['goal', 'residence-permit'], ['switch-on', 'alone'], ['touch-keyboard', 'alone'], ['wifi', 'alone'],
        ['preference', 'beside-me'], ['trusted-person', 'no'], ['age', 'skip'], ['disability', 'skip'],
      ],
      otherwise: 'with-help',
      card: 'do-it-with-a-professional',
      lacks: ['orientation-lacks-email-access', 'orientation-lacks-reading', 'orientation-lacks-home-internet'],
    },
  ].flatMap((persona) => ['fr', 'ar'].map((code) => ({ ...persona, code }))).map(({ code, who, answers, otherwise, card, lacks = [] }) => ({
    name: `${who} (${code}): a card with a place, and a ticket that tells the agent`,
    async run({ kiosk, page, output }) {
      await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.goInside('/assessment/1');
      const given = new Map(answers);
      for (let n = 1; n <= 30; n += 1) {
        if (await page.getByRole('heading', { level: 1, name: t(code, 'result-title') }).count()) break;
        await page.locator('progress').waitFor();
        const heading = await kiosk.heading().textContent();
        const id = (await page.evaluate(() => location.pathname)).split('/').pop();
        const question = [...given.keys()].find((q) => heading.trim() === t(code, `assessment-${q}`));
        const answer = question ? given.get(question) : otherwise;
        // A question's own answer ("internet" → "no"), "skip", else a skill answer.
        let label;
        try {
          label = answer === 'skip' ? t(code, 'assessment-skip') : t(code, `assessment-${question}-${answer}`);
        } catch {
          label = t(code, `assessment-answer-${answer}`);
        }
        await page.getByRole('button', { name: label, exact: true }).click();
        const next = page.getByRole('button', { name: t(code, 'assessment-next'), exact: true });
        if (question === 'equipment' && await next.count()) await next.click();
        await page.waitForFunction(
          ([before, at]) => document.querySelector('h1')?.textContent !== before || location.pathname.split('/').pop() !== at,
          [heading, id],
        );
      }
      const region = page.getByRole('region', { name: t(code, `orientation-${card}-title`) });
      await kiosk.showResultPart(region);
      expectTrue((await region.locator('.k-place').count()) > 0, `the card "${card}" has a place to go to`);
      await kiosk.showResultPart(page.getByText(t(code, 'ticket-helpline')));
      await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: t(code, 'ticket-print') }).click();
      await page.waitForFunction(() => window.__printed === 1);
      const slug = who.split(',')[0].replace(/[^A-Za-z]+/g, '-').toLowerCase();
      const pdf = `${output}ticket-persona-${slug}-${code}.pdf`;
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', [pdf, '-']).toString()
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\s+/g, ' ');
      // In French for the agent: on the French ticket itself, or in its French summary.
      const bare = (s) => s.replace(/[\s-]/g, '');
      expectTrue(bare(text).includes(bare(t('fr', `orientation-${card}-title`))), `the card is printed in French for the agent (${text})`);
      for (const lack of lacks) {
        expectTrue(bare(text).includes(bare(t('fr', lack))), `what is lacking is printed: ${lack}`);
      }
      if (given.has('goal')) {
        const goal = t('fr', `assessment-goal-${given.get('goal')}`);
        expectTrue(bare(text).includes(bare(goal)), `what the person came for is printed in French: ${goal}`);
      }
      expectTrue(text.includes('01 70 772 372'), 'the Solidarité Numérique line is printed');
      await page.screenshot({ path: `${output}ticket-persona-${slug}-${code}.png`, fullPage: true });
    },
  })),
  ...['fr', 'ar'].map((code) => ({
    name: `every question in portrait, and the result in ${code} one part at a time: Print my ticket and Next in view, landscape and portrait, at 100 % and 200 %, nothing covered`,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.goInside('/assessment/1');
      // The questions in portrait (the sweep below sees them in landscape): every answer in view.
      await page.setViewportSize({ width: 1080, height: 1920 });
      await kiosk.answerUntilResult(code, async (n) => {
        expectNone(await kiosk.viewProblems(['.k-answers li:last-child .k-answer']), `one view: question ${n} in ${code}, portrait`);
      });
      const bar = page.locator('.k-step__nav');
      const mainActions = ['.k-step__nav .k-button--primary', '.k-step__nav .k-step__next'];
      await kiosk.inEveryView(async (orientation, size) => {
        const previous = bar.getByRole('button', { name: t(code, 'step-previous') });
        while (await previous.count()) await previous.click();
        for (let part = 1; part <= 12; part += 1) {
          const where = `part ${part} in ${code}, ${orientation}, ${size} %`;
          const problems = await kiosk.viewProblems(mainActions);
          if (size === '200' || orientation === 'landscape') {
            await page.screenshot({ path: `${output}result-${code}-${orientation}-${size}-part${part}.png` });
          }
          expectNone(problems, where);
          const next = bar.getByRole('button', { name: t(code, 'step-next') });
          if (!(await next.count())) break;
          const heading = await page.locator('.k-result__part').innerText();
          await next.click();
          await page.waitForFunction((before) => document.querySelector('.k-result__part')?.innerText !== before, heading);
        }
      });
      await page.evaluate(() => { window.print = () => {}; });
      await bar.getByRole('button', { name: t(code, 'ticket-print') }).click();
      await page.getByRole('heading', { name: t(code, 'ticket-shown') }).waitFor();
      expectNone(await kiosk.viewProblems(mainActions), `the ticket shown in ${code}`);
      await expectNumberLargest(page, `${code}, 100 %`);
      await page.screenshot({ path: `${output}result-${code}-ticket-100.png`, fullPage: true });
      await kiosk.setTextSize('200');
      expectNone(await kiosk.viewProblems(mainActions), `the ticket shown in ${code} at 200 %`);
      await expectNumberLargest(page, `${code}, 200 %`);
      await page.screenshot({ path: `${output}result-${code}-ticket-200.png`, fullPage: true });
    },
  })),
  ...fullySwept.map(({ code }) => ({
    name: `every question and the result in ${code}: axe 0 violations, targets ≥ 80×80 px`,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage(code);
      await kiosk.goInside('/assessment/1');
      for (let n = 1; n <= 30; n += 1) {
        const onResult = await page.getByRole('heading', { level: 1, name: t(code, 'result-title') }).count();
        if (onResult) break;
        await page.locator('progress').waitFor();
        const where = `question ${n} in ${code}`;
        expectNone(await kiosk.axeViolations(), `axe on ${where}`);
        expectNone(await kiosk.targetProblems(), `targets on ${where}`);
        // Every answer in view as the question opens: the last one is the lowest.
        expectNone(await kiosk.viewProblems(['.k-answers li:last-child .k-answer']), `one view: ${where}`);
        if (n === 1) await page.screenshot({ path: `${output}assessment-question-${code}.png`, fullPage: true });
        const heading = await kiosk.heading().textContent();
        await page.locator('.k-answer').first().click();
        const next = page.getByRole('button', { name: t(code, 'assessment-next'), exact: true });
        if (await next.count()) await next.click();
        await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading);
      }
      await kiosk.heading().filter({ hasText: t(code, 'result-title') }).waitFor();
      await page.screenshot({ path: `${output}assessment-result-${code}.png`, fullPage: true });
      // Every part of the result, one after the other.
      const bar = page.locator('.k-step__nav');
      for (let part = 1; part <= 12; part += 1) {
        expectNone(await kiosk.axeViolations(), `axe on the result's part ${part} in ${code}`);
        expectNone(await kiosk.targetProblems(), `targets on the result's part ${part} in ${code}`);
        expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on the result's part ${part} in ${code}`);
        const next = bar.getByRole('button', { name: t(code, 'step-next') });
        if (!(await next.count())) break;
        const before = await page.locator('.k-result__part').innerText();
        await next.click();
        await page.waitForFunction((text) => document.querySelector('.k-result__part')?.innerText !== text, before);
      }
      await page.evaluate(() => { window.print = () => {}; });
      await page.getByRole('button', { name: t(code, 'ticket-print') }).click();
      await page.getByRole('heading', { name: t(code, 'ticket-shown') }).waitFor();
      expectNone(await kiosk.axeViolations(), `axe on the ticket shown in ${code}`);
      expectNone(await kiosk.targetProblems(), `targets with the ticket shown in ${code}`);
      expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll with the ticket in ${code}`);
    },
  })),
];
