// For the HOST page of an iframe embed: keeps every iframe that shows embed.html from this
// folder exactly as tall as its content. Include it once, from the same folder as embed.html:
//   <script type="module" src="…/zelfcheck-iframe.js"></script>
// It greets each such iframe (postMessage to the files' origin only) and accepts heights
// only from that origin and from that iframe's window.

const page = new URL("embed.html", import.meta.url);
const TITLE = "Zelfcheck Sociale Veiligheid";
const seen = new WeakSet();

function isOurs(frame) {
  try {
    const src = new URL(frame.getAttribute("src") ?? "", document.baseURI);
    return src.origin === page.origin && src.pathname === page.pathname;
  } catch {
    return false;
  }
}

const frames = () => [...document.querySelectorAll("iframe")].filter(isOurs);

function hello(frame) {
  frame.contentWindow?.postMessage({ type: "zelfcheck:hello" }, page.origin);
}

function adopt(frame) {
  if (seen.has(frame)) return;
  seen.add(frame);
  if (!frame.title) {
    frame.title = TITLE;
    console.warn(`zelfcheck: an iframe showing ${page.pathname} has no title; using "${TITLE}". Give it a title for screen readers.`);
  }
  frame.addEventListener("load", () => hello(frame));
  hello(frame);
}

window.addEventListener("message", (event) => {
  if (event.origin !== page.origin || event.data?.type !== "zelfcheck:height") return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  const height = Number(event.data.height);
  if (!frame || !Number.isFinite(height) || height <= 0 || height > 100000) return;
  // CSSOM, not a style attribute: allowed under a strict style-src.
  frame.style.height = `${Math.ceil(height)}px`;
});

frames().forEach(adopt);
new MutationObserver(() => frames().forEach(adopt)).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
