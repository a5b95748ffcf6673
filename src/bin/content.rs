//! Content tools for authors: `check` reads and checks the content folder.
//!
//! Usage: `cargo run --bin zelfcheck-content -- check [content-dir]`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.get(1).map_or("content", String::as_str));
    match args.first().map(String::as_str) {
        Some("check") => match zelfcheck::authoring::check_dir(&dir) {
            Ok(checked) => {
                for topic in checked.content.topics {
                    println!(
                        "{}: {} questions, {} tips",
                        topic.id,
                        topic.questions.len(),
                        topic.tips.len()
                    );
                }
                println!("The content is fine.");
                ExitCode::SUCCESS
            }
            Err(errors) => {
                for error in &errors {
                    eprintln!("error: {error}");
                }
                eprintln!("{} problem(s); see content/README.md", errors.len());
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: zelfcheck-content check [content-dir]");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
