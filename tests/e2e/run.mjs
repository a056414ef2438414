// The end-to-end runner: every tests/e2e/specs/*.spec.mjs against the release build served at
// PASAPAS_URL, one fresh browser context per test (as a new person at the kiosk). Prints one line
// per test, then `e2e: N passed, N failed` alone on a line. E2E_GREP=words runs only matching tests.
// A test may set `serviceWorkers: 'block'`: a test that holds or refuses the build's own files
// (the texts of a language, the places reader) needs it, since once the kiosk's service worker
// has kept the build it serves them from its cache, where no route reaches.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions } from './browser.mjs';
import { Kiosk } from './kiosk.mjs';
import { installSpeechStub } from './speech-stub.mjs';
import { loadTests } from './specs.mjs';

const base = process.env.PASAPAS_URL ?? 'http://127.0.0.1:8080';
const grep = process.env.E2E_GREP;
const TEST_TIMEOUT_MS = 90_000;
export const output = fileURLToPath(new URL('./output/', import.meta.url));
mkdirSync(output, { recursive: true });

const tests = await loadTests(new URL('./specs/', import.meta.url));

const browser = await chromium.launch(chromiumOptions());

// Warm-up: the first load of a freshly started server and browser is not a test of the kiosk
// (in CI it once took more than 45 s right after the release build). Load Welcome once, say how
// long it took, and only then run the tests, each in a new context.
{
  const started = Date.now();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(base, { waitUntil: 'commit', timeout: 120_000 });
    await page.locator('button[lang]').first().waitFor({ timeout: 120_000 });
    console.log(`  warm-up: Welcome ready ${Date.now() - started} ms after the first request`);
  } catch (error) {
    console.log(`  warm-up: Welcome not ready after ${Date.now() - started} ms (${error.message.split('\n')[0]})`);
  } finally {
    await context.close();
  }
}

let passed = 0;
let failed = 0;
for (const test of tests) {
  const title = `${test.file.replace('.spec.mjs', '')} › ${test.name}`;
  if (grep && !title.includes(grep)) continue;
  const context = await browser.newContext({
    viewport: test.viewport ?? { width: 1920, height: 1080 },
    serviceWorkers: test.serviceWorkers ?? 'allow',
  });
  await context.addInitScript(installSpeechStub, test.voices ?? ['fr-FR', 'en-GB']);
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const started = Date.now();
  try {
    let timer;
    const timeout = new Promise((_, reject) => {
      const limit = test.timeout ?? TEST_TIMEOUT_MS;
      timer = setTimeout(() => reject(new Error(`took more than ${limit / 1000} s`)), limit);
    });
    await Promise.race([test.run({ kiosk: new Kiosk(page, base), page, context, base, output }), timeout]);
    clearTimeout(timer);
    if (errors.length > 0 && !test.expectsErrors) {
      throw new Error(`the page logged errors:\n      ${errors.join('\n      ')}`);
    }
    passed += 1;
    console.log(`  ok    ${title} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL  ${title}\n      ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
    await page.screenshot({ path: `${output}FAIL-${title.replace(/[^a-z0-9]+/gi, '-')}.png` }).catch(() => {});
  } finally {
    await context.close();
  }
}
await browser.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
