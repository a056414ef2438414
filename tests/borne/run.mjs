// The kiosk PC's real parts, tested together: the deploy kit's scripts, nginx with the kit's site
// (PASAPAS_URL, started by `cargo xtask test`), CUPS with a virtual ticket printer, the voices of
// speech-dispatcher, and the kit's Chromium policy, with Chromium started headed under Xvfb by the
// kit's own launcher. Prints one line per test, then `borne: N passed, N failed`.
// E2E_GREP=words runs only matching tests. It installs a policy in /etc/chromium and a printer's
// settings in /etc/cups for its run (removed after), so it runs as root (CI does).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTests } from '../e2e/specs.mjs';
import { Parts } from './parts.mjs';

const base = process.env.PASAPAS_URL;
if (!base) {
  console.log('borne: PASAPAS_URL is not set; run it through cargo xtask test (it starts nginx)');
  process.exit(2);
}
if (process.getuid() !== 0) {
  // As apt does in cargo xtask test: through sudo when it needs no password.
  const again = spawnSync('sudo', ['-n', '-E', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (again.status === null || again.error) {
    console.log('borne: these tests install a browser policy in /etc/chromium and start CUPS: run them as root');
  }
  process.exit(again.status ?? 2);
}
const grep = process.env.E2E_GREP;
const TEST_TIMEOUT_MS = 120_000;
const output = fileURLToPath(new URL('../e2e/output/', import.meta.url));
mkdirSync(output, { recursive: true });

const tests = await loadTests(new URL('./specs/', import.meta.url));

const parts = new Parts(base);
let passed = 0;
let failed = 0;
try {
  await parts.startScreen();
  await parts.startSpooler();
  parts.startVoices();
  parts.installPolicy({ devtools: false });
  for (const test of tests) {
    const title = `${test.file.replace('.spec.mjs', '')} › ${test.name}`;
    if (grep && !title.includes(grep)) continue;
    const started = Date.now();
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`took more than ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
      });
      const note = await Promise.race([test.run({ parts, base, output }), timeout]);
      passed += 1;
      console.log(`  ok    ${title} (${Date.now() - started} ms)${note ? ` ${note}` : ''}`);
    } catch (error) {
      failed += 1;
      console.log(`  FAIL  ${title}\n      ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
    } finally {
      clearTimeout(timer);
      parts.installPolicy({ devtools: false });
    }
  }
} finally {
  parts.stopAll();
}
console.log(`borne: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
