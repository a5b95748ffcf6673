//! Content tools for authors.
//!
//! - `check [content-dir]`: reads and checks the content, prints what is wrong with file and line.
//! - `replay [content-dir] [paths-dir]`: replays the scripted paths (default `tests/paths`)
//!   against the content as it is on disk, without rebuilding the widget.
//! - `review [content-dir] [out-dir]`: writes a review document per topic (default
//!   `docs/review/`) for advisers, and prints the counts per topic.
//! - `search-bench`: times the quick-question search on every prefix of every question, as
//!   if typed, and prints JSON (median, p95 and max microseconds per keystroke).
//! - `print [content-dir] [out-dir]`: writes the printable route cards and notes sheets
//!   (default `target/print/`), as the build puts them in the release folder.
//! - `readability [content-dir]`: lists Dutch sentences and words that are long for B1 reading,
//!   per topic (a list to work through; it does not fail).

fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use zelfcheck_authoring::{check_dir, readability, replay::replay_dir, review};

    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("search-bench") {
        println!("{}", search_bench());
        return ExitCode::SUCCESS;
    }
    let arg = |i: usize, default: &'static str| args.get(i).map_or(default, String::as_str);
    let command = arg(0, "");
    if !["check", "replay", "review", "readability", "print"].contains(&command) {
        eprintln!("usage: zelfcheck-content check [content-dir]");
        eprintln!("       zelfcheck-content replay [content-dir] [paths-dir]");
        eprintln!("       zelfcheck-content review [content-dir] [out-dir]");
        eprintln!("       zelfcheck-content readability [content-dir]");
        eprintln!("       zelfcheck-content print [content-dir] [out-dir]");
        return ExitCode::from(2);
    }
    let checked = match check_dir(Path::new(arg(1, "content"))) {
        Ok(checked) => checked,
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!("{} problem(s); see content/README.md", errors.len());
            return ExitCode::FAILURE;
        }
    };
    if command == "check" {
        for topic in checked.content.topics {
            let (questions, tips) = (topic.questions.len(), topic.tips.len());
            println!("{}: {questions} questions, {tips} tips", topic.id);
        }
        println!("The content is fine.");
        return ExitCode::SUCCESS;
    }
    if command == "print" {
        let out = Path::new(arg(2, "target/print"));
        for (path, body) in zelfcheck_authoring::print_pages::files(&checked) {
            let file = out.join(&path);
            let written = file
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&file, body));
            if let Err(e) = written {
                eprintln!("cannot write {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        }
        println!("Printable pages written to {}", out.display());
        return ExitCode::SUCCESS;
    }
    if command == "readability" {
        let mut total = 0;
        for topic in checked.content.topics {
            let findings = readability::check_topic(topic);
            total += findings.len();
            println!(
                "\n## {} (content/topics/{}.toml): {}",
                topic.id,
                topic.id,
                findings.len()
            );
            for f in findings {
                println!("- {}: {}", f.place, f.problem);
            }
        }
        println!(
            "\n{total} place(s) to look at: sentences over {} words, words over {} letters.",
            readability::MAX_SENTENCE_WORDS,
            readability::MAX_WORD_LETTERS
        );
        return ExitCode::SUCCESS;
    }
    if command == "review" {
        let out = Path::new(arg(2, "docs/review"));
        if let Err(e) = std::fs::create_dir_all(out) {
            eprintln!("cannot create {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
        println!("| topic | questions | tips to do | confirmations | different results |");
        println!("|---|---|---|---|---|");
        for topic in checked.content.topics {
            let file = out.join(format!("{}.md", topic.id));
            if let Err(e) = std::fs::write(&file, review::review(topic)) {
                eprintln!("cannot write {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
            let c = review::counts(topic);
            let outcomes = c
                .outcomes
                .map_or(format!("> {}", review::OUTCOME_LIMIT), |n| n.to_string());
            println!(
                "| {} | {} | {} | {} | {outcomes} |",
                topic.id, c.questions, c.todo, c.good
            );
        }
        if let Err(e) = std::fs::write(out.join("rules.md"), review::rules(&checked)) {
            eprintln!("cannot write rules.md: {e}");
            return ExitCode::FAILURE;
        }
        match review::decisions(out) {
            Ok(Some(text)) => {
                if let Err(e) = std::fs::write(out.join("DECISIONS.md"), text) {
                    eprintln!("cannot write DECISIONS.md: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("cannot read the decisions: {e}");
                return ExitCode::FAILURE;
            }
        }
        println!("Review documents written to {}", out.display());
        return ExitCode::SUCCESS;
    }
    let replayed = replay_dir(checked.content, Path::new(arg(2, "tests/paths")));
    for failure in &replayed.failures {
        eprintln!("failed: {failure}");
    }
    println!(
        "{} passed, {} failed",
        replayed.count.saturating_sub(replayed.failures.len()),
        replayed.failures.len()
    );
    if replayed.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every prefix of every quick question, searched as if typed; the time per search.
fn search_bench() -> String {
    use std::time::Instant;

    use zelfcheck_engine::Lang;
    use zelfcheck_engine::search::SearchIndex;

    let Ok(checked) = zelfcheck_authoring::check_dir(std::path::Path::new("content")) else {
        return "{\"error\": \"the content has problems: run the check command\"}".into();
    };
    let content: &'static _ = Box::leak(Box::new(checked.content));
    let index = SearchIndex::new(content);
    let mut times: Vec<f64> = Vec::new();
    for _ in 0..5 {
        for quick in content.quick {
            for lang in [Lang::Nl, Lang::En] {
                let text = quick.question.get(lang);
                for (end, _) in text.char_indices().skip(1) {
                    let start = Instant::now();
                    let hits = index.search(&text[..end], lang, 6);
                    times.push(start.elapsed().as_secs_f64() * 1e6);
                    std::hint::black_box(hits);
                }
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    format!(
        "{{\"entries\": {}, \"searches\": {}, \"p50_us\": {:.1}, \"p95_us\": {:.1}, \"max_us\": {:.1}}}",
        content.quick.len(),
        times.len(),
        at(0.5),
        at(0.95),
        times.last().copied().unwrap_or(0.0)
    )
}
