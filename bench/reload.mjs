// What a full reload costs by itself: from a reload asked for to the page's first screen painted
// again, in headless Chromium at 4x CPU throttling, from the kept files (the browser's cache),
// median of the runs. `cargo xtask bench` runs it on the bare Leptos page (bench/floor): the
// kiosk's reset is a full reload by design (nothing of a visit survives it), so this is the part
// of `reset_to_welcome` that no change to the kiosk can remove.
//
// Usage: node bench/reload.mjs URL SELECTOR [RUNS]
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { recordStartPainted } from './start-painted.mjs';

const [url, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);

const browser = await chromium.launch(chromiumOptions());
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
await recordStartPainted(page, selector);
const cdp = await context.newCDPSession(page);
await page.goto(url);
await page.waitForFunction(() => window.__startPainted !== undefined, null, { timeout: 60_000 });

const times = [];
for (let i = 0; i < runs; i += 1) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.waitForTimeout(1_500);
  // As a tap's handler would: the time is read, then the reload asked for.
  const askedAt = await page.evaluate(() => {
    const at = performance.timeOrigin + performance.now();
    setTimeout(() => location.reload(), 0);
    return at;
  });
  await page.waitForFunction(() => window.__startPainted !== undefined, null, { timeout: 60_000 });
  times.push(Math.round(await page.evaluate(() => window.__startPainted) - askedAt));
}
await browser.close();
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ median: sorted[Math.floor(sorted.length / 2)], runs: times }));
