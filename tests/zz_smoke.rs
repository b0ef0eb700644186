mod common;
#[test]
fn smoke() {
    for sc in [
        r#"{"destination":"RU","citizenship":"DE","visa":"tourist","entryDate":"2025-03-14","exitDate":"2025-04-10"}"#,
        r#"{"destination":"RU","citizenship":"AZ","entryDate":"2025-10-30","exitDate":"2025-12-10"}"#,
        r#"{"destination":"RU","citizenship":"DE","visa":"tourist","accommodation":"hotel","entryDate":"2026-01-03","exitDate":"2026-01-03"}"#,
        r#"{"destination":"RU","citizenship":"KZ","entryDate":"2026-03-01","exitDate":"2026-03-30"}"#,
        r#"{"destination":"RU","citizenship":"KZ","entryDate":"2026-03-01","exitDate":"2026-03-31"}"#,
        r#"{"destination":"RU","citizenship":"KZ","entryDate":"2026-03-01"}"#,
        r#"{"destination":"RU","citizenship":"BY","entryDate":"2026-03-01","exitDate":"2026-12-31"}"#,
        r#"{"destination":"RU","citizenship":"UZ","entryDate":"2025-02-01","exitDate":"2025-06-30","accommodation":"hotel","moves":[{"date":"2025-02-05","accommodation":"private"}]}"#,
    ] {
        let v: serde_json::Value = serde_json::from_str(sc).unwrap();
        let a = common::eval(v);
        println!("=== {sc}");
        for o in &a.obligations {
            println!(
                "{} {} {} due {} who {} alts {:?} cond {:?}",
                o.rule,
                o.kind.as_str(),
                o.trigger.kind,
                o.due_date,
                o.who,
                o.alternatives
                    .iter()
                    .map(|x| x.due_date)
                    .collect::<Vec<_>>(),
                o.conditional
            );
        }
        println!(
            "stay {:?} over {:?} pen {:?}",
            a.stay.last_day,
            a.stay.overstay_days,
            a.stay.penalty.as_ref().map(|p| &p.text)
        );
        for w in &a.warnings {
            println!("W {} {}", w.code, &w.message[..w.message.len().min(150)]);
        }
        for e in &a.exemptions {
            println!("E {} {:?}", e.rule, e.kind);
        }
    }
}
