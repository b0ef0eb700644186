mod common;
#[test]
fn smoke() {
    for sc in [
        r#"{"destination":"AZ","citizenship":"RU","entryDate":"2025-01-01","exitDate":"2025-04-15"}"#,
        r#"{"destination":"AZ","citizenship":"RU","entryDate":"2025-09-01","trips":[{"entryDate":"2025-02-01","exitDate":"2025-02-20"},{"entryDate":"2025-05-10","exitDate":"2025-06-08"}]}"#,
        r#"{"destination":"AZ","citizenship":"RU","entryDate":"2025-12-25","trips":[{"entryDate":"2025-03-01","exitDate":"2025-05-09"}]}"#,
        r#"{"destination":"AZ","citizenship":"RU","entryDate":"2024-12-31","trips":[{"entryDate":"2024-02-01","exitDate":"2024-04-20"}]}"#,
        r#"{"destination":"AZ","citizenship":"CN","entryDate":"2026-01-27","trips":[{"entryDate":"2025-08-01","exitDate":"2025-08-30"},{"entryDate":"2025-09-05","exitDate":"2025-10-04"},{"entryDate":"2025-10-10","exitDate":"2025-11-08"}]}"#,
        r#"{"destination":"AZ","citizenship":"CN","entryDate":"2026-01-28","trips":[{"entryDate":"2025-08-01","exitDate":"2025-08-30"},{"entryDate":"2025-09-05","exitDate":"2025-10-04"},{"entryDate":"2025-10-10","exitDate":"2025-11-08"}]}"#,
        r#"{"destination":"AZ","citizenship":"FR","entryDate":"2026-01-28"}"#,
        r#"{"destination":"AZ","citizenship":"GE","entryDate":"2019-07-01","exitDate":"2019-09-01","moves":[{"date":"2019-07-23"}]}"#,
    ] {
        let v: serde_json::Value = serde_json::from_str(sc).unwrap();
        {
            let a = common::eval(v);
            {
                println!("=== {sc}");
                for o in &a.obligations {
                    println!(
                        "{} {} due {} who {} alts {:?}\n  steps: {:?}\n  pen: {:?}",
                        o.kind.as_str(),
                        o.trigger.kind,
                        o.due_date,
                        o.who,
                        o.alternatives
                            .iter()
                            .map(|x| x.due_date)
                            .collect::<Vec<_>>(),
                        o.steps_text,
                        o.penalty.as_ref().map(|p| &p.text)
                    );
                }
                println!("stay {:?} {:?}", a.stay.last_day, a.stay.note);
                for w in &a.warnings {
                    println!("W {} {}", w.code, w.message);
                }
                for e in &a.exemptions {
                    println!("E {:?}", e.reason);
                }
            }
        }
    }
}
