// How the tests and the benchmark start Debian's Chromium, headless and without network chatter
// (this machine's closed network refuses Chromium's background connections).
export function chromiumOptions() {
  return {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
    ],
  };
}
