//! Shared by the native tests: the small fixture content in `tests/fixtures/valid`.

use std::path::Path;
use std::sync::OnceLock;

use zelfcheck_authoring::check_dir;
use zelfcheck_engine::Content;

/// The fixture content, read and checked once per test binary.
pub fn fixture() -> &'static Content {
    static CONTENT: OnceLock<&'static Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        check_dir(Path::new("tests/fixtures/valid"))
            .unwrap()
            .content
    })
}
