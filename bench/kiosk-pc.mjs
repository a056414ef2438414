// The kiosk PC's real parts, timed (see tests/borne/parts.mjs): for each run, Chromium is started
// by the kit's launcher with a new profile (a first boot of the session, cage aside) under the
// kit's policy and Xvfb, and timed from the launcher's start to `selector` in the DOM; then the
// self-assessment is answered and "Print my ticket" tapped, timed from the tap to the PDF complete
// in the output of CUPS's default queue (CUPS-PDF with 80 mm paper, made by deploy/printer.sh).
// No CPU throttling: these are this machine's figures. Needs root, as tests/borne does.
// Usage: node bench/kiosk-pc.mjs <nginx url> <selector> <runs>.
// Prints {"boot_to_welcome_ms":{"median":…,"runs":[…]},"print_to_spooler_ms":{…}}.
import { Parts } from '../tests/borne/parts.mjs';
import { Kiosk } from '../tests/e2e/kiosk.mjs';
import { t } from '../tests/e2e/locales.mjs';

const [base, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const parts = new Parts(base);
const boot = [];
const print = [];
try {
  await parts.startScreen();
  await parts.startSpooler();
  parts.installPolicy({ devtools: false });
  for (let i = 0; i < runs; i += 1) {
    const session = await parts.launchKiosk();
    try {
      await session.page.locator(selector).first().waitFor({ timeout: 60_000 });
      boot.push(Date.now() - session.started);
      const kiosk = new Kiosk(session.page, base);
      await kiosk.pickLanguage('fr');
      await kiosk.goInside('/assessment/1');
      await kiosk.answerUntilResult('fr');
      const before = parts.printedFiles();
      const tapped = Date.now();
      await session.page.getByRole('button', { name: t('fr', 'ticket-print') }).click();
      await parts.nextPrinted(before, 30_000);
      print.push(Date.now() - tapped);
    } finally {
      await session.stop();
    }
  }
} finally {
  parts.stopAll();
}
console.log(JSON.stringify({
  boot_to_welcome_ms: { median: median(boot), runs: boot },
  print_to_spooler_ms: { median: median(print), runs: print },
}));
