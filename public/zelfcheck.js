// Zelfcheck Sociale Veiligheid — the one script a page includes.
//
// Defines <zelfcheck-sociale-veiligheid>. For each element it opens a shadow root with the
// widget's own stylesheet and mounts the WebAssembly app in it. Every file is found next to
// this script (import.meta.url), so the folder can live under any path. No inline scripts or
// styles, no eval: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
// The build fills in the hashed file names below.

const FILES = { glue: "__ZC_GLUE__", wasm: "__ZC_WASM__", css: "__ZC_CSS__", texts: { nl: "__ZC_NL__", en: "__ZC_EN__" } };
const TAG = "zelfcheck-sociale-veiligheid";
const SETTINGS = ["lang", "sector", "role", "topics", "topic", "accent", "storage", "mode", "settings-file", "url-settings", "id"];
const CONTACTS = Array.from({ length: 20 }, (_, i) => `contact-${i + 1}`);

const here = (name) => new URL(name, import.meta.url).href;

let engine = null;
/** Loads and starts the WebAssembly once for the whole page. */
function loadEngine() {
  // The wasm download starts now, beside the glue's, not after it: one round trip less on a
  // slow school network.
  engine ??= Promise.all([import(here(FILES.glue)), fetch(here(FILES.wasm))]).then(async ([glue, wasm]) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
  return engine;
}

const downloads = new Map();
/**
 * The texts of one language ("nl" or "en"), downloaded once for the whole page. The widget
 * asks for the language it shows; the other one only when someone switches.
 */
function texts(lang) {
  if (!Object.hasOwn(FILES.texts, lang)) return Promise.reject(new Error(`no texts for "${lang}"`));
  if (!downloads.has(lang)) {
    const download = fetch(here(FILES.texts[lang])).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${FILES.texts[lang]}`);
      return response.text();
    });
    // A failed download may be tried again later, e.g. when the network is back.
    download.catch(() => downloads.delete(lang));
    downloads.set(lang, download);
  }
  return downloads.get(lang);
}

/** The language this element will most likely show, so its texts download beside the wasm.
 *  The widget decides (see settings.rs); a wrong guess only costs a later download. */
function likelyLang(element) {
  const fromUrl = element.hasAttribute("url-settings") ? new URLSearchParams(location.search).get("lang") : null;
  const code = fromUrl ?? element.getAttribute("lang") ?? element.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "nl";
  return code.trim().toLowerCase().split(/[-_]/)[0] === "en" ? "en" : "nl";
}

/**
 * The text of the settings file this element names (`settings-file="name"`, or the URL
 * parameter of that name with `url-settings`): `settings/<name>.json` in this script's
 * folder. Only the school can put files there, so a link cannot smuggle in contacts.
 */
async function settingsFile(element) {
  let name = element.getAttribute("settings-file");
  if (element.hasAttribute("url-settings")) {
    name = new URLSearchParams(location.search).get("settings-file") ?? name;
  }
  if (name === null) return null;
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
    console.warn(`zelfcheck: settings-file="${name}" is not valid (use lowercase letters, digits and -); ignored.`);
    return null;
  }
  try {
    const response = await fetch(here(`settings/${name}.json`));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    console.warn(`zelfcheck: settings-file="${name}" could not be read (settings/${name}.json: ${error.message}); ignored.`);
    return null;
  }
}

/** Resolves when the stylesheet has loaded (or failed: the widget still works unstyled). */
function stylesheet() {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = here(FILES.css);
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
  return { link, loaded };
}

// The only texts not in the content files: they show before (or instead of) the app,
// when the content cannot be read yet.
const MESSAGES = {
  nl: {
    loading: "De zelfcheck wordt geladen…",
    failed: "De zelfcheck kon niet laden. Voor advies: bel het Adviespunt School & Veiligheid, 030 285 66 16 (werkdagen 9.00–16.00 uur). Bij direct gevaar: 112.",
  },
  en: {
    loading: "Loading the self-check…",
    failed: "The self-check could not load. For advice, call the Adviespunt School & Veiligheid, 030 285 66 16 (weekdays 9.00–16.00). In immediate danger: 112.",
  },
};

function message(element, kind) {
  const lang = (element.getAttribute("lang") ?? element.closest("[lang]")?.getAttribute("lang") ?? "nl");
  const texts = lang.toLowerCase().startsWith("en") ? MESSAGES.en : MESSAGES.nl;
  const p = document.createElement("p");
  p.className = kind === "failed" ? "zc-failed" : "zc-loading";
  p.setAttribute("role", kind === "failed" ? "alert" : "status");
  p.textContent = texts[kind];
  return p;
}

class ZelfcheckElement extends HTMLElement {
  static observedAttributes = [...SETTINGS, ...CONTACTS];

  #mounted = null;
  #run = 0;
  #starting = false;

  connectedCallback() {
    if (!this.#mounted && !this.#starting) this.#start();
  }

  disconnectedCallback() {
    // Moving an element disconnects and reconnects it in one go: only unmount when it is
    // really gone.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && (this.#mounted || this.#starting) && this.isConnected) {
      this.#stop();
      this.#start();
    }
  }

  #start() {
    const run = ++this.#run;
    this.#starting = true;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const { link, loaded } = stylesheet();
    const container = document.createElement("div");
    container.className = "zc-host";
    container.append(message(this, "loading"));
    root.replaceChildren(link, container);
    texts(likelyLang(this)).catch(() => {});
    Promise.all([loadEngine(), settingsFile(this), loaded])
      .then(async ([glue, file]) => {
        if (run !== this.#run || !this.isConnected) return;
        // Resolves once the texts of the widget's language are there and it is shown.
        const mounted = await glue.mount(this, container, file ?? undefined, texts);
        if (run !== this.#run || !this.isConnected) {
          mounted.unmount();
          mounted.free();
          return;
        }
        this.#mounted = mounted;
      })
      .catch((error) => {
        console.error("zelfcheck: the widget could not load", error);
        if (run === this.#run) container.replaceChildren(message(this, "failed"));
      })
      .finally(() => {
        if (run === this.#run) this.#starting = false;
      });
  }

  #stop() {
    this.#run++;
    this.#starting = false;
    if (this.#mounted) {
      this.#mounted.unmount();
      this.#mounted.free();
      this.#mounted = null;
    }
    this.shadowRoot?.replaceChildren();
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, ZelfcheckElement);
