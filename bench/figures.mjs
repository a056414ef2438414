// The cost of counting, with a long history: a persistent profile (the figures on disk, as on a
// kiosk PC), headless Chromium at 4x CPU throttling. Each run loads Welcome, taps a language
// (which counts two events: a visit and its language) and times from the tap to both counts
// committed to disk (the app's `pasapasFiguresSettled`). Once with no history, once with three
// years of it (1,095 days of 12 counters each, as the database keeps them before the start folds
// what is older than 400 days). Usage: node bench/figures.mjs <url> <selector> <runs>.
// Prints {"history_days":1095,"tap_to_saved_ms":{"empty":{median,runs},"three_years":{…}}}.
import { rmSync } from 'node:fs';
import { newProfile, startBrowser } from '../tests/e2e/offline.mjs';

const [base, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const HISTORY_DAYS = 3 * 365;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(history) {
  const profile = newProfile();
  const { context, page } = await startBrowser(profile);
  try {
    await page.goto(base);
    await page.locator(selector).first().waitFor();
    if (history) {
      await page.evaluate(async (days) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('pasapas-figures', 1);
          request.onupgradeneeded = () => {
            request.result.createObjectStore('days', { keyPath: 'day' });
            request.result.createObjectStore('months', { keyPath: 'month' });
            request.result.createObjectStore('aside', { autoIncrement: true });
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise((resolve) => {
          const tx = db.transaction('days', 'readwrite');
          const store = tx.objectStore('days');
          for (let back = 1; back <= days; back += 1) {
            const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
            const counts = { 'session-started': 30, 'language-chosen:fr': 20, 'language-chosen:ar': 6,
              'language-chosen:en': 4, 'assessment-started': 9, 'assessment-completed:beginner': 5,
              'card-issued:caf': 3, 'tutorial-started:caf-login': 7, 'tutorial-completed:caf-login': 4,
              'ticket-printed': 5, 'idle-reset': 12, 'finish-and-erase': 8 };
            store.put({ day, counts });
          }
          tx.oncomplete = resolve;
        });
        db.close();
      }, HISTORY_DAYS);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      await page.goto(base);
      await page.locator(selector).first().waitFor();
      // Out of the way of the start's own tidying (2 s after it).
      await page.waitForTimeout(3_000);
      times.push(await page.evaluate(async (wanted) => {
        const started = performance.now();
        document.querySelector(wanted).click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await globalThis.pasapasFiguresSettled();
        return Math.round(performance.now() - started);
      }, selector));
    }
    return { median: median(times), runs: times };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const empty = await measure(false);
const threeYears = await measure(true);
console.log(JSON.stringify({ history_days: HISTORY_DAYS, tap_to_saved_ms: { empty, three_years: threeYears } }));
