//! Lists every catalog file, `src/**/locales/<lang>/*.ftl`, for the `catalogs` feature
//! (src/i18n/mod.rs embeds them): `ALL`, and `ERRORS` (the input errors only: every `errors.ftl`, the engine's and the countries' form checks', and the forms' `form.ftl`, whose labels name the details in those errors, for the
//! page's form-only module). A new country's or language's files are found without editing
//! anything here.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "ftl") {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut all = String::new();
    let mut errors = String::new();
    // A country's sources (`src/countries/<code>/sources.ftl`): citations, the same in every
    // language, so one file that every language's catalog gets.
    // A file's path from the source root, with forward slashes.
    let rel_of = |f: &std::path::Path| {
        f.strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut langs: Vec<String> = Vec::new();
    for f in &files {
        let parent = f.parent().unwrap();
        if parent.parent().is_some_and(|p| p.ends_with("locales")) {
            let l = parent.file_name().unwrap().to_string_lossy().into_owned();
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
    }
    for f in &files {
        let rel = rel_of(f);
        let parts: Vec<&str> = rel.split('/').collect();
        if parts.len() == 4 && parts[1] == "countries" && parts[3] == "sources.ftl" {
            println!("cargo:rerun-if-changed={}", f.display());
            for lang in &langs {
                all.push_str(&format!(
                    "    ({lang:?}, {rel:?}, include_str!({:?})),\n",
                    f.to_string_lossy()
                ));
            }
        }
    }
    for f in &files {
        let rel = rel_of(f);
        // .../locales/<lang>/<name>.ftl
        let parts: Vec<&str> = rel.split('/').collect();
        let n = parts.len();
        if n < 3 || parts[n - 3] != "locales" {
            continue;
        }
        let lang = parts[n - 2];
        let line = format!(
            "    ({lang:?}, {rel:?}, include_str!({:?})),\n",
            f.to_string_lossy()
        );
        all.push_str(&line);
        if rel.ends_with("/errors.ftl") || rel.ends_with("/form.ftl") {
            // The form module's copy leaves out the notes for translators (comment lines): it
            // only words messages, and the notes are a fifth of a file gzipped.
            let text = std::fs::read_to_string(f).unwrap();
            let shipped: String = text
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| format!("{l}\n"))
                .collect();
            let copy = out_dir.join(rel.replace('/', "_"));
            std::fs::write(&copy, shipped).unwrap();
            errors.push_str(&format!(
                "    ({lang:?}, {rel:?}, include_str!({:?})),\n",
                copy.to_string_lossy()
            ));
        }
        println!("cargo:rerun-if-changed={}", f.parent().unwrap().display());
    }
    println!("cargo:rerun-if-changed=src/i18n/locales");
    println!("cargo:rerun-if-changed=src/countries");
    let out = format!(
        "/// Every catalog file: (lang, path, text).\n#[allow(dead_code)]\npub static ALL: &[(&str, &str, &str)] = &[\n{all}];\n/// The input errors' files only (and the forms' labels), without their notes.\n#[allow(dead_code)]\npub static ERRORS: &[(&str, &str, &str)] = &[\n{errors}];\n"
    );
    let dest = out_dir.join("catalogs.rs");
    std::fs::write(dest, out).unwrap();
}
