// Reads the kiosk's own Fluent files and language list, so the tests find buttons by the words a
// person sees, in every language, without copying those words into the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');

/** The languages of locales/languages.toml, in order: { code, name, direction }. */
export const languages = read('locales/languages.toml')
  .split('[[language]]')
  .slice(1)
  .map((block) => {
    const field = (name) => block.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
    return { code: field('code'), name: field('name'), direction: field('direction') };
  });

/** The languages the slowest sweeps walk in full (axe on every tutorial step and question, the
 * high-contrast theme, the agent's screens): French, the source, and the first draft language of
 * each direction. Every language gets every screen, the layout of every tutorial step, and a
 * visit to the printed ticket (every-language.spec.mjs), which keeps CI near its time. */
export const fullySwept = languages.filter(({ code }) => ['fr', 'en', 'ar'].includes(code));

/** The kiosk's default language. */
export const defaultLanguage = read('locales/languages.toml').match(/^default\s*=\s*"([^"]*)"/m)[1];

const cache = new Map();

/** Every .ftl file of a language: pasapas.ftl and tutorials/*.ftl. */
function ftlFiles(code) {
  const folder = fileURLToPath(new URL(`locales/${code}/`, root));
  return readdirSync(folder, { recursive: true })
    .filter((name) => String(name).endsWith('.ftl'))
    .map((name) => `locales/${code}/${name}`);
}

/** The simple (one-line) messages of a language, with message references resolved. */
function messages(code) {
  if (!cache.has(code)) {
    const found = new Map();
    for (const line of ftlFiles(code).flatMap((file) => read(file).split('\n'))) {
      const match = line.match(/^([a-z][a-z0-9-]*)\s*=\s*(\S.*)$/);
      if (match) found.set(match[1], match[2].trim());
    }
    for (const [id, value] of found) {
      found.set(id, value.replace(/\{\s*([a-z][a-z0-9-]*)\s*\}/g, (_, ref) => found.get(ref) ?? ref));
    }
    cache.set(code, found);
  }
  return cache.get(code);
}

/** The text of message `id` in language `code`; throws if the message is not a simple one. */
export function t(code, id) {
  const text = messages(code).get(id);
  if (text === undefined) throw new Error(`no one-line message "${id}" in locales/${code}/pasapas.ftl`);
  return text;
}

/** A pattern that finds `text` inside an accessible name, whatever its spaces: French glues its
 * marks with no-break spaces, and an accessible name has ordinary ones. */
export function named(text) {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
}
