// Runs in embed.html inside an iframe. Once the host page's zelfcheck-iframe.js says hello,
// this reports the content's height to that page — and only to its origin. Only a number
// is ever sent.

let parentOrigin = null;
let last = 0;

function report() {
  if (!parentOrigin) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  window.parent.postMessage({ type: "zelfcheck:height", height }, parentOrigin);
}

if (window.parent !== window) {
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.data?.type !== "zelfcheck:hello") return;
    parentOrigin = event.origin;
    last = 0;
    report();
  });
  new ResizeObserver(report).observe(document.body);
}
