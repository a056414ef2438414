// Each of the eleven languages, as a person who reads only it: Welcome → its name → Home, a
// tutorial step, a question, the result and the printed ticket, with <html lang dir> right,
// axe 0 violations and targets ≥ 80 px on each, no sideways scroll at 200 % in portrait, and the
// ticket's PDF in that language with the French summary for the agent.
import { execFileSync } from 'node:child_process';
import { languages, t } from '../locales.mjs';
import { expectEqual, expectNone, expectTrue } from '../expect.mjs';

/** The PDF's text without direction marks, on one line. */
const pdfText = (pdf) => execFileSync('pdftotext', [pdf, '-']).toString()
  .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
  .replace(/\s+/g, ' ');
const bare = (s) => s.replace(/[\s\u00a0-]/g, '');

export const tests = languages.map(({ code, direction }) => ({
  name: `${code}: Welcome → its name → Home, a tutorial step, a question, the ticket; lang and dir, axe 0, targets ≥ 80 px, no sideways scroll at 200 % in portrait`,
  async run({ kiosk, page, output }) {
    const check = async (where) => {
      expectEqual(await kiosk.html('lang'), code, `<html lang> on ${where}`);
      expectEqual(await kiosk.html('dir'), direction, `<html dir> on ${where}`);
      expectNone(await kiosk.axeViolations(), `axe on ${where} in ${code}`);
      expectNone(await kiosk.targetProblems(), `targets on ${where} in ${code}`);
    };
    await kiosk.open('/');
    await kiosk.pickLanguage(code);
    await check('Home');
    await kiosk.goInside('/tutorials/caf-declaration/2');
    await page.locator('progress[value="2"]').waitFor();
    await kiosk.heading().filter({ hasText: t(code, 'caf-declaration-2-title') }).waitFor();
    await check('a tutorial step');
    await kiosk.goInside('/assessment/1');
    await page.locator('progress').waitFor();
    await check('the first question');
    await kiosk.answerUntilResult(code);
    await check('the result');
    await kiosk.showResultPart(page.getByRole('button', { name: t(code, 'ticket-print') }));
    await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
    await page.getByRole('button', { name: t(code, 'ticket-print') }).click();
    await page.waitForFunction(() => window.__printed === 1);
    const pdf = `${output}ticket-${code}.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    // The printed copy is in the language (pdftotext cannot give right-to-left lines in logical
    // order, so those are read from the page that was printed).
    const paper = await page.locator('.k-paper').innerText();
    expectTrue(bare(paper).includes(bare(t(code, 'ticket-logins'))), `the printed ticket speaks ${code}`);
    if (direction === 'ltr') expectTrue(bare(text).includes(bare(t(code, 'ticket-logins'))), `the PDF speaks ${code}: ${text.slice(0, 300)}`);
    if (code !== 'fr') expectTrue(bare(text).includes(bare(t('fr', 'ticket-for-agent'))), 'the French summary for the agent');
    expectTrue(bare(text).includes('0170772372'), `the Solidarité Numérique line: ${text.slice(-400)}`);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await kiosk.setTextSize('200');
    for (const [path, heading] of [['/home', 'home-title'], ['/tutorials/caf-declaration/2', 'caf-declaration-2-title'], ['/help-near-me', 'near-title']]) {
      await kiosk.goInside(path);
      await kiosk.heading().filter({ hasText: t(code, heading) }).waitFor();
      expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${path} in ${code}, portrait, 200 %`);
    }
    await page.screenshot({ path: `${output}every-language-${code}-portrait-200.png` });
  },
}));
