// Zelfcheck Sociale Veiligheid — the one script a page includes.
//
// Defines <zelfcheck-sociale-veiligheid>. For each element it opens a shadow root with the
// widget's own stylesheet and mounts the WebAssembly app in it. Every file is found next to
// this script (import.meta.url), so the folder can live under any path. No inline scripts or
// styles, no eval: it runs under `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
// The build fills in the hashed file names below, the attributes a widget watches (the
// setting names and every contact, from the engine's settings), the help line's numbers
// and hours, and the first screen in each language (both from the content). That screen is
// painted at once, so the emergency numbers are there and can be called before the wasm
// has arrived, and even if it never does.

const FILES = {
  glue: "__ZC_GLUE__",
  wasm: "__ZC_WASM__",
  css: "__ZC_CSS__",
  texts: { nl: { first: "__ZC_NL__", later: "__ZC_NL_LATER__" }, en: { first: "__ZC_EN__", later: "__ZC_EN_LATER__" } },
};
const TAG = "zelfcheck-sociale-veiligheid";
const WATCHED = __ZC_SETTINGS__;
const HELP = __ZC_HELP__;
const SHELL = __ZC_SHELL__;

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
 * One part of the texts of one language ("nl" or "en"; "first" for the screens up to the
 * questions, "later" for tips, cases and quick answers), downloaded once for the whole
 * page. The widget asks for the language it shows; the other one only when someone
 * switches.
 */
function texts(lang, part = "first") {
  const file = Object.hasOwn(FILES.texts, lang) && Object.hasOwn(FILES.texts[lang], part) ? FILES.texts[lang][part] : null;
  if (file === null) return Promise.reject(new Error(`no texts for "${lang}" (${part})`));
  if (!downloads.has(file)) {
    const download = fetch(here(file)).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${file}`);
      return response.text();
    });
    // A failed download may be tried again later, e.g. when the network is back.
    download.catch(() => downloads.delete(file));
    downloads.set(file, download);
  }
  return downloads.get(file);
}

/** The widget's language for a code such as "en" or "nl_BE", or null when there are no texts for it. */
function langOf(code) {
  const primary = typeof code === "string" ? code.trim().toLowerCase().split(/[-_]/)[0] : "";
  return Object.hasOwn(FILES.texts, primary) ? primary : null;
}

/** The `lang` values in a JSON settings text, in order; none when it is not a JSON object. */
function jsonLangs(text) {
  if (typeof text !== "string") return [];
  try {
    const settings = JSON.parse(text);
    if (settings === null || typeof settings !== "object" || Array.isArray(settings)) return [];
    return Object.entries(settings).filter(([name]) => name.toLowerCase() === "lang").map(([, value]) => value);
  } catch {
    return [];
  }
}

/**
 * The language the widget starts in, decided here once and handed to it. The `lang`
 * settings count in the order they win everywhere (settings file, JSON child, attribute,
 * then with `url-settings` the page address): the last one with a known language. Without
 * one, the nearest `lang` around the element: English for `en…`, else Dutch. The widget
 * warns about a value it cannot use.
 */
function startLang(element, file) {
  const json = element.querySelector(":scope > script[type='application/json']")?.textContent;
  const url = element.hasAttribute("url-settings")
    ? [...new URLSearchParams(location.search)].filter(([name]) => name.toLowerCase() === "lang").map(([, value]) => value)
    : [];
  const given = [...jsonLangs(file), ...jsonLangs(json), element.getAttribute("lang"), ...url].map(langOf).filter(Boolean);
  return given.at(-1) ?? langOf(element.parentElement?.closest("[lang]")?.getAttribute("lang")) ?? "nl";
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
// when the content cannot be read yet. {adviespunt}, {hours} and {emergency} are filled
// from HELP, which the build takes from the content.
const MESSAGES = {
  nl: {
    loading: "De zelfcheck wordt geladen…",
    failed: "De zelfcheck kon niet laden. Voor advies: bel het Adviespunt School & Veiligheid, {adviespunt}. {hours}. Bij direct gevaar: {emergency}.",
  },
  en: {
    loading: "Loading the self-check…",
    failed: "The self-check could not load. For advice, call the Adviespunt School & Veiligheid, {adviespunt}. {hours}. In immediate danger: {emergency}.",
  },
};

/** A number people can tap to call. */
function phoneLink({ phone, href }) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = phone;
  return a;
}

/**
 * Paints the first screen (header, help bar, intro) in `lang` into `container`, with the
 * loading message in its status line. The app renders the same markup when it takes over.
 */
function paintShell(element, container, lang) {
  container.innerHTML = SHELL[lang];
  const shell = container.firstElementChild;
  // The same rule as the app's: a widget alone on a page is the page's main content,
  // anywhere else it is a named region.
  const parent = element.parentElement;
  if (parent?.tagName === "BODY" && parent.childElementCount === 1) {
    shell.querySelector(".zc-main").setAttribute("role", "main");
  } else {
    shell.setAttribute("role", "region");
    shell.setAttribute("aria-label", shell.querySelector(".zc-title").textContent);
  }
  shell.querySelector("[data-zc-status]").textContent = MESSAGES[lang].loading;
}

/** Shows the failure message in place of the intro, below the help bar, or alone. */
function showFailure(container, lang) {
  const main = container.querySelector("[data-zc-shell] .zc-main");
  if (main) {
    main.lang = lang;
    main.replaceChildren(failure(lang));
  } else {
    container.replaceChildren(failure(lang));
  }
}

/** The failure message in `lang`, with the Adviespunt's number and 112 as links. */
function failure(lang) {
  const fills = {
    adviespunt: () => phoneLink(HELP.adviespunt),
    hours: () => HELP.adviespunt.hours[lang],
    emergency: () => phoneLink(HELP.emergency),
  };
  const p = document.createElement("p");
  p.className = "zc-failed";
  p.setAttribute("role", "alert");
  p.lang = lang;
  // Odd parts are the names between braces.
  p.append(...MESSAGES[lang].failed.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? fills[part]() : part)));
  return p;
}

class ZelfcheckElement extends HTMLElement {
  static observedAttributes = WATCHED;

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
    // Hidden only until the stylesheet is there (or failed), so nothing shows unstyled.
    container.hidden = true;
    loaded.then(() => {
      container.hidden = false;
    });
    root.replaceChildren(link, container);
    // The first screen goes up now, in the language known without the settings file; if
    // that file names another language, it is painted again in that one.
    const painted = startLang(this, null);
    paintShell(this, container, painted);
    const setup = settingsFile(this).then((file) => ({ file, lang: startLang(this, file) }));
    // The texts download beside the wasm, not after it.
    setup.then(({ lang }) => {
      if (run === this.#run && lang !== painted) paintShell(this, container, lang);
      texts(lang).catch(() => {});
    });
    Promise.all([loadEngine(), setup, loaded])
      .then(async ([glue, { file, lang }]) => {
        if (run !== this.#run || !this.isConnected) return;
        // Resolves once the texts of the widget's language are there and it is shown.
        const mounted = await glue.mount(this, container, file ?? undefined, lang, texts);
        if (run !== this.#run || !this.isConnected) {
          mounted.unmount();
          mounted.free();
          return;
        }
        this.#mounted = mounted;
      })
      .catch(async (error) => {
        console.error("zelfcheck: the widget could not load", error);
        const { lang } = await setup;
        if (run === this.#run) showFailure(container, lang);
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
