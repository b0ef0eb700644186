//! The user interface data of every country (`rules::ui`, given by `countries()`): its choices,
//! defaults and details agree with the engine and the form, and its labels exist in every
//! language's catalog.

use std::collections::BTreeSet;

use tirkeu::countries::ALL;

/// Every message ID of language `lang` in the source tree's catalogs.
fn catalog_ids(lang: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut dirs = vec![std::path::PathBuf::from("src")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "ftl")
                && p.parent()
                    .and_then(|x| x.file_name())
                    .is_some_and(|x| x == lang)
            {
                for line in std::fs::read_to_string(&p).unwrap().lines() {
                    if let Some((id, _)) = line.split_once(" =") {
                        if !id.starts_with([' ', '#']) && !id.is_empty() {
                            ids.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn defaults_are_among_the_choices() {
    for c in ALL {
        let ui = c.ui;
        assert!(ui.passports.contains(&ui.defaults.passport), "{}", c.code);
        assert!(ui.visas.contains(&ui.defaults.visa), "{}", c.code);
        assert!(
            ui.accommodations.contains(&ui.defaults.accommodation),
            "{}",
            c.code
        );
        assert!(ui.defaults.stay_days >= 1);
    }
}

#[test]
fn labels_and_messages_are_in_every_catalog() {
    for lang in ["en", "ru", "kk", "zh"] {
        let ids = catalog_ids(lang);
        for c in ALL {
            let cc = c.code.to_ascii_lowercase();
            let ui = c.ui;
            let mut want: Vec<String> = vec![];
            want.extend(
                ui.passports
                    .iter()
                    .map(|p| format!("ui-passport-{}", p.as_str())),
            );
            want.extend(ui.visas.iter().map(|v| format!("ui-visa-{}", v.as_str())));
            want.extend(
                ui.accommodations
                    .iter()
                    .map(|a| format!("ui-acc-{}", a.as_str())),
            );
            for d in ui.details {
                want.push(d.label.to_owned());
                if !d.error.is_empty() {
                    want.push(d.error.to_owned());
                }
            }
            for suffix in [
                "ui-title",
                "ui-doc-title",
                "ui-lead",
                "ui-err-citizen-of-destination",
                "ui-trips-hint",
                "ui-moves-hint",
                "ui-form-h",
                "faq-link",
            ] {
                want.push(format!("{cc}-{suffix}"));
            }
            // A country whose fines are in money only (Azerbaijan's manats) has no fine unit.
            if !ui.fine_unit.is_empty() {
                want.push(format!("{cc}-ui-fine-unit"));
                want.push(format!("{cc}-ui-fine-unit-long"));
            }
            // each claim of the FAQ: its question, and the messages its answer says
            let answers = tirkeu::countries::faq(c.code);
            for q in ui.faq {
                let a = answers.iter().find(|a| a.claim == *q);
                let a = a.unwrap_or_else(|| {
                    panic!("{}: the FAQ has no answer for the claim {q}", c.code)
                });
                want.push(format!("{cc}-faq-{q}-q"));
                for p in a.parts {
                    if let tirkeu::rules::faq::Say::Message(id) = p.say {
                        assert!(
                            id.starts_with(&format!("{cc}-faq-")),
                            "{id}: not {cc}'s FAQ"
                        );
                        want.push(id.to_owned());
                    }
                }
            }
            assert_eq!(
                answers.iter().map(|a| a.claim).collect::<Vec<_>>(),
                ui.faq.to_vec(),
                "{}: the FAQ's answers are its claims, in order",
                c.code
            );
            for id in want {
                assert!(ids.contains(&id), "{lang}: {id} is missing");
            }
        }
    }
}

/// The maximum lengths are those of the country's form (`form::max_len_in`, its `inputs`), and
/// every text field that form reads is asked.
#[cfg(feature = "form")]
#[test]
fn details_match_the_form() {
    for c in ALL {
        let spec = tirkeu::forms::spec_for(c.code);
        if !spec.country.eq_ignore_ascii_case(c.code) {
            // No form of its own yet (the first registered one stands in): nothing to match.
            eprintln!("{}: no form of its own", c.code);
            continue;
        }
        for d in c.ui.details {
            if matches!(d.kind, "text" | "id" | "phone") {
                assert!(
                    spec.input(d.code).is_some(),
                    "{}: the page asks {}, the form does not read it",
                    c.code,
                    d.code
                );
                assert_eq!(
                    d.max_length as usize,
                    tirkeu::form::max_len_in(spec, d.code),
                    "{} {}",
                    c.code,
                    d.code
                );
            }
            if !d.pattern.is_empty() {
                assert!(
                    !d.error.is_empty(),
                    "{}: a pattern needs its message",
                    d.code
                );
            }
        }
        let asked: BTreeSet<&str> = c.ui.details.iter().map(|d| d.code).collect();
        for f in spec.text_keys() {
            assert!(
                asked.contains(f),
                "{}: the form reads {f}, the page does not ask it",
                c.code
            );
        }
    }
}
