// A stand-in for the browser's speech engine, installed before the kiosk's scripts run. It has
// voices only for the languages given, and records what it is asked to say in window.__spoken.
export function installSpeechStub(voiceLanguages) {
  const voices = voiceLanguages.map((lang) => {
    // Instances of the real prototype, so the kiosk's type checks accept them.
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperties(voice, {
      lang: { value: lang },
      name: { value: `Stub ${lang}` },
      default: { value: false },
      localService: { value: true },
      voiceURI: { value: `stub-${lang}` },
    });
    return voice;
  });
  window.__spoken = [];
  class StubUtterance {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
    }
  }
  const engine = {
    getVoices: () => voices,
    speak: (utterance) => window.__spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? null }),
    cancel: () => { window.__cancelled = (window.__cancelled ?? 0) + 1; },
    pause() {},
    resume() {},
    speaking: false,
    pending: false,
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true });
}
