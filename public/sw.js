// The service worker of the widget's own pages (index.html and embed.html register it through
// offline.js; the loader on a school's page never does). Its scope is this folder.
//
// After one visit the check works with the network off: installing copies every file of this
// build into a cache named after the folder and the build, and the worker answers from it. A
// new release changes this file (the build writes BUILD below), so the browser installs the
// new worker on the next visit: it caches the new build, deletes the caches of older builds in
// this folder, and tells the open pages, which say that a newer edition loads on the next
// start. Nothing else is fetched or sent: the worker only answers the page's own requests for
// this folder.

// Filled in by the build (scripts/offline-files.mjs): the build's version (a hash of all its
// files), the content's edition, and the files to keep, relative to this folder; `off` in a
// debug build.
const BUILD = { version: "dev", edition: 0, files: [] };

const folder = new URL("./", self.location.href);
// Caches belong to the whole site, not to a folder: the name holds the folder, so a release in
// another folder of the same site (a second copy, a test version) keeps its own.
const PREFIX = `zelfcheck ${folder.pathname} `;
const CACHE = `${PREFIX}${BUILD.version}`;
// Each file by its plain path, for the address it is kept under.
const kept = new Map(BUILD.files.map((file) => [decodeURIComponent(file), file]));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload": past the HTTP cache, so an old copy of an unhashed file cannot slip in.
      await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, folder), { cache: "reload" })));
      // The new build is complete in its cache: it takes over at once, so the next start
      // loads it. The pages open now keep what they already run.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      if (BUILD.off) {
        // A debug build (`make serve`) on an address where a release ran: each change must
        // show at once, so this worker keeps nothing and leaves.
        await caches.delete(CACHE);
        await self.registration.unregister();
        return;
      }
      // Only pages that ran an older build are controlled by this registration now.
      for (const client of await self.clients.matchAll({ type: "window" })) {
        client.postMessage({ type: "zelfcheck:update", version: BUILD.version, edition: BUILD.edition });
      }
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (BUILD.off || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return;
  // A page's address may carry a query; the folder itself is the standalone page.
  let path;
  try {
    path = decodeURIComponent(url.pathname.slice(folder.pathname.length)) || "index.html";
  } catch {
    return;
  }
  if (kept.has(path)) event.respondWith(fromBuild(request, kept.get(path)));
  else if (path.startsWith("settings/")) event.respondWith(networkFirst(request));
  // Anything else (if a site shares the folder) is none of the worker's business.
});

/** A file of this build: from its cache; from the network only if the cache lost it. */
async function fromBuild(request, file) {
  const cache = await caches.open(CACHE);
  return (await cache.match(new URL(file, folder).href)) ?? fetch(request);
}

/**
 * A school's settings file (it changes without a release): the network first, and the last
 * copy that came from it when the network is gone.
 */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const copy = await cache.match(request);
    if (copy) return copy;
    throw error;
  }
}
