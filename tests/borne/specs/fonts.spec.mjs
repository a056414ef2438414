// Every letter of every language is drawn by a real font the kit installs, never a fallback box:
// each character of each language's Fluent files (the Pashto and Dari letters Arabic lacks
// included) must be in a font of the kit's font packages, as fontconfig, which Chromium asks,
// sees it. Format characters (the isolates around Latin runs, joiners) are not drawn.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languages } from '../../e2e/locales.mjs';
import { expectEqual } from '../../e2e/expect.mjs';

/** The packages deploy/install.sh installs for the kiosk's text. */
const FONT_PACKAGES = ['fonts-noto-core', 'fonts-dejavu-core'];
const locales = fileURLToPath(new URL('../../../locales/', import.meta.url));

/** The characters a person can see in a language's texts (comments and ids included: cheap and
 * stricter), without spaces and format characters. */
function charactersOf(code) {
  const folder = `${locales}${code}/`;
  const text = readdirSync(folder, { recursive: true })
    .filter((name) => String(name).endsWith('.ftl'))
    .map((name) => readFileSync(`${folder}${name}`, 'utf8'))
    .join('');
  return [...new Set(text)].filter((c) => !/[\s\p{Cf}\p{Cc}]/u.test(c));
}

export const tests = [{
  name: 'every character of every language is in a font the kit installs (fonts-noto-core, fonts-dejavu-core)',
  async run() {
    const kitFonts = new Set(execFileSync('dpkg', ['-L', ...FONT_PACKAGES]).toString().split('\n')
      .filter((path) => /\.(ttf|otf|ttc)$/.test(path)));
    const coverage = new Map();
    const drawnBy = (character) => {
      if (!coverage.has(character)) {
        const hex = character.codePointAt(0).toString(16);
        const files = execFileSync('fc-list', [`:charset=${hex}`, 'file']).toString().split('\n')
          .map((line) => line.replace(/:\s*$/, '').trim()).filter((file) => kitFonts.has(file));
        coverage.set(character, files.length);
      }
      return coverage.get(character) > 0;
    };
    const missing = [];
    let counted = 0;
    for (const { code } of languages) {
      const characters = charactersOf(code);
      counted += characters.length;
      for (const character of characters.filter((c) => !drawnBy(c))) {
        missing.push(`${code}: «${character}» U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expectEqual(missing, [], 'characters no kit font draws');
    const pashto = ['ټ', 'ډ', 'ړ', 'ښ', 'ږ', 'ګ', 'ۍ', 'ې', 'ژ'];
    expectEqual(pashto.filter((c) => !drawnBy(c)), [], 'Pashto and Dari letters drawn');
    return `(${coverage.size} distinct characters in ${languages.length} languages, ${counted} language-character pairs)`;
  },
}];
