// Cold start of one page: from navigation start to the moment `selector` is in the DOM, in headless
// Chromium with 4x CPU throttling and a new browser context (empty cache) for every run, and the
// bytes that had arrived by then (navigation and resources, headers included, as served).
// Usage: node bench/cold-start.mjs <url> <selector> <runs>.
// Prints {"median":…,"runs":[…],"bytes_before_ready":…} on stdout.
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/e2e/browser.mjs';

const [url, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const browser = await chromium.launch(chromiumOptions());
const times = [];
const bytes = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // A MutationObserver started before any script of the page notes when the selector appears.
    await page.addInitScript((wanted) => {
      const note = () => {
        if (window.__ready === undefined && document.querySelector(wanted)) {
          window.__ready = performance.now();
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          window.__bytes = entries
            .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= window.__ready)
            .reduce((sum, entry) => sum + entry.transferSize, 0);
        }
      };
      new MutationObserver(note).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
    times.push(Math.round(await page.evaluate(() => window.__ready)));
    bytes.push(await page.evaluate(() => window.__bytes));
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
process.stdout.write(JSON.stringify({ median: median(times), runs: times, bytes_before_ready: median(bytes) }));
