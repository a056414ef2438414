// How fast a tap shows the next screen, in headless Chromium at 4x CPU throttling, against the
// build as a kiosk serves it (nginx with the kit's site, the offline worker installed): a real
// click through the browser's input, timed from the click event's own timestamp to the first frame
// painted after the screen changed (its address or its heading), as a person sees it.
// - path: each tap of Welcome (Français) -> Home -> Learn -> a tutorial -> Next, Next, Next,
//   over <runs> visits; p50 and p95 of all those taps.
// - language_pick: Welcome -> Home in Arabic (a language other than the start's), once Welcome
//   has waited long enough to prepare every language's screens, median.
// - language_pick_unprepared: Welcome -> Home in Romanian, tapped as soon as a reset's Welcome
//   is painted, before Welcome has prepared it (Romanian is the last language it prepares), so
//   the tap fetches and parses the language itself, median.
// - reset_to_welcome: "I have finished" confirmed -> the new page's Welcome painted (the reset
//   is a full reload, so this is a start from the kept files), median.
// For the path and the prepared pick it also gives the browser's own figure for the same tap
// (`*_event_timing`): the Event Timing API's `duration` of the click, from the input to the next
// frame presented (the figure behind Chromium's INP, in steps of 8 ms), counted only when that
// frame already held the new screen (else the tap's figure above is used). The figure above adds
// whatever task runs between that frame and a timer after it.
// Usage: node bench/taps.mjs <url> <selector> <runs>. Prints the JSON of those figures.
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { t } from '../tests/e2e/locales.mjs';
import { recordStartPainted } from './start-painted.mjs';
import { rank, recordTaps } from './tap-time.mjs';

const [base, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);

const browser = await chromium.launch(chromiumOptions());
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
// In every document: the time of each click event, and for the start of a page, when its first
// screen (`selector`) was painted, both on the wall clock so that they compare across a reload.
await recordTaps(page);
await recordStartPainted(page, selector);
const cdp = await context.newCDPSession(page);

/** Clicks `locator` and returns the ms from the click event to the next screen painted. With
 * `eventTiming`, pushes the click's Event Timing figure there too (see the top). */
async function timedTap(locator, eventTiming) {
  await page.evaluate(() => {
    const before = { path: location.pathname, heading: document.querySelector('h1')?.textContent };
    window.__painted = undefined;
    window.__tapAt = undefined;
    window.__changedAt = undefined;
    const changed = new MutationObserver(() => {
      const heading = document.querySelector('h1')?.textContent;
      if (window.__tapAt !== undefined && heading !== undefined
        && (location.pathname !== before.path || heading !== before.heading)) {
        changed.disconnect();
        window.__changedAt = performance.now();
        requestAnimationFrame(() => setTimeout(() => {
          window.__painted = performance.timeOrigin + performance.now();
        }, 0));
      }
    });
    changed.observe(document, { childList: true, subtree: true, characterData: true });
  });
  await locator.click();
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30_000 });
  const tap = Math.round(await page.evaluate(() => window.__painted - window.__tapAt));
  if (eventTiming) {
    // The entry comes once its frame is presented: wait a little for it.
    await page.waitForFunction(() => window.__clicks.some((c) => c.start === window.__tapStamp),
      null, { timeout: 2_000 }).catch(() => {});
    const entry = await page.evaluate(() => {
      const click = window.__clicks.find((c) => c.start === window.__tapStamp);
      // The frame the entry ends at held the new screen only if it changed before that frame.
      return click && window.__changedAt <= click.start + click.duration ? click.duration : undefined;
    });
    eventTiming.push(entry ?? tap);
  }
  return tap;
}

/** "I have finished", confirmed: the ms from the confirming click to Welcome painted again. */
async function timedReset(code) {
  await page.locator('.k-toolbar__item--finish').click();
  const confirm = page.getByRole('button', { name: t(code, 'finish-confirm') });
  await confirm.waitFor();
  await confirm.click();
  // The click's time is read before the reload replaces the document.
  const tapAt = await page.evaluate(() => window.__tapAt).catch(() => undefined);
  await page.waitForFunction(() => window.__startPainted !== undefined && window.__tapAt === undefined,
    null, { timeout: 60_000 });
  const painted = await page.evaluate(() => window.__startPainted);
  return tapAt === undefined ? undefined : Math.round(painted - tapAt);
}

/** Lets the start's own later work end (the pictures' warm-up takes about 9 s at 4x throttling,
 * the precache, the figures' tidying), as on a kiosk between two people. */
const settle = () => page.waitForTimeout(10_000);

const path = [];
const pathEventTiming = [];
const languagePick = [];
const languagePickEventTiming = [];
const languagePickUnprepared = [];
// Whether Romanian's screens were asked for since the last start (the check that the
// unprepared pick was so): the page's requests, the service worker's answers included.
let romanianAsked = false;
let romanianAskedBeforeTap = 0;
page.on('request', (request) => {
  if (request.url().endsWith('/locales/ro/pasapas.ftl')) romanianAsked = true;
});
page.on('framenavigated', (frame) => {
  if (frame === page.mainFrame()) romanianAsked = false;
});
const reset = [];
try {
  await page.goto(base);
  await page.locator(selector).first().waitFor();
  // The offline worker takes over from the second start on, as on a kiosk that has run a day.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 })
    .catch(() => {});
  await page.reload();
  await page.locator(selector).first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let run = 0; run < runs; run += 1) {
    await settle();
    languagePick.push(await timedTap(page.locator('button[lang="ar"]'), languagePickEventTiming));
    const resetTime = await timedReset('ar');
    if (resetTime !== undefined) reset.push(resetTime);
    await settle();
    path.push(await timedTap(page.locator('button[lang="fr"]'), pathEventTiming));
    path.push(await timedTap(page.locator('main a[href="/tutorials"]').first(), pathEventTiming));
    path.push(await timedTap(page.locator('a.k-card').first(), pathEventTiming));
    for (let step = 0; step < 3; step += 1) {
      path.push(await timedTap(page.locator('a.k-step__next'), pathEventTiming));
    }
    const resetAgain = await timedReset('fr');
    if (resetAgain !== undefined) reset.push(resetAgain);
    // At once, while Welcome has not prepared Romanian yet. Its reset is not counted above: it
    // comes while the page still fetches Romanian's tutorials.
    if (romanianAsked) romanianAskedBeforeTap += 1;
    languagePickUnprepared.push(await timedTap(page.locator('button[lang="ro"]')));
    await timedReset('ro');
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({
  path: { taps: path.length, p50: rank(path, 0.5), p95: rank(path, 0.95), runs: path },
  path_event_timing: {
    p50: rank(pathEventTiming, 0.5), p95: rank(pathEventTiming, 0.95), runs: pathEventTiming,
  },
  language_pick: { median: rank(languagePick, 0.5), runs: languagePick },
  language_pick_event_timing: { median: rank(languagePickEventTiming, 0.5), runs: languagePickEventTiming },
  language_pick_unprepared: {
    median: rank(languagePickUnprepared, 0.5),
    runs: languagePickUnprepared,
    prepared_before_tap: romanianAskedBeforeTap,
  },
  reset_to_welcome: { median: rank(reset, 0.5), runs: reset },
}));
