//! A field of the input in words. Errors keep the field's path in `field` (`trips[2].exitDate`,
//! for programs); their messages and the assumptions name the field as a reader would
//! (`the exit date of earlier trip 3`, «дата выезда поездки 3»), from the catalog messages
//! `field-…` in `src/i18n/locales/<lang>/errors.ftl`. A form's details (`details.surname`) are
//! named by their label on the destination's form (the spec's label ID, given with the path).

use super::fluent::Catalog;
use super::{msg, word};
use crate::text::{Arg, Text};

/// The path with its list indices as `[]` (`trips[].exitDate`) and its first index.
fn shape(path: &str) -> (String, Option<usize>) {
    let mut out = String::with_capacity(path.len());
    let mut n = None;
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            break;
        };
        if n.is_none() {
            n = after[..close].parse().ok();
        }
        out.push_str("[]");
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    (out, n)
}

/// The generic fields' words, by shape.
const WORDS: &[(&str, &str)] = &[
    ("", msg::FIELD_INPUT),
    ("destination", msg::FIELD_DESTINATION),
    ("citizenship", msg::FIELD_CITIZENSHIP),
    ("entryDate", msg::FIELD_ENTRY_DATE),
    ("exitDate", msg::FIELD_EXIT_DATE),
    ("birthDate", msg::FIELD_BIRTH_DATE),
    ("passport", msg::FIELD_PASSPORT),
    ("visa", msg::FIELD_VISA),
    ("accommodation", msg::FIELD_ACCOMMODATION),
    ("crew", msg::FIELD_CREW),
    ("lang", msg::FIELD_LANG),
    ("trips", msg::FIELD_TRIPS),
    ("trips[]", msg::FIELD_TRIP),
    ("trips[].entryDate", msg::FIELD_TRIP_ENTRY_DATE),
    ("trips[].exitDate", msg::FIELD_TRIP_EXIT_DATE),
    ("trips[].destination", msg::FIELD_TRIP_DESTINATION),
    ("legs", msg::FIELD_LEGS),
    ("days", msg::FIELD_DAYS),
    ("legs[]", msg::FIELD_LEG),
    ("countries", msg::FIELD_COUNTRIES),
    ("countries[]", msg::FIELD_COUNTRIES_ITEM),
    ("moves", msg::FIELD_MOVES),
    ("moves[]", msg::FIELD_MOVE),
    ("moves[].date", msg::FIELD_MOVE_DATE),
    ("moves[].accommodation", msg::FIELD_MOVE_ACCOMMODATION),
    ("moves[].otherRegion", msg::FIELD_MOVE_OTHER_REGION),
    ("moves[].sameOwner", msg::FIELD_MOVE_SAME_OWNER),
    ("permit", msg::FIELD_PERMIT),
    ("permit.kind", msg::FIELD_PERMIT_KIND),
    ("permit.validUntil", msg::FIELD_PERMIT_VALID_UNTIL),
    ("permit.changedOn", msg::FIELD_PERMIT_CHANGED_ON),
    ("details", msg::FIELD_DETAILS),
    ("details.children", msg::FIELD_CHILDREN),
    ("details.children[]", msg::FIELD_CHILD),
    ("facts", msg::FIELD_FACTS),
    ("facts.dueDate", msg::FIELD_DUE_DATE),
    ("facts.rulesCheckedOn", msg::FIELD_RULES_CHECKED_ON),
    ("country", msg::FIELD_COUNTRY),
    ("year", msg::FIELD_YEAR),
];

/// The rendering of a form label's ID in the catalog's language (the form's `form.ftl` files
/// are in every catalog that has the errors: build.rs embeds them with `errors.ftl` in the
/// form module).
fn label_text(id: &str, c: &Catalog) -> Option<String> {
    c.get(id).map(|m| c.format(m, &mut |_| None))
}

/// The field at `path` in the catalog's language; `label` is the ID of its label on the form.
pub fn words(path: &str, label: Option<&str>, c: &Catalog) -> String {
    // A field of a route's leg: "the date of entry of leg 2".
    if let Some((i, rest)) = path
        .strip_prefix("legs[")
        .and_then(|r| r.split_once("]."))
        .and_then(|(i, rest)| Some((i.parse::<usize>().ok()?, rest)))
    {
        let inner = words(rest, label, c);
        return word(
            &Text::new(msg::FIELD_OF_LEG)
                .arg("n", Arg::from(i + 1))
                .arg("field", inner),
            c,
        );
    }
    let (shape, n) = shape(path);
    let num = |t: Text| match n {
        Some(i) => t.arg("n", Arg::from(i + 1)),
        None => t,
    };
    if let Some((_, id)) = WORDS.iter().find(|(s, _)| *s == shape) {
        return word(&num(Text::new(id)), c);
    }
    if let Some(key) = shape.strip_prefix("details.") {
        let own = match label.and_then(|l| label_text(l, c)) {
            Some(l) => word(&Text::new(msg::FIELD_LABELLED).arg("label", l), c),
            None => word(&Text::new(msg::FIELD_DETAIL), c),
        };
        return if key.starts_with("children[].") {
            word(&num(Text::new(msg::FIELD_OF_CHILD).arg("field", own)), c)
        } else {
            own
        };
    }
    // A member tirkeu does not read (the JS reader names any member whose reading failed): the
    // key as the caller wrote it, within the nearest field it knows.
    match path.rfind(['.', '[']) {
        Some(i) if i > 0 => {
            let name = path[i..].trim_start_matches('.').to_owned();
            let parent = words(&path[..i], None, c);
            word(
                &Text::new(msg::FIELD_PART)
                    .arg("name", name)
                    .arg("field", parent),
                c,
            )
        }
        _ => word(&Text::new(msg::FIELD_OTHER).arg("name", path.to_owned()), c),
    }
}

/// [`words`] in `lang`, if its catalog is at hand (for tests and callers).
pub fn words_in(lang: super::Lang, path: &str, label: Option<&str>) -> Option<String> {
    super::catalog(lang).map(|c| words(path, label, &c))
}

#[cfg(test)]
mod tests {
    #[test]
    fn shapes() {
        assert_eq!(
            super::shape("trips[12].exitDate"),
            ("trips[].exitDate".into(), Some(12))
        );
        assert_eq!(
            super::shape("details.children[1].birthDate"),
            ("details.children[].birthDate".into(), Some(1))
        );
        assert_eq!(super::shape("exitDate"), ("exitDate".into(), None));
    }
}
