//! A reader and formatter for the subset of Fluent that tirkeu's catalogs use (docs/i18n.md):
//! comments, `id = value` (continued on indented lines), `{ $var }`, string literals
//! `{ "…" }`, and selects on a variable whose keys are CLDR plural categories or exact values.
//! Anything else — terms, attributes, message references, functions — is refused with the line
//! and the reason, so a catalog never half-works. About 300 lines instead of `fluent-bundle`
//! with `intl_pluralrules` (~100 KB of wasm).

use super::Lang;

/// One part of a message's value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        /// `(key, value)`; the key is a plural category or an exact value.
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// A message of a catalog: its ID, the note for translators above it, its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub note: String,
    parts: Vec<Part>,
}

impl Message {
    /// The variables the message uses (selectors included), sorted, without repeats.
    pub fn variables(&self) -> Vec<String> {
        fn walk(ps: &[Part], out: &mut Vec<String>) {
            for p in ps {
                match p {
                    Part::Text(_) => {}
                    Part::Var(v) => out.push(v.clone()),
                    Part::Select { var, variants, .. } => {
                        out.push(var.clone());
                        for (_, v) in variants {
                            walk(v, out);
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.parts, &mut out);
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    /// The keys of every select in the message, in order (for the tests).
    pub fn variant_keys(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in &self.parts {
            if let Part::Select { variants, .. } = p {
                out.extend(variants.iter().map(|(k, _)| k.clone()));
            }
        }
        out
    }
}

/// Why a catalog was refused: the line (1-based) and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub line: usize,
    pub what: String,
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "line {}: {}", self.line, self.what)
    }
}

fn err<T>(line: usize, what: impl Into<String>) -> Result<T, Error> {
    Err(Error {
        line,
        what: what.into(),
    })
}

fn is_id(s: &str) -> bool {
    let mut b = s.bytes();
    b.next().is_some_and(|c| c.is_ascii_lowercase())
        && b.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

/// Reads the messages of one `.ftl` text.
pub fn parse(src: &str) -> Result<Vec<Message>, Error> {
    let lines: Vec<&str> = src.lines().collect();
    let mut out: Vec<Message> = Vec::new();
    let mut note = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end_matches('\r');
        let n = i + 1;
        i += 1;
        if line.trim().is_empty() {
            note.clear();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if c.starts_with('#') {
                note.clear(); // a group or resource comment: no message's note
            } else if c.is_empty() || c.starts_with(' ') {
                if !note.is_empty() {
                    note.push('\n');
                }
                note.push_str(c.strip_prefix(' ').unwrap_or(c));
            } else {
                return err(n, "a comment starts with \"# \"");
            }
            continue;
        }
        if line.starts_with(' ') {
            return err(n, "an indented line belongs to no message");
        }
        let Some((id, first)) = line.split_once('=') else {
            return err(n, "expected \"message-id = value\"");
        };
        let id = id.trim_end();
        if id.starts_with('-') {
            return err(n, "terms (-name) are outside tirkeu's subset of Fluent");
        }
        if !is_id(id) {
            return err(n, format!("\"{id}\" is not a message ID ([a-z][a-z0-9-]*)"));
        }
        // The value: the rest of the line and the indented lines after it (blank lines between
        // them included), common indentation removed, joined with "\n".
        let mut block: Vec<&str> = Vec::new();
        let mut j = i;
        while j < lines.len() {
            let l = lines[j].trim_end_matches('\r');
            // An indented line, or the closing brace of a select at the line's start.
            if (l.starts_with(' ') && !l.trim().is_empty()) || l.starts_with('}') {
                block.push(l);
                j += 1;
            } else if l.trim().is_empty() {
                // Blank lines inside the value, when an indented line follows.
                match (j..lines.len()).find(|&k| !lines[k].trim().is_empty()) {
                    Some(k) if lines[k].starts_with(' ') => {
                        block.extend(std::iter::repeat_n("", k - j));
                        j = k;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let indent = block
            .iter()
            .filter(|l| l.starts_with(' '))
            .map(|l| l.len() - l.trim_start_matches(' ').len())
            .min()
            .unwrap_or(0);
        for l in &block {
            if l.trim_start().starts_with('.') {
                return err(
                    j,
                    "attributes (.name = …) are outside tirkeu's subset of Fluent",
                );
            }
        }
        let mut value = first.trim_start_matches(' ').to_owned();
        for l in &block {
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(if l.starts_with(' ') { &l[indent..] } else { l });
        }
        let value = value.trim_end_matches([' ', '\n']);
        if value.is_empty() {
            return err(n, format!("{id} has no value"));
        }
        let parts = Reader {
            s: value.as_bytes(),
            src: value,
            pos: 0,
            line: n,
        }
        .pattern(false)?;
        if out.iter().any(|m| m.id == id) {
            return err(n, format!("{id} is defined twice"));
        }
        out.push(Message {
            id: id.to_owned(),
            note: std::mem::take(&mut note),
            parts,
        });
        i = j;
    }
    Ok(out)
}

struct Reader<'a> {
    s: &'a [u8],
    src: &'a str,
    pos: usize,
    line: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n')) {
            if self.peek() == Some(b'\n') {
                self.line += 1;
            }
            self.pos += 1;
        }
    }

    fn fail<T>(&self, what: impl Into<String>) -> Result<T, Error> {
        err(self.line, what)
    }

    /// Text and placeables up to the end (or, in a variant, the end of its line).
    fn pattern(&mut self, variant: bool) -> Result<Vec<Part>, Error> {
        let mut parts: Vec<Part> = Vec::new();
        let mut text = String::new();
        let mut start = self.pos;
        while let Some(c) = self.peek() {
            match c {
                b'\n' if variant => break,
                b'{' => {
                    text.push_str(&self.src[start..self.pos]);
                    self.pos += 1;
                    match self.placeable()? {
                        Part::Text(t) => text.push_str(&t),
                        p => {
                            if !text.is_empty() {
                                parts.push(Part::Text(std::mem::take(&mut text)));
                            }
                            parts.push(p);
                        }
                    }
                    start = self.pos;
                }
                b'}' => return self.fail("a lone \"}\": write { \"}\" }"),
                b'\n' => {
                    self.line += 1;
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        text.push_str(&self.src[start..self.pos]);
        if variant {
            let t = text.trim_end_matches(' ').len();
            text.truncate(t);
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(parts)
    }

    fn name(&mut self) -> &str {
        let a = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            self.pos += 1;
        }
        &self.src[a..self.pos]
    }

    /// After `{`: a variable, a string literal or a select, up to its `}`.
    fn placeable(&mut self) -> Result<Part, Error> {
        self.blank();
        let part = match self.peek() {
            Some(b'$') => {
                self.pos += 1;
                let var = self.name().to_owned();
                if var.is_empty() {
                    return self.fail("\"$\" without a variable name");
                }
                self.blank();
                if self.s[self.pos..].starts_with(b"->") {
                    self.pos += 2;
                    self.select(var)?
                } else {
                    Part::Var(var)
                }
            }
            Some(b'"') => {
                self.pos += 1;
                let mut t = String::new();
                loop {
                    match self.peek() {
                        None | Some(b'\n') => return self.fail("a string literal is not closed"),
                        Some(b'"') => {
                            self.pos += 1;
                            break;
                        }
                        Some(b'\\') => {
                            match self.s.get(self.pos + 1) {
                                Some(b'"') => t.push('"'),
                                Some(b'\\') => t.push('\\'),
                                _ => return self.fail("only \\\" and \\\\ are escapes here"),
                            }
                            self.pos += 2;
                        }
                        Some(_) => {
                            let ch = self.src[self.pos..].chars().next().unwrap_or(' ');
                            t.push(ch);
                            self.pos += ch.len_utf8();
                        }
                    }
                }
                Part::Text(t)
            }
            Some(b'-') => {
                return self.fail("terms ({ -name }) are outside tirkeu's subset of Fluent")
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let n = self.name().to_owned();
                return if self.peek() == Some(b'(') {
                    self.fail(format!(
                        "functions ({n}()) are outside tirkeu's subset of Fluent"
                    ))
                } else {
                    self.fail(format!(
                        "message references ({{ {n} }}) are outside tirkeu's subset of Fluent"
                    ))
                };
            }
            _ => return self.fail("expected { $variable }, { \"text\" } or a select"),
        };
        self.blank();
        if self.peek() != Some(b'}') {
            return self.fail("expected \"}\"");
        }
        self.pos += 1;
        Ok(part)
    }

    /// After `{ $var ->`: the variants, each on its own line, up to the closing `}`.
    fn select(&mut self, var: String) -> Result<Part, Error> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            let newline = self.peek_line_break();
            self.blank();
            match self.peek() {
                Some(b'}') => break,
                Some(b'*' | b'[') if newline => {
                    if self.peek() == Some(b'*') {
                        if default.is_some() {
                            return self.fail("a select has two default variants");
                        }
                        default = Some(variants.len());
                        self.pos += 1;
                    }
                    if self.peek() != Some(b'[') {
                        return self.fail("expected [key]");
                    }
                    self.pos += 1;
                    while self.peek() == Some(b' ') {
                        self.pos += 1;
                    }
                    let key = self.name().to_owned();
                    while self.peek() == Some(b' ') {
                        self.pos += 1;
                    }
                    if key.is_empty() || self.peek() != Some(b']') {
                        return self.fail("a variant key is a word or a number in [ ]");
                    }
                    self.pos += 1;
                    while self.peek() == Some(b' ') {
                        self.pos += 1;
                    }
                    let value = self.pattern(true)?;
                    variants.push((key, value));
                }
                Some(b'*' | b'[') => return self.fail("each variant starts on its own line"),
                _ => return self.fail("expected a variant ([key] value) or \"}\""),
            }
        }
        let Some(default) = default else {
            return self.fail("a select needs one default variant (*[other])");
        };
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }

    /// Whether a line break comes before the next non-blank character.
    fn peek_line_break(&self) -> bool {
        self.s[self.pos..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\n'))
            .any(|&c| c == b'\n')
    }
}

/// The CLDR plural category of the whole number `n` in `lang` (CLDR 46, plurals.xml, integers
/// only: `v = 0`): English and Kazakh `one` (n = 1) / `other`; Russian `one` (n % 10 = 1 and
/// n % 100 ≠ 11), `few` (n % 10 = 2..4 and n % 100 ≠ 12..14), `many` (the rest; `other` is for
/// fractions); Chinese `other` only.
pub fn plural(lang: Lang, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match lang {
        Lang::En | Lang::Kk => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                "one"
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                "few"
            } else {
                "many"
            }
        }
        Lang::Zh => "other",
    }
}

/// A value for a variable: its text, and the number when it is one (for plural selectors).
pub struct Value {
    pub text: String,
    pub number: Option<i64>,
}

/// The messages of one language, from one or more `.ftl` files.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub lang: Lang,
    /// Sorted by ID.
    messages: Vec<Message>,
}

impl Catalog {
    /// Reads the `.ftl` texts of `lang`; an ID may be defined in one file only.
    pub fn parse(lang: Lang, files: &[&str]) -> Result<Catalog, Error> {
        let mut messages = Vec::new();
        for f in files {
            messages.extend(parse(f)?);
        }
        crate::sort::sort_by(&mut messages, |a, b| a.id.cmp(&b.id));
        if let Some(w) = messages.windows(2).find(|w| w[0].id == w[1].id) {
            return err(0, format!("{} is defined in two files", w[0].id));
        }
        Ok(Catalog { lang, messages })
    }

    pub fn get(&self, id: &str) -> Option<&Message> {
        self.messages
            .binary_search_by(|m| m.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.messages[i])
    }

    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// Formats `m` with the variables `arg` gives; a missing variable shows as `{$name}`.
    pub fn format(&self, m: &Message, arg: &mut dyn FnMut(&str) -> Option<Value>) -> String {
        let mut out = String::new();
        self.write(&m.parts, arg, &mut out);
        out
    }

    fn write(&self, parts: &[Part], arg: &mut dyn FnMut(&str) -> Option<Value>, out: &mut String) {
        for p in parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => match arg(v) {
                    Some(x) => out.push_str(&x.text),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = arg(var).and_then(|x| {
                        variants.iter().position(|(k, _)| *k == x.text).or_else(|| {
                            let cat = plural(self.lang, x.number?);
                            variants.iter().position(|(k, _)| k == cat)
                        })
                    });
                    let (_, v) = &variants[chosen.unwrap_or(*default)];
                    self.write(v, arg, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(lang: Lang, src: &str, n: i64) -> String {
        let c = Catalog::parse(lang, &[src]).unwrap();
        let m = c.get("m").unwrap();
        c.format(m, &mut |v| {
            (v == "n").then(|| Value {
                text: n.to_string(),
                number: Some(n),
            })
        })
    }

    #[test]
    fn reads_the_subset() {
        let src = "## group\n# note\nm = a { $n } { $n ->\n    [one] day\n   *[other] days\n} left{ \" \" }\n";
        assert_eq!(one(Lang::En, src, 1), "a 1 day left ");
        assert_eq!(one(Lang::En, src, 2), "a 2 days left ");
        let c = Catalog::parse(Lang::En, &[src]).unwrap();
        assert_eq!(c.get("m").unwrap().note, "note");
        assert_eq!(c.get("m").unwrap().variables(), ["n"]);
    }

    #[test]
    fn russian_plurals() {
        let src = "m = { $n } { $n ->\n    [one] день\n    [few] дня\n   *[many] дней\n}";
        let got: Vec<String> = [1, 2, 5, 11, 21, 22, 112]
            .iter()
            .map(|&n| one(Lang::Ru, src, n))
            .collect();
        assert_eq!(
            got,
            [
                "1 день",
                "2 дня",
                "5 дней",
                "11 дней",
                "21 день",
                "22 дня",
                "112 дней"
            ]
        );
    }

    #[test]
    fn exact_keys_first() {
        let src = "m = { $n ->\n    [0] none\n    [one] one\n   *[other] many\n}";
        assert_eq!(one(Lang::En, src, 0), "none");
        assert_eq!(one(Lang::En, src, 1), "one");
    }

    #[test]
    fn refuses_what_is_outside_the_subset() {
        for (src, says) in [
            ("-term = x", "terms"),
            ("m = { -term }", "terms"),
            ("m = x\n    .attr = y", "attributes"),
            ("m = { other }", "message references"),
            ("m = { NUMBER($n) }", "functions"),
            ("m = { $n ->\n    [one] x\n    [other] y\n}", "default"),
            ("m = a } b", "lone"),
            ("Bad = x", "message ID"),
            ("m = x\nm = y", "twice"),
        ] {
            let e = parse(src).unwrap_err();
            assert!(e.what.contains(says), "{src:?}: {e}");
        }
    }
}
