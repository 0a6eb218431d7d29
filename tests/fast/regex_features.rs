//! The release build compiles `regex` with the Perl classes and case folding only (Cargo.toml):
//! a pattern with a Unicode property class (`\p{L}`, `\pN`) would be refused there at run time,
//! while the tests, which also build proptest, would accept it. So no source may hold one.

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_pattern_needs_unicode_property_tables() {
    let class = regex::Regex::new(r"\\[pP](?:\{|[A-Z])").unwrap();
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file is UTF-8");
        for (n, line) in text.lines().enumerate() {
            if !line.trim_start().starts_with("//") && class.is_match(line) {
                found.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Unicode property classes need regex's unicode-gencat/-script features: {found:?}"
    );
}
