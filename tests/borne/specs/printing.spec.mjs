// Printing on a real spooler: Chromium started by the kit's launcher (--kiosk --kiosk-printing),
// under the kit's policy, prints to CUPS's default queue, set up by the kit's printer.sh on a
// virtual PDF printer with 80 mm paper. The PDF that lands is what a ticket printer would get.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { Kiosk } from '../../e2e/kiosk.mjs';
import { expectEqual, expectTrue } from '../../e2e/expect.mjs';
import { t } from '../../e2e/locales.mjs';
import { tutorials } from '../../e2e/tutorials.mjs';
import { deploy } from '../parts.mjs';

/** The page answers within 2 s: no print dialog holds it (a dialog would block its script). */
async function expectInteractive(page, what) {
  const answer = await Promise.race([
    page.evaluate(() => document.title).then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 2_000)),
  ]);
  expectTrue(answer, `${what}: the page still answers (no dialog opened)`);
}

/** The page answers now and for the next 5 s: Chromium's silent printing does not hold it. */
async function expectStillServing(page, what) {
  await expectInteractive(page, `${what}, right after the tap`);
  for (let second = 1; second <= 5; second += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expectInteractive(page, `${what}, ${second} s after the tap`);
  }
}

/** No print preview or other browser window opened beside the kiosk's page. */
async function expectOnlyTheKioskPage(session) {
  const cdp = await session.browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const others = targetInfos.filter((target) => target.type === 'page' && !target.url.startsWith(new URL(session.page.url()).origin));
  expectEqual(others.map((target) => target.url), [], 'browser pages other than the kiosk');
}

/** Page size and text of a printed PDF (text without right-to-left marks, spaces collapsed). */
function read(pdf) {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const [, width] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  return { widthMm: (Number(width) * 25.4) / 72, text };
}

/** Welcome in French, then the self-assessment to its result. */
async function toResult(session, base) {
  const kiosk = new Kiosk(session.page, base);
  await kiosk.languageButton('fr').waitFor({ timeout: 30_000 });
  const welcome = Date.now() - session.started;
  await kiosk.pickLanguage('fr');
  await kiosk.goInside('/assessment/1');
  await kiosk.answerUntilResult('fr');
  return { kiosk, welcome };
}

export const tests = [
  {
    name: '"Print my ticket" prints at once on the default queue: 80 mm, its number, the helpline, a QR code, no browser header, no dialog',
    async run({ parts, base, output }) {
      const session = await parts.launchKiosk();
      try {
        const { welcome } = await toResult(session, base);
        const { page } = session;
        const before = parts.printedFiles();
        const tapped = Date.now();
        await page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
        await expectInteractive(page, 'right after the tap');
        const pdf = await parts.nextPrinted(before);
        const landed = Date.now() - tapped;
        await expectOnlyTheKioskPage(session);
        const onScreen = await page.locator('.k-ticket-preview').innerText();
        const number = onScreen.match(/ticket (\d{4})/)?.[1];
        expectTrue(number, `the ticket on screen has its number (${onScreen.slice(0, 80)})`);
        copyFileSync(pdf, `${output}spooler-ticket-fr.pdf`);
        const { widthMm, text } = read(pdf);
        expectTrue(Math.abs(widthMm - 80) <= 1, `the paper is 80 mm wide (${widthMm.toFixed(1)} mm)`);
        expectTrue(text.includes(`ticket ${number}`), `the printed ticket has number ${number}`);
        expectTrue(text.includes('Solidarité Numérique') && text.includes('01 70 772 372'), 'the Solidarité Numérique line is printed');
        expectTrue(!text.includes(new URL(base).host) && !/\d\/\d\d?\/\d\d/.test(text), `no browser header or footer (address, date) on the paper: ${text.slice(0, 120)}`);
        execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdf, `${output}spooler-ticket-fr`]);
        const qr = execFileSync('zbarimg', ['--quiet', '--raw', `${output}spooler-ticket-fr.png`]).toString().trim();
        expectTrue(qr.startsWith('PASAPAS1;profil='), `the QR code decodes (${qr})`);
        await page.getByRole('heading', { name: t('fr', 'ticket-shown') }).waitFor();
        await page.getByText(t('fr', 'sheet-no-paper')).first().waitFor();
        return `(Welcome ${welcome} ms after the launcher started; PDF in the queue's output ${landed} ms after the tap)`;
      } finally {
        await session.stop();
      }
    },
  },
  {
    name: "a tutorial's last step prints its take-home sheet on the default queue, 80 mm wide",
    async run({ parts, base, output }) {
      const tutorial = tutorials.find((x) => x.id === 'touch-screen');
      const session = await parts.launchKiosk();
      try {
        const kiosk = new Kiosk(session.page, base);
        await kiosk.languageButton('fr').waitFor({ timeout: 30_000 });
        await kiosk.pickLanguage('fr');
        await kiosk.goInside(`/tutorials/${tutorial.id}/${tutorial.steps.length}`);
        const before = parts.printedFiles();
        const tapped = Date.now();
        await session.page.getByRole('button', { name: t('fr', 'step-print') }).click();
        await expectInteractive(session.page, 'right after the tap');
        const pdf = await parts.nextPrinted(before);
        const landed = Date.now() - tapped;
        copyFileSync(pdf, `${output}spooler-sheet-fr.pdf`);
        const { widthMm, text } = read(pdf);
        expectTrue(Math.abs(widthMm - 80) <= 1, `the paper is 80 mm wide (${widthMm.toFixed(1)} mm)`);
        expectTrue(text.includes(t('fr', tutorial.title).replace(/\s+/g, ' ')), `the tutorial's title is printed (${text.slice(0, 120)})`);
        await session.page.getByRole('heading', { name: t('fr', 'sheet-shown') }).waitFor();
        return `(PDF ${landed} ms after the tap)`;
      } finally {
        await session.stop();
      }
    },
  },
  {
    name: 'a stopped queue, then an unplugged printer: the ticket is on screen with what to do, the page never waits, no dialog',
    async run({ parts, base }) {
      const session = await parts.launchKiosk();
      try {
        const { page } = session;
        await toResult(session, base);
        parts.lp('cupsdisable', ['pasapas-ticket']);
        await page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
        await expectStillServing(page, 'with the queue stopped');
        await page.getByRole('heading', { name: t('fr', 'ticket-shown') }).waitFor();
        await page.getByText(t('fr', 'sheet-no-paper')).first().waitFor();
        await expectOnlyTheKioskPage(session);
        const held = parts.lp('lpstat', ['-o', 'pasapas-ticket']);
        expectTrue(held.includes('pasapas-ticket-'), `the job waits in the stopped queue, for an agent to see with lpstat (${held.trim()})`);
        parts.lp('cancel', ['-a', 'pasapas-ticket']);
        parts.lp('cupsenable', ['pasapas-ticket']);
        // Nothing listens on port 9: a network printer switched off.
        parts.lp('lpadmin', ['-p', 'pasapas-ticket', '-v', 'socket://127.0.0.1:9']);
        await page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
        await expectStillServing(page, 'with the printer unplugged');
        await expectOnlyTheKioskPage(session);
      } finally {
        await session.stop();
        await parts.addTicketPrinter();
      }
    },
  },
  {
    name: "no ticket printer yet (the kit's waiting queue): Print returns at once, the ticket is on screen, nothing is kept",
    async run({ parts, base }) {
      parts.lp('lpadmin', ['-x', 'pasapas-ticket']);
      parts.lp(`${deploy}/printer.sh`, ['--none']);
      const session = await parts.launchKiosk();
      try {
        const { page } = session;
        await toResult(session, base);
        const before = parts.printedFiles();
        await page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
        await expectStillServing(page, 'with no ticket printer');
        await page.getByRole('heading', { name: t('fr', 'ticket-shown') }).waitFor();
        await expectOnlyTheKioskPage(session);
        expectEqual(parts.lp('lpstat', ['-o']).trim(), '', 'print jobs kept by CUPS');
        expectEqual(parts.printedFiles().filter((f) => !before.includes(f)), [], 'PDFs written');
      } finally {
        await session.stop();
        await parts.addTicketPrinter();
      }
    },
  },
];
