use zelfcheck::content::CONTENT;
use zelfcheck::engine::Lang;
use zelfcheck::engine::search::SearchIndex;
#[test]
fn probe() {
    let index = SearchIndex::new(&CONTENT);
    for q in std::env::var("Q").unwrap_or_default().split(';') {
        let (lang, q) = match q.strip_prefix("en:") {
            Some(r) => (Lang::En, r),
            None => (Lang::Nl, q),
        };
        let ids: Vec<_> = index
            .search(q, lang, 3)
            .iter()
            .map(|h| h.quick.id)
            .collect();
        println!("{lang:?} {q:?} -> {ids:?}");
    }
}
