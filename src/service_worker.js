// The kiosk's service worker: it keeps every file of one build in the browser, so that the kiosk
// starts and works with the network or the server down (after a reboot too).
//
// `cargo xtask` writes it to dist/sw.js after trunk, with two constants before this text
// (xtask/src/precache.rs): BUILD, the build's version, and FILES, [address, sha256] of every
// file of the build. The commune's files (/config/, /data/) are not in FILES: the app keeps their
// last good copy itself (src/offline.rs).
//
// - install: every file is fetched and checked against its SHA-256, or taken from an older
//   build's cache when its hash is the same. One failure fails the install and empties its cache,
//   so a partial or mixed download never becomes a build: the old one goes on running. The
//   browser tries it again at the next page load (or check), and refuses it again while it is broken.
// - a new build waits. The page asks it to take over only at a reset, between two people
//   ("take-over" message); then the reset's reload shows the new build.
// - fetch: every navigation gets this build's page for it (the agent's for /agent and below, the
//   people's for the rest: src/app.rs), every file of the build comes from the cache; anything else (the commune's files, the watchdog's HEAD) goes to the network untouched.
// - Nothing of a person is ever put in a cache: only the files listed in FILES.

const CACHE = `pasapas-build-${BUILD}`;
const PREFIX = 'pasapas-build-';
const HASH_HEADER = 'x-pasapas-sha256';
const SHELL = '/index.html';
const AGENT_SHELL = '/agent-page/index.html';
const HASHES = new Map(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const agent = url.pathname === '/agent' || url.pathname.startsWith('/agent/');
    event.respondWith(fromCache(agent ? AGENT_SHELL : SHELL, request));
  } else if (HASHES.has(url.pathname)) {
    event.respondWith(fromCache(url.pathname, request));
  }
});

/** This build's copy of `path`, or the network if the cache lost it. `caches.match` with a
 * name, not `caches.open`: an old worker still answering after the next build deleted its cache
 * must not bring that cache back, empty. */
async function fromCache(path, request) {
  const kept = await caches.match(path, { cacheName: CACHE });
  return kept ?? fetch(request);
}

async function precache() {
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  const cache = await caches.open(CACHE);
  // Two at a time: a rural line is not flooded, and a failure stops the install early.
  const queue = [...FILES];
  let failure = null;
  const worker = async () => {
    while (queue.length > 0 && !failure) {
      const [path, hash] = queue.shift();
      try {
        await keep(cache, older, path, hash);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  // Both workers have stopped before the cache is deleted, so no file lands in it afterwards.
  await Promise.all([worker(), worker()]);
  if (failure) {
    // A build that did not arrive whole leaves nothing behind; the running one goes on.
    await caches.delete(CACHE);
    throw failure;
  }
}

/** Puts the file of this build at `path` in `cache`: reused when any build's cache already has
 * the same bytes, else downloaded and checked. Throws on any mismatch. */
async function keep(cache, older, path, hash) {
  for (const name of older) {
    const kept = await caches.match(path, { cacheName: name });
    if (kept && kept.headers.get(HASH_HEADER) === hash) {
      await cache.put(path, kept);
      return;
    }
  }
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const found = hex(await crypto.subtle.digest('SHA-256', body));
  if (found !== hash) throw new Error(`${path}: not the file of build ${BUILD}`);
  const headers = new Headers({ [HASH_HEADER]: hash });
  const type = response.headers.get('content-type');
  if (type) headers.set('content-type', type);
  await cache.put(path, new Response(body, { status: 200, headers }));
}

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
