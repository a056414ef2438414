// The kit's Chromium policy, installed for the test run in /etc/chromium/policies/managed (the
// only place Debian's Chromium reads it), with Chromium started by the kit's launcher.
import { Kiosk } from '../../e2e/kiosk.mjs';
import { expectEqual, expectTrue } from '../../e2e/expect.mjs';
import { until } from '../parts.mjs';

export const tests = [
  {
    name: 'only the kiosk is reachable: another address, another site or a browser page is refused by the administrator',
    async run({ parts, base }) {
      const session = await parts.launchKiosk();
      try {
        const kiosk = new Kiosk(session.page, base);
        await kiosk.languageButton('fr').waitFor({ timeout: 30_000 });
        for (const address of ['chrome://settings/', 'http://127.0.0.1:9/', 'https://example.org/', 'file:///etc/passwd']) {
          const error = await session.page.goto(address, { timeout: 10_000 }).then(() => null, (e) => e.message);
          // chrome:// pages are outside '*': the policy lists them, or chrome://settings opens.
          expectTrue(error?.includes('ERR_BLOCKED_BY_ADMINISTRATOR'), `${address} is refused (${error?.split('\n')[0]})`);
          await until(() => session.page.url().startsWith('chrome-error://'), 5_000, `the "page is blocked" screen for ${address}`);
          await session.page.waitForLoadState();
          const back = await session.page.goto(new URL('/home', base).href).then(() => null, (e) => e.message.split('\n')[0]);
          expectEqual(back, null, `the kiosk opens again after ${address}`);
          await kiosk.heading().waitFor();
        }
      } finally {
        await session.stop();
      }
    },
  },
  {
    name: 'the page is marked not to be translated (the policy also turns translation off)',
    async run({ parts, base }) {
      const session = await parts.launchKiosk();
      try {
        const kiosk = new Kiosk(session.page, base);
        await kiosk.languageButton('ar').waitFor({ timeout: 30_000 });
        await kiosk.pickLanguage('ar');
        expectEqual(await session.page.evaluate(() => document.documentElement.translate), false, 'translate on <html> in Arabic');
      } finally {
        await session.stop();
      }
    },
  },
  {
    name: 'with the whole policy, developer tools cannot attach to the kiosk page',
    async run({ parts }) {
      const policy = parts.installPolicy({ devtools: true });
      expectEqual(policy.DeveloperToolsAvailability, 2, 'the policy forbids developer tools');
      let session;
      try {
        session = await parts.launchKiosk({ page: false });
        const cdp = await session.browser.newBrowserCDPSession();
        const { targetInfos } = await cdp.send('Target.getTargets');
        const page = targetInfos.find((target) => target.type === 'page');
        expectTrue(page, 'the kiosk page is listed');
        const attached = await cdp.send('Target.attachToTarget', { targetId: page.targetId, flatten: true }).then(() => 'attached', (e) => e.message);
        expectTrue(attached !== 'attached', `attaching to the page is refused (${attached})`);
        return `(${attached})`;
      } finally {
        // The runner puts the test's policy back after each test.
        await session?.stop?.();
      }
    },
  },
];
