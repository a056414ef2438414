// Shared by the timing scripts: when a page's first screen is painted.

/** In every document of `page`: when its first screen (`selector`) was painted, kept in
 * `window.__startPainted` on the wall clock, so that it compares with a time read in the document
 * before a reload. */
export function recordStartPainted(page, selector) {
  return page.addInitScript((wanted) => {
    const seen = new MutationObserver(() => {
      if (document.querySelector(wanted)) {
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(() => {
          window.__startPainted = performance.timeOrigin + performance.now();
        }, 0));
      }
    });
    seen.observe(document, { childList: true, subtree: true });
  }, selector);
}
