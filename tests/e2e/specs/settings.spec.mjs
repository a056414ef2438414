// Display settings: text size up to 200 % without sideways scrolling, high contrast, keyboard use.
import { languages, t } from '../locales.mjs';
import { expectEqual, expectTrue } from '../expect.mjs';

const bodyFontPx = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p, main li')).fontSize));
const orientations = [
  { label: 'landscape 1920×1080', viewport: { width: 1920, height: 1080 } },
  { label: 'portrait 1080×1920', viewport: { width: 1080, height: 1920 } },
];

export const tests = [
  ...orientations.map(({ label, viewport }) => ({
    name: `200 % doubles the body text with no sideways scroll, ${label}, every language`,
    viewport,
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      const normal = await bodyFontPx(page);
      expectTrue(normal >= 28, `body text at 100 % is at least 28 px (got ${normal})`);
      await kiosk.control('toolbar-text-size').click();
      expectEqual(await kiosk.html('data-text-size'), '150', 'text size after one tap');
      await kiosk.control('toolbar-text-size').click();
      expectEqual(await kiosk.html('data-text-size'), '200', 'text size after two taps');
      expectEqual(await bodyFontPx(page), normal * 2, 'body text at 200 %');
      for (const { code } of languages) {
        if (code !== kiosk.code) await kiosk.switchLanguage(code);
        for (const [path, title] of [['/home', 'home-title'], ['/help', 'help-title']]) {
          await kiosk.goInside(path);
          await kiosk.heading().filter({ hasText: t(code, title) }).waitFor();
          expectEqual(await kiosk.scrollsSideways(), false, `sideways scroll on ${path} in ${code}`);
          const clipped = await page.evaluate(() =>
            [...document.querySelectorAll('header *, main *')].filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && (box.left < -1 || box.right > document.documentElement.clientWidth + 1);
            }).length,
          );
          expectEqual(clipped, 0, `elements cut at the screen edge on ${path} in ${code}`);
        }
        await kiosk.goInside('/home');
        await kiosk.heading().filter({ hasText: t(code, 'home-title') }).waitFor();
        await page.screenshot({ path: `${output}text-200-${code}-${viewport.width}x${viewport.height}.png`, fullPage: true });
      }
      await kiosk.control('toolbar-text-size').click();
      expectEqual(await kiosk.html('data-text-size'), '100', 'a third tap comes back to 100 %');
    },
  })),
  {
    name: 'at 200 % text in portrait the toolbar folds four buttons under "More buttons" and leaves the screen its room, in fr and ar',
    viewport: { width: 1080, height: 1920 },
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      const shown = ['toolbar-home', 'toolbar-back', 'toolbar-text-size', 'toolbar-read-aloud'];
      const folded = ['toolbar-language', 'toolbar-contrast', 'toolbar-repeat', 'toolbar-finish'];
      const toolbarHeight = async () => (await page.locator('.k-toolbar').boundingBox()).height;
      for (const code of ['fr', 'ar']) {
        if (code !== kiosk.code) await kiosk.switchLanguage(code);
        await kiosk.setTextSize('100');
        expectEqual(await kiosk.control('toolbar-more').count(), 0, `"More buttons" at 100 % in ${code}`);
        await kiosk.setTextSize('200');
        const more = kiosk.control('toolbar-more');
        // Arabic was picked from the unfolded toolbar, on the same screen: a second tap folds it.
        if (code === 'ar') {
          expectEqual(await more.getAttribute('aria-expanded'), 'true', '"More buttons" after a language picked from it');
          await more.click();
        }
        expectEqual(await more.getAttribute('aria-expanded'), 'false', `"More buttons" folded in ${code}`);
        for (const id of shown) expectTrue(await kiosk.control(id).isVisible(), `${id} shown at 200 % in ${code}`);
        for (const id of folded) expectEqual(await kiosk.control(id).count(), 0, `${id} folded at 200 % in ${code}`);
        // Four rows of two took 1,032 px of the 1,920 (54 %) before.
        const height = await toolbarHeight();
        expectTrue(height <= 1920 * 0.35, `the toolbar's height at 200 % in ${code}: ${Math.round(height)} px of 1920`);
        await page.screenshot({ path: `${output}toolbar-folded-${code}-portrait-200.png` });
        await more.click();
        expectEqual(await more.getAttribute('aria-expanded'), 'true', `"More buttons" after a tap in ${code}`);
        for (const id of [...shown, ...folded]) expectTrue(await kiosk.control(id).isVisible(), `${id} shown once unfolded in ${code}`);
        await page.screenshot({ path: `${output}toolbar-unfolded-${code}-portrait-200.png` });
        // A new screen starts folded again (French ends on Help, so Arabic goes Home).
        const [next, title] = code === 'fr' ? ['/help', 'help-title'] : ['/home', 'home-title'];
        await kiosk.goInside(next);
        await kiosk.heading().filter({ hasText: t(code, title) }).waitFor();
        expectEqual(await more.getAttribute('aria-expanded'), 'false', `"More buttons" on the next screen in ${code}`);
      }
      await kiosk.setTextSize('100');
    },
  },
  {
    name: 'high contrast swaps the colour tokens, and back',
    async run({ kiosk, page, output }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('fr');
      const token = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--k-color-text').trim());
      const standard = await token();
      await kiosk.control('toolbar-contrast').click();
      expectEqual(await kiosk.html('data-contrast'), 'high', 'data-contrast after the tap');
      expectEqual(await kiosk.control('toolbar-contrast').getAttribute('aria-pressed'), 'true', 'the button says it is on');
      expectTrue((await token()) !== standard, 'the text colour token changed');
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expectEqual(background, 'rgb(0, 0, 0)', 'page background in high contrast');
      await page.screenshot({ path: `${output}contrast-high-fr.png` });
      await kiosk.control('toolbar-contrast').click();
      expectEqual(await token(), standard, 'the text colour token after a second tap');
    },
  },
  {
    name: 'the focus follows a tap to the next screen\'s heading, and stays on Home when Home is tapped on Home',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await kiosk.control('toolbar-home').click();
      // Two frames: time for a screen change, had there been one, to move the focus.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expectEqual(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/home',
        'the focus stays on Home, tapped on Home');
      await page.locator('main a[href="/tutorials"]').first().click();
      await page.waitForURL('**/tutorials');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    },
  },
  {
    name: 'the keyboard alone picks a language, opens and closes a dialog',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      for (let i = 0; i < 10; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.getAttribute('lang') === 'en')) break;
      }
      await page.keyboard.press('Enter');
      kiosk.code = 'en';
      await page.waitForURL('**/home');
      const focusOn = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      for (let i = 0; i < 20; i += 1) {
        await page.keyboard.press('Tab');
        if ((await focusOn()) === t('en', 'toolbar-language')) break;
      }
      expectEqual(await focusOn(), t('en', 'toolbar-language'), 'focus reached the Language button');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineWidth);
      expectTrue(parseFloat(ring) >= 3, `a visible focus ring (outline ${ring})`);
      await page.keyboard.press('Enter');
      await kiosk.dialog('language-title').waitFor();
      await page.keyboard.press('Escape');
      await kiosk.dialog('language-title').waitFor({ state: 'hidden' });
      expectEqual(await kiosk.html('lang'), 'en', 'Escape changed nothing');
    },
  },
  {
    name: 'a step\'s heading, focused from the keyboard, rings itself without covering the tutorial\'s name above it',
    async run({ kiosk, page }) {
      await kiosk.open('/');
      await kiosk.pickLanguage('en');
      await kiosk.goInside('/tutorials/touch-screen/1');
      const onNext = () => page.evaluate(() => document.activeElement?.classList.contains('k-step__next'));
      for (let i = 0; i < 30 && !(await onNext()); i += 1) await page.keyboard.press('Tab');
      expectTrue(await onNext(), 'the keyboard reached Next');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/tutorials/touch-screen/2');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      const ring = await page.evaluate(() => {
        const heading = document.activeElement;
        const style = getComputedStyle(heading);
        const name = document.querySelector('main .k-step__tutorial').getBoundingClientRect();
        return {
          visible: heading.matches(':focus-visible'),
          width: parseFloat(style.outlineWidth),
          top: heading.getBoundingClientRect().top - parseFloat(style.outlineWidth) - parseFloat(style.outlineOffset),
          nameBottom: name.bottom,
        };
      });
      expectTrue(ring.visible && ring.width >= 3, `the heading shows its focus ring (${JSON.stringify(ring)})`);
      expectTrue(ring.top >= ring.nameBottom,
        `the ring's top edge (${ring.top} px) is below the tutorial's name (bottom ${ring.nameBottom} px)`);
    },
  },
];
