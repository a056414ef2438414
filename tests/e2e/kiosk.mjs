// The page object: what a person (or an agent with a keyboard) can see and do on the kiosk, found by
// role and by the words on screen in the displayed language.
import AxeBuilder from '@axe-core/playwright';
import { defaultLanguage, languages, named, t } from './locales.mjs';

/** Holds back every request of `page` matching `pattern` (files "on their way") until the
 * returned function is called; then they go through. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/** The figures database of a page, read as `Kiosk.figures` says. */
export function readFigures(page) {
  return page.evaluate(async () => {
    await globalThis.pasapasFiguresSettled?.();
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pasapas-figures');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store) => new Promise((resolve) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const [days, months, aside] = await Promise.all([all('days'), all('months'), all('aside')]);
    db.close();
    return {
      days: Object.fromEntries(days.map((r) => [r.day, r.counts])),
      months: Object.fromEntries(months.map((r) => [r.month, r.counts])),
      aside: aside.length,
    };
  });
}

/** The total of one counter over every day kept. */
export function totalOf(figures, counter) {
  return Object.values(figures.days).reduce((sum, counts) => sum + (counts[counter] ?? 0), 0);
}

export class Kiosk {
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.code = defaultLanguage;
  }

  /** Loads an address of the kiosk, as after a reset, and waits for its heading. */
  async open(path = '/') {
    // 'commit', then the heading: what matters is the kiosk's first screen, not every request.
    await this.page.goto(new URL(path, this.base).href, { waitUntil: 'commit' });
    this.code = defaultLanguage;
    await this.heading().waitFor();
    this.historyAtStart = await this.page.evaluate(() => history.length);
  }

  /** A single tap at the centre of an element, as a finger does: no hover before it. (Playwright's
   * click moves the mouse first, and any movement already ends the idle warning.) */
  async tap(locator) {
    const box = await locator.boundingBox();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Lets `ms` of untouched time pass, with Playwright's clock installed before `open`. The first
   * second runs every timer in turn (the idle detector settles its last touch), then time jumps. */
  async leaveUntouched(ms) {
    await this.page.clock.runFor(1_000);
    await this.page.clock.fastForward(ms - 1_000);
  }

  /** Text of a message in the displayed language. */
  t(id) {
    return t(this.code, id);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A language button of the Welcome picker (or of the language dialog), by its own name. */
  languageButton(code) {
    const { name } = languages.find((l) => l.code === code);
    return this.page.getByRole('button', { name, exact: true });
  }

  /** On Welcome: one tap on a language opens Home in that language. */
  async pickLanguage(code) {
    await this.languageButton(code).click();
    this.code = code;
    await this.page.waitForURL('**/home');
    await this.heading().filter({ hasText: this.t('home-title') }).waitFor();
  }

  toolbar() {
    return this.page.getByRole('navigation', { name: this.t('toolbar-label') });
  }

  /** A toolbar control (link or button) by the message id of its word. */
  control(id) {
    const name = this.t(id);
    return this.toolbar().getByRole(id === 'toolbar-home' || id === 'toolbar-back' ? 'link' : 'button', { name });
  }

  /** Taps a toolbar control. At 200 % text in portrait four of them are folded under "More
   * buttons": that one is tapped first, as a person would. */
  async tapControl(id) {
    const control = this.control(id);
    if (!(await control.isVisible())) {
      const more = this.control('toolbar-more');
      if (await more.isVisible() && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    }
    await control.click();
  }

  dialog(titleId) {
    return this.page.getByRole('dialog', { name: this.t(titleId) });
  }

  /** Changes the language from the toolbar's Language dialog. */
  async switchLanguage(code) {
    await this.tapControl('toolbar-language');
    // Named in the language shown now: the dialog closes once the picked one has arrived, and a
    // dialog looked for by its new name would be "hidden" before that.
    const dialog = this.dialog('language-title');
    await dialog.waitFor();
    await this.languageButton(code).click();
    await dialog.waitFor({ state: 'hidden' });
    this.code = code;
  }

  /** Moves to an address inside the app without a reload (a reload would forget the language). */
  async goInside(path) {
    await this.page.evaluate((to) => {
      window.history.replaceState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
  }

  html(attribute) {
    return this.page.evaluate((a) => document.documentElement.getAttribute(a), attribute);
  }

  /** The anonymous figures as stored (IndexedDB `pasapas-figures`), once the pending writes
   * have ended: { days: { 'YYYY-MM-DD': { counter: n } }, months: { 'YYYY-MM': {...} }, aside: n }. */
  figures() {
    return readFigures(this.page);
  }

  /** Everything the browser could keep of a person. */
  storage() {
    return this.page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      // Cache Storage other than the build's files and the commune's (tests/e2e/offline.mjs
      // checks what those two hold).
      caches: (await caches.keys()).filter((n) => !n.startsWith('pasapas-build-') && n !== 'pasapas-commune-files-v1'),
      history: history.length,
    }));
  }

  /** What the stubbed speech engine was asked to say: [{ text, lang, voice }]. */
  spoken() {
    return this.page.evaluate(() => window.__spoken ?? []);
  }

  /** axe violations on the current screen, as readable lines; with them, every pictogram that
   * would draw nothing (its `<use>` names no symbol of the page's sprite), which axe cannot see
   * since pictograms are hidden from assistive technology. */
  async axeViolations() {
    const result = await new AxeBuilder({ page: this.page }).analyze();
    const blank = await this.page.evaluate(() => [...document.querySelectorAll('svg.k-icon use')]
      .map((use) => use.getAttribute('href'))
      .filter((href) => !href?.startsWith('#') || !document.getElementById(href.slice(1)))
      .map((href) => `pictogram ${href} has no symbol in the page (cargo xtask pictograms)`));
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ).concat(blank);
  }

  /** Interactive elements smaller than 80×80 CSS px, or closer than 8 px to another one. Sizes are
   * checked for every target; spacing between targets a finger can reach together, at every
   * scroll position of the screen (content slides under the sticky step bar). */
  targetProblems() {
    return this.page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
      const inert = (el) => el.closest('[inert]') || (document.querySelector('dialog[open]') && !el.closest('dialog[open]'));
      // A radio or checkbox inside its label is tapped through the whole label (a large tile):
      // the label is the target that is measured.
      const target = (el) => (el.matches('input') && el.closest('label')) || el;
      const all = [...new Set([...document.querySelectorAll(selector)].map(target))]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !inert(el));
      const name = (el) => (el.textContent || el.getAttribute('aria-label') || el.tagName).trim();
      const problems = new Set();
      for (const el of all) {
        const box = el.getBoundingClientRect();
        if (box.width < 79.5 || box.height < 79.5) problems.add(`"${name(el)}" is ${Math.round(box.width)}×${Math.round(box.height)} px`);
      }
      // Wholly in view and not covered: its centre and its four corners hit it.
      const reachable = (el) => {
        const box = el.getBoundingClientRect();
        const points = [
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + 3, box.top + 3], [box.right - 3, box.top + 3],
          [box.left + 3, box.bottom - 3], [box.right - 3, box.bottom - 3],
        ];
        return points.every(([x, y]) => {
          if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
          const hit = document.elementFromPoint(x, y);
          return hit !== null && (el === hit || el.contains(hit));
        });
      };
      const scroller = document.scrollingElement;
      const end = scroller.scrollHeight - innerHeight;
      for (let top = 0; ; top = Math.min(end, top + innerHeight / 2)) {
        scroller.scrollTop = top;
        const targets = all.filter(reachable).map((el) => ({ el, box: el.getBoundingClientRect() }));
        for (let i = 0; i < targets.length; i += 1) {
          for (let j = i + 1; j < targets.length; j += 1) {
            const [a, b] = [targets[i], targets[j]];
            if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
            const gap = Math.max(b.box.left - a.box.right, a.box.left - b.box.right, b.box.top - a.box.bottom, a.box.top - b.box.bottom);
            if (gap < 7.5) problems.add(`"${name(a.el)}" and "${name(b.el)}" are ${Math.round(gap)} px apart`);
          }
        }
        if (top >= end) break;
      }
      scroller.scrollTop = 0;
      return [...problems];
    });
  }

  /** On Welcome: agent mode with `pin`, then "Start for the person" with the launch screen's
   * first choices (a tutorial's first step, in the default language). */
  async launchForPerson(pin) {
    await this.enterAgentMode(pin);
    await this.page.getByRole('link', { name: named(this.t('agent-launch-title')) }).click();
    await this.page.getByRole('button', { name: this.t('agent-launch-start') }).click();
    await this.page.waitForURL('**/tutorials/**');
  }

  /** On Welcome: five quick taps on the kiosk's name open the PIN pad; the PIN opens agent mode. */
  async enterAgentMode(pin) {
    const logo = this.page.locator('.k-brand');
    for (let i = 0; i < 5; i += 1) await this.tap(logo);
    await this.page.waitForURL('**/agent');
    await this.typePin(pin);
    await this.page.waitForURL('**/agent/dashboard');
    await this.heading().filter({ hasText: this.t('agent-dashboard-title') }).waitFor();
  }

  /** Types a PIN on the pad and presses Open. */
  async typePin(pin) {
    await this.page.getByRole('button', { name: this.t('agent-pin-open') }).waitFor();
    for (const digit of pin) await this.page.getByRole('button', { name: digit, exact: true }).click();
    await this.page.getByRole('button', { name: this.t('agent-pin-open') }).click();
  }

  /** In the self-assessment: taps the first answer of every question until the result screen,
   * after `onQuestion(n)` on each question if given. */
  async answerUntilResult(code, onQuestion = async () => {}) {
    const { page } = this;
    for (let n = 1; n <= 30; n += 1) {
      if (await page.getByRole('heading', { level: 1, name: t(code, 'result-title') }).count()) return;
      await page.locator('progress').waitFor();
      await onQuestion(n);
      const heading = await this.heading().textContent();
      await page.locator('.k-answer').first().click();
      const next = page.getByRole('button', { name: t(code, 'assessment-next'), exact: true });
      if (await next.count()) await next.click();
      await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading);
    }
  }

  /** What keeps this screen from being one kiosk view, as readable lines: each of `mainActions`
   * (CSS selectors of the one thing a person came to tap) not wholly in the viewport as the
   * screen opens; a heading or control that no scroll position shows uncovered (the sticky bars
   * lie over it); a heading or control whose text overflows its box. */
  viewProblems(mainActions = []) {
    return this.page.evaluate((selectors) => {
      const problems = [];
      const scroller = document.scrollingElement;
      scroller.scrollTop = 0;
      const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const name = (el) => (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
      for (const selector of selectors) {
        const el = [...document.querySelectorAll(selector)].find(shown);
        if (!el) { problems.push(`no main action ${selector}`); continue; }
        const box = el.getBoundingClientRect();
        if (box.top < 0 || box.left < 0 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
          problems.push(`the main action "${name(el)}" is not in view (${Math.round(box.top)}–${Math.round(box.bottom)} px of ${innerHeight}, scrolled ${scroller.scrollTop} of ${scroller.scrollHeight})`);
        }
      }
      const inMain = 'main h1, main h2, main h3, main button, main a[href], main .k-answer';
      const candidates = [...document.querySelectorAll(inMain)].filter(shown).filter((el) => !el.closest('.k-paper'));
      const uncovered = new Set();
      const end = Math.max(0, scroller.scrollHeight - innerHeight);
      for (let top = 0; ; top = Math.min(end, top + innerHeight / 4)) {
        scroller.scrollTop = top;
        for (const el of candidates) {
          if (uncovered.has(el)) continue;
          const box = el.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit === el || el.contains(hit))) uncovered.add(el);
        }
        if (top >= end) break;
      }
      scroller.scrollTop = 0;
      for (const el of candidates) {
        if (!uncovered.has(el)) problems.push(`"${name(el)}" is covered at every scroll position`);
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
          problems.push(`the text of "${name(el)}" overflows its box (${el.scrollWidth} > ${el.clientWidth} px)`);
        }
      }
      return problems;
    }, mainActions);
  }

  /** Sets the text size with the toolbar's control (100, 150 or 200). */
  async setTextSize(size) {
    while (await this.html('data-text-size') !== size) await this.control('toolbar-text-size').click();
  }

  /** Runs `check(orientation, size)` in landscape 1920×1080 and portrait 1080×1920, at each text
   * size of `sizes`; then back to landscape at 100 %. Needs the toolbar (any screen but Welcome). */
  async inEveryView(check, sizes = ['100', '200']) {
    const views = [['landscape', { width: 1920, height: 1080 }], ['portrait', { width: 1080, height: 1920 }]];
    for (const [orientation, viewport] of views) {
      await this.page.setViewportSize(viewport);
      for (const size of sizes) {
        await this.setTextSize(size);
        await check(orientation, size);
      }
    }
    await this.setTextSize('100');
    await this.page.setViewportSize(views[0][1]);
  }

  /** On the result, which shows one part at a time: from the first part, taps Next until
   * `locator` is shown. */
  async showResultPart(locator) {
    const bar = this.page.locator('.k-step__nav');
    const previous = bar.getByRole('button', { name: this.t('step-previous') });
    // Up to three walks from the first part: the places may still be on their way from the kept
    // files when the result first shows (offline, on a slow machine).
    for (let walk = 0; walk < 3 && !(await locator.count()); walk += 1) {
      if (walk > 0) await this.page.waitForTimeout(1_000);
      while (await previous.count()) await previous.click();
      for (let i = 0; i < 12 && !(await locator.count()); i += 1) {
        const next = bar.getByRole('button', { name: this.t('step-next') });
        if (!(await next.count())) break;
        await next.click();
      }
    }
    await locator.first().waitFor({ timeout: 2_000 });
  }

  /** Whether the page scrolls sideways. */
  scrollsSideways() {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }

  /** Links whose address leaves the kiosk's origin. */
  outsideLinks() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((href) => new URL(href).origin !== location.origin),
    );
  }
}
