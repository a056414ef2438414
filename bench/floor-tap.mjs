// What the least tap costs, on the bare Leptos page (bench/floor): a real click through the
// browser's input on its one button, whose handler changes one signal and so one text, timed as
// bench/taps.mjs times the kiosk's taps (from the click event's own timestamp to the first frame
// painted after the text changed), in headless Chromium at 4x CPU throttling behind nginx. No
// screen of the kiosk can be shown faster than this: it is the floor under `taps.path`.
// Usage: node bench/floor-tap.mjs URL SELECTOR RUNS; taps RUNS x 6 times (as many as the kiosk's
// path), prints {p50, p95, runs} as JSON.
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { rank, recordTaps } from './tap-time.mjs';

const [url, selector, runsText] = process.argv.slice(2);
const taps = Number(runsText ?? 5) * 6;

const browser = await chromium.launch(chromiumOptions());
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await recordTaps(page);
const cdp = await context.newCDPSession(page);
const times = [];
try {
  await page.goto(url);
  const button = page.locator(selector).first();
  await button.waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < taps; i += 1) {
    await page.waitForTimeout(300);
    await page.evaluate((wanted) => {
      const control = document.querySelector(wanted);
      const before = control.textContent;
      window.__painted = undefined;
      window.__tapAt = undefined;
      const changed = new MutationObserver(() => {
        if (window.__tapAt !== undefined && control.textContent !== before) {
          changed.disconnect();
          requestAnimationFrame(() => setTimeout(() => {
            window.__painted = performance.timeOrigin + performance.now();
          }, 0));
        }
      });
      changed.observe(control, { childList: true, subtree: true, characterData: true });
    }, selector);
    await button.click();
    await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30_000 });
    times.push(Math.round(await page.evaluate(() => window.__painted - window.__tapAt)));
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify({ taps: times.length, p50: rank(times, 0.5), p95: rank(times, 0.95), runs: times }));
