//! Checks the content files and packs them into the compact form the widget embeds, and
//! writes what the loader (zelfcheck.js) takes from Rust and the content.
//!
//! Any problem stops the build with the file, the line and a plain message.

use std::path::Path;

use zelfcheck_authoring as authoring;

fn main() {
    // Another folder can be built for a draft: ZELFCHECK_CONTENT_DIR=drafts/content.
    let dir = std::env::var("ZELFCHECK_CONTENT_DIR").unwrap_or_else(|_| "content".into());
    println!("cargo::rerun-if-env-changed=ZELFCHECK_CONTENT_DIR");
    println!("cargo::rerun-if-changed={dir}");
    match authoring::check_dir(Path::new(&dir)) {
        Ok(checked) => {
            let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
            let out = Path::new(&out);
            let packed = authoring::pack::pack(checked.content, &checked.ui);
            for (file, bytes) in packed.files() {
                std::fs::write(out.join(file), bytes).expect("OUT_DIR is writable");
            }
            let code = authoring::pack::rust_source(&checked.ui);
            std::fs::write(out.join("content.rs"), code).expect("OUT_DIR is writable");
            let loader = authoring::loader::loader_json(checked.content, &checked.ui);
            std::fs::write(out.join(authoring::loader::FILE), loader).expect("OUT_DIR is writable");
            // The printable route cards and notes sheets; finish-build.mjs copies them into
            // the release folder as they are.
            let print = out.join("print");
            let _ = std::fs::remove_dir_all(&print);
            for (path, body) in authoring::print_pages::files(&checked) {
                let file = print.join(path);
                std::fs::create_dir_all(file.parent().expect("a page is in a folder"))
                    .and_then(|()| std::fs::write(&file, body))
                    .expect("OUT_DIR is writable");
            }
            let links = authoring::print_pages::rust_source(&checked);
            std::fs::write(out.join(authoring::print_pages::RUST_FILE), links)
                .expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("\nThe content has {} problem(s):\n", errors.len());
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("\nSee content/README.md for the format.\n");
            std::process::exit(1);
        }
    }
}
