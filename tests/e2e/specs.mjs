// The tests of a runner: every `*.spec.mjs` of a folder, in name order, each test with its file.
import { readdirSync } from 'node:fs';

export async function loadTests(folder) {
  const tests = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.spec.mjs')).sort()) {
    const spec = await import(new URL(file, folder).href);
    for (const test of spec.tests) tests.push({ ...test, file });
  }
  return tests;
}
