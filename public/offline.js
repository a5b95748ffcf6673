// Included by the widget's own pages only (index.html and embed.html), never by the loader on
// a school's page: the service worker (sw.js) keeps this folder's build in the browser, so
// the check opens and runs with the network off after one visit. When a newer build has been
// installed, this says so to the widget, which shows that it loads on the next start.

// Set by the build: true for a release. A debug build (`make serve`) must show each change at
// once, so it drops a worker an earlier release build registered here.
const OFFLINE = false;

const worker = new URL("sw.js", import.meta.url);

if ("serviceWorker" in navigator) {
  if (OFFLINE) {
    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data?.type !== "zelfcheck:update" || !Number.isInteger(event.data.edition)) return;
      // Kept on the page as well, for a widget that starts after the message came.
      document.documentElement.dataset.zcUpdate = String(event.data.edition);
      window.dispatchEvent(new CustomEvent("zelfcheck:update"));
    });
    navigator.serviceWorker.startMessages();
    const register = () =>
      navigator.serviceWorker.register(worker).catch((error) => {
        // The check works without it, only not offline (private windows, blocked storage).
        console.info(`zelfcheck: works online only here (${error.message})`);
      });
    // Once the page has loaded and the browser has a moment: the worker downloads the whole
    // release, which must not slow down the first start on a slow school network.
    const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
  } else {
    navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => {
        for (const registration of registrations) {
          if (registration.active?.scriptURL === worker.href) registration.unregister();
        }
      })
      .catch(() => {});
  }
}
