//! Consistency of the Kazakhstan rule data: the things a reviewer would check by eye.

use tirkeu::country;
use tirkeu::rules::Period;

fn overlap(a: Period, b: Period) -> bool {
    let lo = |p: Period| p.from.unwrap_or(chrono::NaiveDate::MIN);
    let hi = |p: Period| p.to.unwrap_or(chrono::NaiveDate::MAX);
    lo(a) <= hi(b) && lo(b) <= hi(a)
}

#[test]
fn allowance_rows_never_compete() {
    let kz = tirkeu::countries::find("KZ").unwrap();
    for (i, a) in kz.allowances.iter().enumerate() {
        for b in &kz.allowances[i + 1..] {
            if overlap(a.in_force, b.in_force) {
                for c in a.citizens {
                    assert!(
                        !b.citizens.contains(c),
                        "{c} is in both {} and {} at the same time",
                        a.id,
                        b.id
                    );
                }
            }
        }
        for c in a.citizens {
            assert!(
                country::lookup(c) == Some(*c),
                "{}: {c} is not an ISO code",
                a.id
            );
        }
        assert!(!a.limits.is_empty() && !a.sources.is_empty(), "{}", a.id);
    }
}

#[test]
fn every_row_has_sources_and_periods_are_ordered() {
    let kz = tirkeu::countries::find("KZ").unwrap();
    let mut ids = std::collections::BTreeSet::new();
    let check = |p: Period, id: &str| {
        if let (Some(f), Some(t)) = (p.from, p.to) {
            assert!(f <= t, "{id}: period ends before it starts");
        }
    };
    for o in kz.obligations {
        assert!(ids.insert(o.id), "duplicate id {}", o.id);
        assert!(!o.sources.is_empty(), "{} has no source", o.id);
        check(o.in_force, o.id);
    }
    for e in kz.exemptions {
        assert!(ids.insert(e.id), "duplicate id {}", e.id);
        assert!(!e.sources.is_empty(), "{} has no source", e.id);
        check(e.in_force, e.id);
    }
    for a in kz.allowances {
        assert!(ids.insert(a.id), "duplicate id {}", a.id);
        check(a.in_force, a.id);
    }
    for n in kz.notes {
        assert!(!n.sources.is_empty(), "{} has no source", n.code);
    }
    let all_sources = kz
        .obligations
        .iter()
        .flat_map(|o| {
            o.sources
                .iter()
                .chain(o.fee_sources)
                .chain(o.channels.iter().flat_map(|c| c.sources))
        })
        .chain(kz.exemptions.iter().flat_map(|e| e.sources))
        .chain(kz.allowances.iter().flat_map(|a| a.sources))
        .chain(kz.fine_units.iter().flat_map(|u| u.sources));
    for s in all_sources {
        assert!(
            s.url().starts_with("http://") || s.url().starts_with("https://"),
            "{}: {}",
            s.title(),
            s.url()
        );
        assert!(!s.title().is_empty());
    }
}

#[test]
fn fine_units_cover_every_day_from_2015_to_2026_once() {
    let kz = tirkeu::countries::find("KZ").unwrap();
    let mut d = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    while d <= chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap() {
        let n = kz
            .fine_units
            .iter()
            .filter(|u| u.in_force.contains(d))
            .count();
        assert_eq!(n, 1, "{d}: {n} MRP values");
        d = d.succ_opt().unwrap();
    }
}

#[test]
fn every_kind_is_produced_by_some_rule() {
    for k in tirkeu::rules::Kind::ALL {
        assert!(
            tirkeu::countries::ALL
                .iter()
                .any(|c| c.obligations.iter().any(|o| o.kind == *k)),
            "{}",
            k.as_str()
        );
    }
}
