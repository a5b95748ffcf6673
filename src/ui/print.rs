//! Printing the widget in a document of its own: a hidden frame made from the widget's own
//! markup and stylesheet, so the host page's header, menu and footer never end up on paper
//! and its print styles never reach the result. The frame stays (hidden) until the next
//! print, because a browser may still be reading it after `print()` returns.

use std::time::Duration;

use leptos::prelude::{RwSignal, Set, set_timeout};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlIFrameElement, HtmlLinkElement};

/// The attribute that marks the print frame on the host page.
const FRAME: &str = "data-zc-print";

/// Prints the widget that `from` is part of. Its folds' bodies are built first (`unfold`,
/// see `parts::fold`); the frame is made in the next task, once they are there. If the
/// frame cannot be made, prints the page as before, with a console warning.
pub fn print_widget(from: &Element, unfold: RwSignal<bool>) {
    unfold.set(true);
    let from = from.clone();
    set_timeout(
        move || {
            print_now(&from);
            // The frame holds its copy; later screens fold lazily again.
            unfold.set(false);
        },
        Duration::ZERO,
    );
}

fn print_now(from: &Element) {
    if let Err(why) = print_in_frame(from) {
        leptos::logging::warn!(
            "zelfcheck: printing in a frame of its own failed ({why:?}); printing the page."
        );
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }
}

fn print_in_frame(from: &Element) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let root = from.closest(".zc")?.ok_or("not inside the widget")?;
    // The widget's stylesheets are in its shadow root, or in the page's head.
    let home = root.get_root_node();
    let links = match home.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.query_selector_all("link[rel=stylesheet]")?,
        None => document.query_selector_all("link[rel=stylesheet][href*=zelfcheck]")?,
    };
    if let Some(old) = document.query_selector(&format!("iframe[{FRAME}]"))? {
        old.remove();
    }
    let frame: HtmlIFrameElement = document.create_element("iframe")?.dyn_into()?;
    frame.set_attribute(FRAME, "")?;
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_attribute("tabindex", "-1")?;
    // The widget's own name, not the host page's: the browser prints the title in its header.
    let title = root
        .query_selector(".zc-title")?
        .and_then(|t| t.text_content())
        .unwrap_or_default();
    frame.set_title(&title);
    // Set through the style object, which a strict CSP allows (a style attribute it would not).
    let style = frame.style();
    for (name, value) in [
        ("position", "fixed"),
        ("right", "0"),
        ("bottom", "0"),
        ("width", "0"),
        ("height", "0"),
        ("border", "0"),
    ] {
        style.set_property(name, value)?;
    }
    document.body().ok_or("no body")?.append_child(&frame)?;
    let page = frame.content_document().ok_or("no frame document")?;
    let target = frame.content_window().ok_or("no frame window")?;
    if let (Some(html), Some(lang)) = (page.document_element(), root.get_attribute("lang")) {
        html.set_attribute("lang", &lang)?;
    }
    page.set_title(&title);
    let mut pending = Vec::new();
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlLinkElement>().ok())
        else {
            continue;
        };
        // Made in the frame's document, so of the frame's own HTMLLinkElement: a check
        // against this window's class would fail.
        let copy: HtmlLinkElement = page.create_element("link")?.unchecked_into();
        copy.set_rel("stylesheet");
        // The resolved address: the frame's own address is about:blank.
        copy.set_href(&link.href());
        page.head().ok_or("no head")?.append_child(&copy)?;
        pending.push(copy);
    }
    let body = page.body().ok_or("no frame body")?;
    let holder = page.create_element("div")?;
    holder.set_class_name("zc-print-page");
    holder.append_child(&page.import_node_with_deep(&root, true)?)?;
    body.append_child(&holder)?;
    print_when_styled(target, pending);
    Ok(())
}

/// Prints the frame once every stylesheet has loaded or failed.
fn print_when_styled(target: web_sys::Window, pending: Vec<HtmlLinkElement>) {
    let left = std::rc::Rc::new(std::cell::Cell::new(pending.len()));
    let print = move || {
        let _ = target.print();
    };
    if pending.is_empty() {
        print();
        return;
    }
    let print = std::rc::Rc::new(print);
    for link in pending {
        let left = left.clone();
        let print = print.clone();
        let done = Closure::<dyn Fn()>::new(move || {
            left.set(left.get().saturating_sub(1));
            if left.get() == 0 {
                print();
            }
        });
        link.set_onload(Some(done.as_ref().unchecked_ref()));
        link.set_onerror(Some(done.as_ref().unchecked_ref()));
        done.forget();
    }
}
