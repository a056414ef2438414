// The configurations the agent-mode tests serve in place of /config/kiosk.toml. The shipped
// example has no PIN (a kiosk must never ship with a known PIN), so the tests add the hash of a
// test-only PIN, made with `echo 24681012 | cargo xtask hash-pin`.
import { readFileSync } from 'node:fs';

export const TEST_PIN = '24681012';
const TEST_PIN_HASH =
  'pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$UuwjWCadO2iWxUzS2UholA$oE5b4tPT1VAFS6BrvPhkpLhmP4nIrEWtRI2vf/KXsMk"';

/** The shipped example, as a commune would start from it. */
export const shippedConfig = readFileSync(new URL('../../assets/config/kiosk.toml', import.meta.url), 'utf8');

/** The kiosk's place name in the shipped example. */
export const shippedPlaceName = shippedConfig.match(/^name = "([^"]*)"/m)[1];

/** The shipped example with the test PIN, and any line replaced: { 'paper_width_mm = 80': 'paper_width_mm = 58' }. */
export function configWithPin(replacements = {}) {
  let text = shippedConfig.replace(/^# pin_hash = .*$/m, TEST_PIN_HASH);
  for (const [from, to] of Object.entries(replacements)) text = text.replace(from, to);
  return text;
}

/** A configuration with one mistake of each common kind, and the test PIN. */
export const brokenConfig = `format_version = 1
[place]
name = "Mairie de Val-Fictif"
latitude = 45.0
[languages]
default = "de"
[idle]
delay_seconds = 5
warning_second = 30
[ticket]
paper_width_mm = 57
[agent]
${TEST_PIN_HASH}
`;

/** Serves `text` as the kiosk's configuration for every page of the context (or a 404 for null). */
export async function serveConfig(context, text) {
  await context.route('**/config/kiosk.toml', (route) =>
    text === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ body: text, contentType: 'application/toml; charset=utf-8' }));
}
