//! Starts the widget in the page (browser build only).

fn main() {
    #[cfg(target_arch = "wasm32")]
    zelfcheck::ui::start();
}
