//! One widget's setup: its checked settings, the language to start in and the storage key.
//! Read from the host element (JSON child, attributes, and the page address when the
//! element has `url-settings`), so every widget on a page is set up on its own. The loader
//! decides the language to start in; it is taken as given.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::content::CONTENT;
use zelfcheck_engine::Lang;
use zelfcheck_engine::settings::{
    Origin, RawSetting, RawValue, Settings, StorageMode, parse, parse_lang,
};

/// The element name schools put in their pages.
pub const TAG: &str = "zelfcheck-sociale-veiligheid";

/// The storage key of a widget without id or settings; others get a suffix.
const KEY: &str = "zelfcheck-sociale-veiligheid";

/// Everything a widget needs to know before it renders.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The checked settings.
    pub settings: Settings,
    /// The language to show first (saved progress may override it).
    pub lang: Lang,
    /// The key for saved progress.
    pub key: String,
    /// The widget is all the page holds (its own index.html or embed.html): it then marks
    /// its main landmark; inside someone else's page it is one labelled region.
    pub owns_page: bool,
    /// The address of the widget's stylesheet, which sits beside the loader: files of the
    /// release folder (the printable pages) are found relative to it, wherever the page
    /// that embeds the widget is. `None` when the widget has no stylesheet link.
    pub assets: Option<String>,
}

impl Setup {
    /// Where progress is kept.
    pub fn storage(&self) -> StorageMode {
        self.settings.storage
    }
}

/// Reads and checks the settings of `host`, warning in the console about each value that
/// was not used. `lang` is the language the loader decided the widget starts in.
pub fn read(host: &HtmlElement, file: Option<&str>, lang: &str) -> Setup {
    let (settings, warnings) = settings_of(host, file);
    for warning in &warnings {
        web_sys::console::warn_1(&warning.into());
    }
    let lang = start_lang(lang);
    let key = storage_key(host, &settings);
    let owns_page = host
        .parent_element()
        .is_some_and(|p| p.tag_name() == "BODY" && p.child_element_count() == 1);
    Setup {
        settings,
        lang,
        key,
        owns_page,
        assets: stylesheet_href(host),
    }
}

/// The address of the stylesheet the loader put in the widget's shadow root.
fn stylesheet_href(host: &HtmlElement) -> Option<String> {
    let link = host
        .shadow_root()?
        .query_selector("link[rel=stylesheet]")
        .ok()??;
    Some(link.dyn_into::<web_sys::HtmlLinkElement>().ok()?.href())
}

fn settings_of(host: &Element, file: Option<&str>) -> (Settings, Vec<String>) {
    let mut raw = Vec::new();
    let mut warnings = Vec::new();
    let child = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .map(|script| script.text_content().unwrap_or_default());
    for (source, text) in [
        ("settings file", file.map(str::to_string)),
        ("JSON child", child),
    ] {
        match text.map(|t| json_settings(&t)) {
            Some(Ok(json)) => raw.extend(json),
            Some(Err(why)) => warnings.push(format!(
                "zelfcheck: the {source} is not valid ({why}); ignored."
            )),
            None => {}
        }
    }
    for name in host
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if let Some(value) = host.get_attribute(&name) {
            raw.push(RawSetting {
                origin: Origin::Attribute,
                name,
                value: RawValue::Text(value),
            });
        }
    }
    if host.has_attribute("url-settings") {
        raw.extend(url_settings());
    }
    let (settings, mut more) = parse(&CONTENT, &raw);
    warnings.append(&mut more);
    (settings, warnings)
}

/// The settings in a JSON text: an object with the setting names as keys and `contacts` as
/// a list of objects. `Err` says what is wrong with it.
fn json_settings(text: &str) -> Result<Vec<RawSetting>, String> {
    let not_valid = |why: &str| why.to_string();
    let value = js_sys::JSON::parse(text).map_err(|_| not_valid("not JSON"))?;
    let object = value
        .dyn_into::<js_sys::Object>()
        .ok()
        .filter(|o| !js_sys::Array::is_array(o))
        .ok_or_else(|| not_valid("not an object with settings"))?;
    let mut raw = Vec::new();
    for entry in js_sys::Object::entries(&object).iter() {
        let entry = js_sys::Array::from(&entry);
        let name = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1);
        if name == "contacts" {
            let contacts = value
                .dyn_into::<js_sys::Array>()
                .map_err(|_| not_valid("contacts is not a list"))?;
            for (i, contact) in contacts.iter().enumerate() {
                let field = |key: &str| {
                    js_sys::Reflect::get(&contact, &key.into())
                        .ok()
                        .map(|v| json_text(&v))
                        .unwrap_or_default()
                };
                raw.push(RawSetting {
                    origin: Origin::Json,
                    name: format!("contact-{}", i + 1),
                    value: RawValue::Contact([
                        field("function"),
                        field("name"),
                        field("phone"),
                        field("email"),
                    ]),
                });
            }
        } else {
            raw.push(RawSetting {
                origin: Origin::Json,
                name,
                value: RawValue::Text(json_text(&value)),
            });
        }
    }
    Ok(raw)
}

/// A JSON value as text: strings as they are, numbers and booleans written out, anything
/// else empty (and then refused by the checks). Numbers are written by the browser, which
/// keeps the code for formatting an `f64` out of the widget.
fn json_text(value: &wasm_bindgen::JsValue) -> String {
    if let Some(s) = value.as_string() {
        s
    } else if value.as_f64().is_some() {
        js_sys::Number::from(value.clone())
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    } else if let Some(b) = value.as_bool() {
        b.to_string()
    } else {
        String::new()
    }
}

/// The parameters of the page address, decoded by the browser, in the order given.
fn url_settings() -> Vec<RawSetting> {
    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
    let Some(params) = params else {
        return Vec::new();
    };
    params
        .entries()
        .into_iter()
        .filter_map(Result::ok)
        .map(|entry| {
            let pair = js_sys::Array::from(&entry);
            RawSetting {
                origin: Origin::Url,
                name: pair.get(0).as_string().unwrap_or_default(),
                value: RawValue::Text(pair.get(1).as_string().unwrap_or_default()),
            }
        })
        .collect()
}

/// The language the loader decided on; one the widget does not know is named in a warning
/// and Dutch is shown.
fn start_lang(code: &str) -> Lang {
    parse_lang(code).unwrap_or_else(|| {
        let warning = format!(
            "zelfcheck: the language \"{code}\" is not known (use nl or en); Dutch is shown."
        );
        web_sys::console::warn_1(&warning.into());
        Lang::Nl
    })
}

/// The element id if it has one; else a code for its preset, numbered when earlier widgets
/// on the page share it, so identical widgets still keep separate progress.
fn storage_key(host: &HtmlElement, settings: &Settings) -> String {
    let id = host.id();
    if !id.trim().is_empty() {
        return format!("{KEY}:{}", id.trim());
    }
    let code = settings.preset.code();
    let earlier = earlier_twins(host, &code);
    match (code.is_empty(), earlier) {
        (true, 0) => KEY.to_string(),
        (true, n) => format!("{KEY}#{}", n + 1),
        (false, 0) => format!("{KEY}:{code}"),
        (false, n) => format!("{KEY}:{code}#{}", n + 1),
    }
}

/// How many widgets without an id and with the same preset come before `host` in the page.
fn earlier_twins(host: &HtmlElement, code: &str) -> usize {
    let Some(all) = host
        .owner_document()
        .and_then(|d| d.query_selector_all(TAG).ok())
    else {
        return 0;
    };
    let mut count = 0;
    for i in 0..all.length() {
        let Some(other) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if other == *host.as_ref() {
            break;
        }
        if other.id().trim().is_empty() && settings_of(&other, None).0.preset.code() == code {
            count += 1;
        }
    }
    count
}
