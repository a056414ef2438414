// Shared by the tap timing scripts (taps.mjs, floor-tap.mjs): how a tap's time is read, so that the
// kiosk's taps and the bare page's floor are timed the same way.

/** The value at `share` (0.5 for the median, 0.95 for p95) of `values`, nearest rank. */
export function rank(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/** In every document of `page`: the time of each click event on the wall clock
 * (`window.__tapAt`, so that it compares across a reload) and on the page's own
 * (`window.__tapStamp`), and each click's Event Timing entry (`window.__clicks`). */
export function recordTaps(page) {
  return page.addInitScript(() => {
    document.addEventListener('click', (event) => {
      window.__tapAt = performance.timeOrigin + event.timeStamp;
      window.__tapStamp = event.timeStamp;
    }, true);
    // 16 ms is the least threshold the API takes.
    window.__clicks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'click') window.__clicks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}
