// Start from the kept files with the server stopped: the kiosk PC reboots while the network or
// the server is down. For each run, a new browser profile loads the kiosk once from a server
// process and keeps it (service worker and commune files); then the server process is stopped, and
// each profile's browser is started again and times navigation start → `selector` in the DOM,
// with 4x CPU throttling, as bench/cold-start.mjs does.
// Usage: node bench/offline-start.mjs <dist folder> <selector> <runs>. Prints {"median":…,"runs":[…]}.
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/e2e/browser.mjs';
import { newProfile, startServer, waitUntilKept } from '../tests/e2e/offline.mjs';

const [folder, selector, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const launch = (profile) =>
  chromium.launchPersistentContext(profile, { ...chromiumOptions(), viewport: { width: 1920, height: 1080 } });

const server = await startServer(folder);
const profiles = [];
const times = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const profile = newProfile();
    profiles.push(profile);
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url, { waitUntil: 'commit' });
    await waitUntilKept(page);
    await context.close();
  }
  await server.stop();
  for (const profile of profiles) {
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript((wanted) => {
      const note = () => {
        if (window.__ready === undefined && document.querySelector(wanted)) window.__ready = performance.now();
      };
      new MutationObserver(note).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
    times.push(Math.round(await page.evaluate(() => window.__ready)));
    await context.close();
  }
} finally {
  await server.stop();
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ median: sorted[Math.floor(sorted.length / 2)], runs: times }));
