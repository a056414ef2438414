// The tutorials as data, read from assets/content/tutorials/*.toml, so the tests follow the content.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../assets/content/tutorials/', import.meta.url));

/** Every tutorial: { id, title, steps: [{ title, practice }] } (message ids). */
export const tutorials = readdirSync(folder)
  .filter((f) => f.endsWith('.toml'))
  .sort()
  .map((file) => {
    const text = readFileSync(folder + file, 'utf8');
    const [head, ...steps] = text.split('[[step]]');
    const field = (block, name) => block.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
    return {
      id: field(head, 'id'),
      title: field(head, 'title'),
      steps: steps.map((block) => ({ title: field(block, 'title'), practice: field(block, 'practice') })),
    };
  });
