// Read aloud with real voices: speech-dispatcher and espeak-ng, configured by the kit, started by
// Chromium (the launcher's --enable-speech-dispatcher). No stub: the browser's own engine.
import { Kiosk } from '../../e2e/kiosk.mjs';
import { expectEqual, expectTrue } from '../../e2e/expect.mjs';
import { languages, t } from '../../e2e/locales.mjs';
import { until } from '../parts.mjs';

/** Records what the page asks the real engine to say, and whether each utterance ended. */
function listen() {
  window.__heard = [];
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    const heard = { text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? null, name: utterance.voice?.name ?? null, ended: false, error: null };
    window.__heard.push(heard);
    utterance.addEventListener('end', () => { heard.ended = true; });
    utterance.addEventListener('error', (event) => { heard.error = event.error; });
    speak(utterance);
  };
}

const readAloud = ['fr', 'en', 'ar'].map((code) => ({
  name: `"Listen" in ${code} speaks Home with a ${code} voice of speech-dispatcher, to the end of every utterance`,
  async run({ parts, base }) {
    const session = await parts.launchKiosk();
    try {
      const { page } = session;
      const kiosk = new Kiosk(page, base);
      await kiosk.languageButton(code).waitFor({ timeout: 30_000 });
      const voices = await until(() => page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang)).then((l) => l.length && l), 90_000, 'Chromium lists the voices of speech-dispatcher');
      for (const language of ['fr', 'en', 'ar']) {
        expectTrue(voices.some((lang) => lang.split('-')[0] === language), `a voice for ${language} among ${voices.length}`);
      }
      await kiosk.pickLanguage(code);
      await page.evaluate(listen);
      await kiosk.control('toolbar-repeat').click();
      const heard = await until(async () => {
        const now = await page.evaluate(() => ({ heard: window.__heard, busy: speechSynthesis.speaking || speechSynthesis.pending }));
        const done = now.heard.length > 0 && !now.busy && now.heard.every((h) => h.ended || h.error);
        return done && now.heard;
      }, 60_000, 'every utterance ends');
      // The kiosk reads the screen's text with plain spaces (French's are no-break).
      const plain = (text) => text.replace(/\s+/g, ' ');
      expectEqual(heard[0].text, plain(t(code, 'home-title')), 'the first thing said');
      expectEqual(heard.filter((h) => h.error).map((h) => `${h.text}: ${h.error}`), [], 'utterances that failed');
      expectEqual(heard.filter((h) => h.voice?.split('-')[0] !== code).map((h) => `${h.text} (${h.voice})`), [], `utterances not in a ${code} voice`);
      if (code === 'fr') {
        // The kiosk stands in France: espeak-ng's Belgian French, listed first, says "septante".
        expectEqual([...new Set(heard.map((h) => h.voice))], ['fr-FR'], 'French voices used');
      }
      return `(voices after ${Date.now() - session.started} ms; ${heard.length} utterances with "${heard[0].name}", ${voices.length} voices listed)`;
    } finally {
      await session.stop();
    }
  },
}));

/** The language of the voices that read a kiosk language: Dari is Persian of Afghanistan. */
const SPOKEN_AS = { prs: 'fa' };
/** Languages espeak-ng has no voice for, with the kit's packages. */
const WITHOUT_VOICE = ['ps'];

const everyOtherLanguage = {
  name: 'every other language starts reading Home with a voice of its own (Dari with Persian); Pashto, which espeak-ng lacks, says so in Pashto',
  async run({ parts, base }) {
    const session = await parts.launchKiosk();
    try {
      const { page } = session;
      const kiosk = new Kiosk(page, base);
      await kiosk.languageButton('fr').waitFor({ timeout: 30_000 });
      const voices = await until(() => page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang)).then((l) => l.length && l), 90_000, 'Chromium lists the voices of speech-dispatcher');
      const others = languages.map(({ code }) => code).filter((code) => !['fr', 'en', 'ar'].includes(code));
      const voiced = [];
      for (const [index, code] of others.entries()) {
        if (index === 0) await kiosk.pickLanguage(code);
        else await kiosk.switchLanguage(code);
        await page.evaluate(listen);
        await kiosk.control('toolbar-repeat').click();
        if (WITHOUT_VOICE.includes(code)) {
          await page.getByRole('status').filter({ hasText: t(code, 'speech-no-voice') }).waitFor();
          expectEqual(await page.evaluate(() => window.__heard.length), 0, `utterances in ${code}`);
          continue;
        }
        const spoken = SPOKEN_AS[code] ?? code;
        expectTrue(voices.some((lang) => lang.split('-')[0] === spoken), `a ${spoken} voice among ${voices.length}`);
        const first = await until(() => page.evaluate(() => window.__heard[0]), 30_000, `${code} starts reading`);
        expectEqual(first.text, t(code, 'home-title').replace(/\s+/g, ' '), `the first thing said in ${code}`);
        expectEqual(first.voice?.split('-')[0], spoken, `the voice reading ${code}`);
        await page.evaluate(() => speechSynthesis.cancel());
        voiced.push(`${code}: ${first.name}`);
      }
      return `(${voiced.join('; ')})`;
    } finally {
      await session.stop();
    }
  },
};

export const tests = [...readAloud, everyOtherLanguage];
