// Small assertions whose messages say what a person would have seen.
import assert from 'node:assert/strict';

export function expectEqual(actual, expected, what) {
  assert.deepEqual(actual, expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function expectTrue(value, what) {
  assert.ok(value, what);
}

export function expectNone(list, what) {
  assert.deepEqual(list, [], `${what}:\n      ${list.join('\n      ')}`);
}
