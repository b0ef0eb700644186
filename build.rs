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
    let mut all = String::new();
    let mut errors = String::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
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
            errors.push_str(&line);
        }
        println!("cargo:rerun-if-changed={}", f.parent().unwrap().display());
    }
    println!("cargo:rerun-if-changed=src/i18n/locales");
    println!("cargo:rerun-if-changed=src/countries");
    let out = format!(
        "/// Every catalog file: (lang, path, text).\n#[allow(dead_code)]\npub static ALL: &[(&str, &str, &str)] = &[\n{all}];\n/// The input errors' files only.\n#[allow(dead_code)]\npub static ERRORS: &[(&str, &str, &str)] = &[\n{errors}];\n"
    );
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogs.rs");
    std::fs::write(dest, out).unwrap();
}
