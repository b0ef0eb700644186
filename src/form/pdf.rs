//! The form as an A4 PDF (pdf-writer), drawn from the same [`Model`] as the HTML, with the
//! embedded subset font as a CID font (Type0, Identity-H, CIDFontType2) and a ToUnicode map, so
//! that text extraction gives back every value as typed.
//!
//! Every value is printed whole. In its box it is wrapped and set at the largest of 9.5, 8.5,
//! 7.5 and 6.5 pt that fits; a box too small at 6.5 pt grows (a row up to [`GROW_1`] or
//! [`GROW_2`] points tall) while the page still fits; a value that still does not fit goes, in
//! full, to a second page, the continuation sheet, and its box on the first page shows its
//! beginning and a marker `[n]` naming the item on that sheet.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, LineCapStyle, SystemInfo, TextRenderingMode};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::spec::{FormSpec, Text};
use super::{fill, flow, font, model, FormDetails, Model, Value};
use crate::scenario::Scenario;

/// A4 in points.
const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 34.0;
const MARGIN_TOP: f32 = 30.0;
const MARGIN_BOTTOM: f32 = 26.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const GAP: f32 = 5.7;
const FONT: Name<'static> = Name(b"F1");
/// The Chinese subset, for the Chinese renderings under the labels.
const FONT_CJK: Name<'static> = Name(b"F2");

/// The glyphs drawn, per font, with their characters (for the widths and the ToUnicode maps).
#[derive(Default)]
struct Used {
    latin: BTreeMap<u16, char>,
    cjk: BTreeMap<u16, char>,
}
/// Grey of the text in the user's language.
const GREY: f32 = 0.32;

/// The text under an official label, in the user's language (Chinese glyphs come from the
/// Chinese subset font); in English when a character of it has no glyph in either font (the
/// page's form module before it was given the Chinese subset).
fn under(m: &Model, l: &Text) -> Option<&'static str> {
    let u = m.under(l)?;
    if u.chars().all(|c| c == ' ' || font::pick(c).1 != 0) {
        Some(u)
    } else {
        super::catalog_text(m.spec, crate::i18n::Lang::En, l.id)
    }
}

/// Whether a line may break before or after `c`, as between Chinese characters.
fn cjk(c: char) -> bool {
    c >= '\u{2E80}'
}

/// Punctuation that never starts a line (it stays with the character before it).
fn closing(c: char) -> bool {
    "，。、；：！？）》」』〉】…".contains(c)
}

/// The pieces of `s` a line may break between, each with whether a space comes before it:
/// words, and each Chinese character (with the closing punctuation after it).
fn pieces(s: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    for word in s.split(' ').filter(|x| !x.is_empty()) {
        let mut space = true;
        let mut cur = String::new();
        for c in word.chars() {
            let glued = closing(c) || (!cjk(c) && !cur.chars().last().is_some_and(cjk));
            if !glued && !cur.is_empty() {
                out.push((space, std::mem::take(&mut cur)));
                space = false;
            }
            cur.push(c);
        }
        out.push((space, cur));
    }
    out
}

/// Lines of `s` no wider than `w` at `size`, breaking at spaces and between Chinese characters
/// (and inside words too long for a line).
fn wrap(s: &str, size: f32, w: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for (space, word) in pieces(s) {
        let candidate = if cur.is_empty() {
            word.clone()
        } else if space {
            format!("{cur} {word}")
        } else {
            format!("{cur}{word}")
        };
        if font::width(&candidate, size) <= w {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        // A word wider than the line is cut where it must be.
        for c in word.chars() {
            cur.push(c);
            if font::width(&cur, size) > w && cur.chars().count() > 1 {
                let last = cur.pop().unwrap_or(' ');
                lines.push(std::mem::take(&mut cur));
                cur.push(last);
            }
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// The page's drawing, with the glyphs used (for the widths and the ToUnicode map).
struct Pen {
    c: Content,
    used: Used,
}

impl Pen {
    /// Draws `s` with its baseline at `y`, from `x`.
    fn text(&mut self, x: f32, y: f32, size: f32, grey: f32, bold: bool, s: &str) {
        // Runs of characters in one font: the Latin one, or the Chinese subset.
        let mut runs: Vec<(bool, Vec<u8>)> = Vec::new();
        for ch in s.chars() {
            let (f, g) = font::pick(ch);
            let cjk = std::ptr::eq(f, &font::CJK);
            if g != 0 {
                let used = if cjk {
                    &mut self.used.cjk
                } else {
                    &mut self.used.latin
                };
                used.entry(g).or_insert(ch);
            }
            match runs.last_mut() {
                Some((c, bytes)) if *c == cjk => bytes.extend_from_slice(&g.to_be_bytes()),
                _ => runs.push((cjk, g.to_be_bytes().to_vec())),
            }
        }
        if runs.is_empty() {
            runs.push((false, Vec::new()));
        }
        self.c.set_fill_gray(grey);
        self.c.begin_text();
        if bold {
            // No bold face is embedded: thicken the regular one with a thin outline.
            self.c
                .set_text_rendering_mode(TextRenderingMode::FillStroke);
            self.c.set_stroke_gray(grey);
            self.c.set_line_width(size * 0.03);
        }
        for (i, (cjk, bytes)) in runs.iter().enumerate() {
            self.c.set_font(if *cjk { FONT_CJK } else { FONT }, size);
            if i == 0 {
                self.c.next_line(x, y);
            }
            self.c.show(Str(bytes));
        }
        if bold {
            self.c.set_text_rendering_mode(TextRenderingMode::Fill);
        }
        self.c.end_text();
        self.c.set_fill_gray(0.0);
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, line: f32) {
        self.c.set_stroke_gray(0.0);
        self.c.set_line_width(line);
        self.c.rect(x, y, w, h);
        self.c.stroke();
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, line: f32) {
        self.c.set_stroke_gray(0.0);
        self.c.set_line_width(line);
        self.c.move_to(x1, y1);
        self.c.line_to(x2, y2);
        self.c.stroke();
    }

    /// Wrapped, optionally centred paragraph whose first line's top is at `top`; returns the
    /// y below it.
    fn para(&mut self, top: f32, size: f32, grey: f32, centre: bool, s: &str) -> f32 {
        let lead = size * 1.22;
        let mut y = top;
        for l in wrap(s, size, CONTENT_W - 8.0) {
            let x = if centre {
                MARGIN_X + (CONTENT_W - font::width(&l, size)) / 2.0
            } else {
                MARGIN_X + 4.0
            };
            y -= lead;
            self.text(x, y + size * 0.25, size, grey, false, &l);
        }
        y
    }
}

const LABEL: f32 = 7.0;
const LABEL_UNDER: f32 = 6.0;
const BOX_1: f32 = 18.0;
/// The widest a character box beside its label is (about 5 mm, as on official forms), and the
/// space between such a label and its box.
const PITCH: f32 = 14.0;
const SIDE_GAP: f32 = 3.0;

/// The width of a field's label beside its box (0 when the label is above): its share of the
/// field, or for boxes what they leave at [`PITCH`] when that is more.
fn side_width(f: &super::Field, w: f32) -> f32 {
    if f.side == 0 {
        return 0.0;
    }
    let share = w * f32::from(f.side) / 100.0;
    if f.boxes > 0 {
        share.max(w - PITCH * f32::from(f.boxes))
    } else {
        share
    }
}
const BOX_2: f32 = 30.0;
/// The tallest a one-line box may grow, and a two-line (address) box.
const GROW_1: f32 = 40.0;
const GROW_2: f32 = 54.0;
/// Value sizes, largest first; the last is the smallest the form prints a value at.
const VALUE_SIZES: [f32; 4] = [9.5, 8.5, 7.5, 6.5];
/// Size of the beginning of a continued value in its box on the first page.
const CONT_SIZE: f32 = 7.5;
/// Size of the values on the continuation sheet.
const CONT_VALUE: f32 = 9.0;
/// Space between a box's border and its text: horizontal (each side), vertical (both sides).
const PAD_X: f32 = 3.0;
const PAD_Y: f32 = 4.0;

/// Label lines of a field: (official lines, lines underneath).
fn label_lines(l: &Text, m: &Model, w: f32) -> (Vec<String>, Vec<String>) {
    (
        wrap(l.official, LABEL, w),
        under(m, l)
            .map(|u| wrap(u, LABEL_UNDER, w))
            .unwrap_or_default(),
    )
}

fn label_height(l: &Text, m: &Model, w: f32) -> f32 {
    let (a, b) = label_lines(l, m, w);
    a.len() as f32 * LABEL * 1.15 + b.len() as f32 * LABEL_UNDER * 1.15 + 1.5
}

/// A field's place in the model: page, block, row, field.
type Key = (usize, usize, usize, usize);

/// The continued values and their numbers, in the form's order (a sorted list rather than a
/// map: fewer bytes of wasm for a handful of entries).
type Cont = Vec<(Key, usize)>;

fn number_of(cont: &Cont, key: Key) -> Option<usize> {
    cont.iter().find(|(k, _)| *k == key).map(|&(_, n)| n)
}

/// How a value is set in its box: size, lines, and the box's height.
struct Setting {
    size: f32,
    lines: Vec<String>,
    h: f32,
}

/// The largest size at which `v` fits a box `w` wide and `base` tall; else the largest at
/// which it fits a box grown up to `cap`; else `None` (it goes to the continuation sheet).
fn set_value(v: &str, w: f32, base: f32, cap: f32) -> Option<Setting> {
    let inner_w = w - 2.0 * PAD_X;
    let tried: Vec<(f32, Vec<String>)> = VALUE_SIZES
        .iter()
        .map(|&size| (size, wrap(v, size, inner_w)))
        .collect();
    let need = |size: f32, lines: &[String]| lines.len() as f32 * size * 1.15 + PAD_Y;
    if let Some((size, lines)) = tried.iter().find(|(z, l)| need(*z, l) <= base) {
        return Some(Setting {
            size: *size,
            lines: lines.clone(),
            h: base,
        });
    }
    tried
        .into_iter()
        .find(|(z, l)| need(*z, l) <= cap)
        .map(|(size, lines)| Setting {
            h: need(size, &lines),
            size,
            lines,
        })
}

/// Lines of the beginning of `v` that fit a box, the last ending with "… [n]".
fn continued_lines(v: &str, n: usize, w: f32, bh: f32) -> Vec<String> {
    let inner_w = w - 2.0 * PAD_X;
    let fit = (((bh - PAD_Y) / (CONT_SIZE * 1.15)) as usize).max(1);
    let mark = format!("… [{n}]");
    let mut lines = wrap(v, CONT_SIZE, inner_w);
    lines.truncate(fit);
    let mut last: Vec<char> = lines.pop().unwrap_or_default().chars().collect();
    while !last.is_empty()
        && font::width(&(last.iter().collect::<String>() + &mark), CONT_SIZE) > inner_w
    {
        last.pop();
    }
    while last.last() == Some(&' ') {
        last.pop();
    }
    lines.push(last.into_iter().collect::<String>() + &mark);
    lines
}

/// What drawing a page found.
struct Drawn {
    /// The lowest y used.
    bottom: f32,
    /// Values that fit only in a grown box, with the box's height.
    grown: Vec<(Key, f32)>,
    /// Values that fit no box: they go to the continuation sheet.
    overflow: Vec<Key>,
}

/// "Sheet 1 of 2" in the form's language and under it.
fn sheet_of(n: usize, total: usize, m: &Model) -> (String, Option<String>) {
    let (n, total) = (n.to_string(), total.to_string());
    let f = |s: &str| fill(s, &[("n", &n), ("m", &total)]);
    let sheet = &m.spec.chrome.sheet;
    (f(sheet.official), under(m, sheet).map(f))
}

/// Draws page `pi` of the form, with the values in `cont` continued on the continuation sheet
/// (numbered); `total` is the number of pages in all.
fn draw(m: &Model, pi: usize, pen: &mut Pen, cont: &Cont, total: usize) -> Drawn {
    let spec = m.spec;
    let mut out = Drawn {
        bottom: 0.0,
        grown: Vec::new(),
        overflow: Vec::new(),
    };
    let mut y = PAGE_H - MARGIN_TOP;
    if pi == 0 {
        // Version (an annex number, heading the form as on the official ones), title,
        // subtitle, and the notice (that this is not the official layout).
        if m.version.is_some() || m.date.is_some() {
            let v = m.version.map_or("", |v| v.official);
            let line = [v, m.date.unwrap_or("")].join(" ");
            y = pen.para(y, 7.0, 0.0, true, line.trim());
            if let Some(u) = m.version.as_ref().and_then(|v| under(m, v)) {
                y = pen.para(y, 6.0, GREY, true, u);
            }
            y -= 3.0;
        }
        y = pen.para_bold_str(y, 12.5, spec.title.official);
        if let Some(u) = under(m, &spec.title) {
            y = pen.para(y, 8.5, GREY, true, u);
        }
        if let Some(sub) = &spec.subtitle {
            y = pen.para(y - 1.0, 8.0, 0.0, true, sub.official);
            if let Some(u) = under(m, sub) {
                y = pen.para(y, 6.5, GREY, true, u);
            }
        }
        if let Some(notice) = &spec.notice {
            let top = y - 4.0;
            let mut ny = pen.para(top - 2.0, 7.0, 0.0, false, notice.official);
            if let Some(u) = under(m, notice) {
                ny = pen.para(ny - 1.0, 6.3, GREY, false, u);
            }
            ny -= 3.0;
            pen.rect(MARGIN_X, ny, CONTENT_W, top - ny, 1.2);
            y = ny;
        }
    }

    for (bi, b) in m.pages[pi].blocks.iter().enumerate() {
        if let Some(c) = &b.cut {
            // A tear-off part: a dashed cut line across the page, its caption under it.
            y -= 9.0;
            pen.c.set_dash_pattern([4.0, 3.0], 0.0);
            pen.line(MARGIN_X - 20.0, y, MARGIN_X + CONTENT_W + 20.0, y, 0.7);
            pen.c.set_dash_pattern([], 0.0);
            y = pen.para(y - 1.0, 6.5, 0.0, true, c.official);
            if let Some(u) = under(m, c) {
                y = pen.para(y, 6.0, GREY, true, u);
            }
        }
        y -= 7.0;
        if let Some(t) = &b.title {
            let size = 9.0;
            let u = under(m, t);
            let w = font::width(t.official, size);
            if w + u.map_or(0.0, |u| 6.0 + font::width(u, 7.0)) <= CONTENT_W {
                // On one line, the user's language after the official text.
                y -= size * 1.2;
                pen.text(MARGIN_X, y + 2.0, size, 0.0, true, t.official);
                if let Some(u) = u {
                    pen.text(MARGIN_X + w + 6.0, y + 2.0, 7.0, GREY, false, u);
                }
            } else {
                // Too long for one line: wrapped, the user's language underneath.
                for l in wrap(t.official, size, CONTENT_W) {
                    y -= size * 1.2;
                    pen.text(MARGIN_X, y + 2.0, size, 0.0, true, &l);
                }
                for l in u.map(|u| wrap(u, 7.0, CONTENT_W)).unwrap_or_default() {
                    y -= 7.0 * 1.2;
                    pen.text(MARGIN_X, y + 2.0, 7.0, GREY, false, &l);
                }
            }
            pen.line(MARGIN_X, y, MARGIN_X + CONTENT_W, y, 0.9);
            y -= 3.0;
        }
        if let Some(n) = &b.note {
            y = pen.para(y, 7.0, 0.0, false, n.official);
            if let Some(u) = under(m, n) {
                y = pen.para(y, 6.3, GREY, false, u);
            }
            y -= 2.0;
        }
        for (ri, r) in b.rows.iter().enumerate() {
            let sum: f32 = r.fields.iter().map(|f| f32::from(f.width)).sum();
            let free = CONTENT_W - GAP * (r.fields.len().saturating_sub(1)) as f32;
            let widths: Vec<f32> = r
                .fields
                .iter()
                .map(|f| free * f32::from(f.width) / sum)
                .collect();
            // Each field's label beside its box (0 when above) and the box's width.
            let sides: Vec<f32> = r
                .fields
                .iter()
                .zip(&widths)
                .map(|(f, &w)| side_width(f, w))
                .collect();
            let lh = if r.labels {
                r.fields
                    .iter()
                    .zip(&widths)
                    .zip(&sides)
                    .filter(|(_, &sw)| sw == 0.0)
                    .map(|((f, w), _)| label_height(&f.label, m, *w))
                    .fold(0.0, f32::max)
            } else {
                0.0
            };
            // Each value's setting, and the row's box height.
            let mut settings: Vec<Option<Setting>> = Vec::new();
            let mut bh: f32 = 0.0;
            for (fi, ((f, &w), &sw)) in r.fields.iter().zip(&widths).zip(&sides).enumerate() {
                let key = (pi, bi, ri, fi);
                let bw = w - sw;
                let (base, cap) = match f.lines {
                    0 | 1 => (BOX_1, GROW_1),
                    2 => (BOX_2, GROW_2),
                    n => (
                        BOX_1 + 12.0 * f32::from(n - 1),
                        BOX_1 + 12.0 * f32::from(n + 1),
                    ),
                };
                let base = if f.boxes > 0 {
                    BOX_1 * f32::from(f.lines.max(1))
                } else {
                    base
                };
                let st = match &f.value {
                    Value::Text(Some(v)) if f.boxes > 0 => {
                        // One character a box: a longer value is continued, whole.
                        if v.chars().count() > usize::from(f.boxes) * usize::from(f.lines.max(1))
                            && number_of(cont, key).is_none()
                        {
                            out.overflow.push(key);
                        }
                        None
                    }
                    Value::Text(Some(v)) if number_of(cont, key).is_none() => {
                        let st = set_value(v, bw, base, cap);
                        match &st {
                            None => out.overflow.push(key),
                            Some(st) if st.h > base => out.grown.push((key, st.h)),
                            Some(_) => {}
                        }
                        st
                    }
                    _ => None,
                };
                let need = match &f.value {
                    // Tick boxes on more lines than the box holds at 9 pt apart: a taller box.
                    Value::Choice(opts) => choice_lines(opts, bw, m).len() as f32 * 9.0,
                    _ => 0.0,
                };
                bh = bh.max(st.as_ref().map_or(base, |s| s.h)).max(need);
                settings.push(st);
            }
            // Labels beside their boxes may be taller than the boxes.
            let body = if r.labels {
                r.fields
                    .iter()
                    .zip(&sides)
                    .filter(|(_, &sw)| sw > 0.0)
                    .map(|(f, &sw)| label_height(&f.label, m, sw - SIDE_GAP))
                    .fold(bh, f32::max)
            } else {
                bh
            };
            let mut x = MARGIN_X;
            for (fi, (((f, &w), &sw), st)) in r
                .fields
                .iter()
                .zip(&widths)
                .zip(&sides)
                .zip(settings)
                .enumerate()
            {
                if r.labels {
                    let (lw, mut ly) = if sw > 0.0 {
                        (sw - SIDE_GAP, y - lh)
                    } else {
                        (w, y)
                    };
                    let (ru, un) = label_lines(&f.label, m, lw);
                    for l in ru {
                        ly -= LABEL * 1.15;
                        pen.text(x, ly + 1.4, LABEL, 0.0, false, &l);
                    }
                    for l in un {
                        ly -= LABEL_UNDER * 1.15;
                        pen.text(x, ly + 1.2, LABEL_UNDER, GREY, false, &l);
                    }
                }
                let by = y - lh - bh;
                let (bx, bw) = (x + sw, w - sw);
                if f.boxes > 0 {
                    let text = match &f.value {
                        Value::Text(Some(v)) => v.as_str(),
                        _ => "",
                    };
                    boxes_in_row(
                        pen,
                        Boxes {
                            x: bx,
                            by,
                            w: bw,
                            bh,
                            n: f.boxes,
                            rows: f.lines.max(1),
                            pitch: (sw > 0.0).then_some(PITCH),
                        },
                        text,
                        number_of(cont, (pi, bi, ri, fi)),
                    );
                } else {
                    pen.rect(bx, by, bw, bh, 0.8);
                }
                match (&f.value, st, number_of(cont, (pi, bi, ri, fi))) {
                    _ if f.boxes > 0 => {}
                    (Value::Text(Some(v)), _, Some(n)) => {
                        let lines = continued_lines(v, n, bw, bh);
                        lines_in_box(pen, bx, by, bh, CONT_SIZE, &lines);
                    }
                    (Value::Text(Some(_)), Some(st), None) => {
                        lines_in_box(pen, bx, by, bh, st.size, &st.lines)
                    }
                    (Value::Choice(opts), _, _) => choice_in_box(pen, bx, by, bw, bh, opts, m),
                    _ => {}
                }
                x += w + GAP;
            }
            y -= lh + body + 3.0;
        }
    }
    // Footer: the pointer to the continuation sheet, the sheet's number, the rules' date.
    let continued_here = cont.iter().any(|((p, ..), _)| *p == pi) || !out.overflow.is_empty();
    let pages = if m.pages.len() == 1 && !continued_here {
        1
    } else {
        total.max(m.pages.len() + usize::from(continued_here))
    };
    if continued_here {
        let note = &m.spec.chrome.cont_note;
        y = pen.para(y - 4.0, 7.0, 0.0, false, note.official);
        if let Some(u) = under(m, note) {
            y = pen.para(y, 6.3, GREY, false, u);
        }
    }
    y = footer(pen, m, y, pi + 1, pages);
    out.bottom = y;
    out
}

/// Where a field's character boxes go: the box area (`x`, bottom `by`, `w` × `bh`), `n` boxes a
/// row in `rows` rows, and the pitch when fixed (beside a label: at most [`PITCH`], at the
/// right of the area; else `w / n`).
struct Boxes {
    x: f32,
    by: f32,
    w: f32,
    bh: f32,
    n: u8,
    rows: u8,
    pitch: Option<f32>,
}

/// The boxes of `b`, one character each, the value's characters in them row after row; a value
/// continued on the continuation sheet keeps its beginning and ends with its marker `[k]`.
fn boxes_in_row(pen: &mut Pen, b: Boxes, v: &str, k: Option<usize>) {
    let n = usize::from(b.n);
    let rows = usize::from(b.rows.max(1));
    let (x, pitch) = match b.pitch {
        Some(p) => {
            let pitch = p.min(b.w / n as f32);
            (b.x + b.w - pitch * n as f32, pitch)
        }
        None => (b.x, b.w / n as f32),
    };
    let w = pitch * n as f32;
    // Each row's characters: the value's words row after row when it fits, else its
    // beginning, row after row, and the marker.
    let parts: Vec<Vec<char>> = match k {
        None if rows > 1 && v.chars().count() <= n * rows => flow(v, &vec![n; rows])
            .iter()
            .map(|p| p.chars().collect())
            .collect(),
        _ => {
            let mut chars: Vec<char> = v.chars().collect();
            if let Some(k) = k {
                let mark: Vec<char> = format!("[{k}]").chars().collect();
                chars.truncate((n * rows).saturating_sub(mark.len()));
                chars.extend(mark);
            }
            chars.chunks(n).map(<[char]>::to_vec).collect()
        }
    };
    let size = (pitch * 1.2).min(9.5);
    let rh = b.bh / rows as f32;
    for row in 0..rows {
        let by = b.by + b.bh - rh * (row + 1) as f32;
        pen.rect(x, by, w, rh, 0.8);
        for i in 1..n {
            let cx = x + pitch * i as f32;
            pen.line(cx, by, cx, by + rh * 0.45, 0.5);
        }
        for (i, c) in parts
            .get(row)
            .map_or(&[][..], |p| &p[..])
            .iter()
            .take(n)
            .enumerate()
        {
            let s = c.to_string();
            let cx = x + pitch * i as f32 + (pitch - font::width(&s, size)) / 2.0;
            pen.text(cx, by + (rh - size * 0.7) / 2.0, size, 0.0, false, &s);
        }
    }
}

/// The footer: the date the rules were checked, "not legal advice", and the sheet's number
/// when there are two or more.
fn footer(pen: &mut Pen, m: &Model, y: f32, n: usize, pages: usize) -> f32 {
    let c = &m.spec.chrome;
    let (sheet, sheet_u) = sheet_of(n, pages, m);
    let with_sheet = |s: String, sh: &str| {
        if pages > 1 {
            format!("{sh}. {s}")
        } else {
            s
        }
    };
    let foot = format!(
        "{} {}. {}",
        c.footer.official, m.checked_on, c.not_advice.official
    );
    let mut y = pen.para(y - 4.0, 6.0, GREY, false, &with_sheet(foot, &sheet));
    if let (Some(a), Some(b), Some(su)) = (under(m, &c.footer), under(m, &c.not_advice), sheet_u) {
        y = pen.para(
            y,
            6.0,
            GREY,
            false,
            &with_sheet(format!("{a} {}. {b}", m.checked_on), &su),
        );
    }
    y
}

/// The continuation sheet(s): each continued value in full under its label, numbered as
/// marked on the form's pages; a further sheet when one is full. `total` is the pages in all
/// (0 while counting them). Returns each sheet's drawing and lowest y.
fn draw_continuation(m: &Model, used: &mut Used, cont: &Cont, total: usize) -> Vec<(Content, f32)> {
    let c = &m.spec.chrome;
    // Whose form this is, so that a sheet can be matched with the first.
    let who = match under(m, &c.person) {
        Some(u) => format!("{} / {u}:", c.person.official),
        None => format!("{}:", c.person.official),
    };
    let who = format!("{who} {}", m.person.join(" "));
    // The footer's height, measured.
    let foot_h = {
        let mut p = scratch();
        PAGE_H - footer(&mut p, m, PAGE_H, 2, 3)
    };
    let head = |pen: &mut Pen, n: usize| -> f32 {
        let (sheet, sheet_u) = sheet_of(n, total, m);
        let mut y = PAGE_H - MARGIN_TOP;
        y = pen.para_bold_str(y, 11.5, &format!("{sheet}. {}", c.cont_title.official));
        if let (Some(su), Some(u)) = (sheet_u, under(m, &c.cont_title)) {
            y = pen.para(y, 8.0, GREY, true, &format!("{su}. {u}"));
        }
        y = pen.para(y - 2.0, 7.0, 0.0, false, c.cont_sub.official);
        if let Some(u) = under(m, &c.cont_sub) {
            y = pen.para(y, 6.3, GREY, false, u);
        }
        y = pen.para(y - 3.0, 8.0, 0.0, false, &who);
        pen.line(MARGIN_X, y - 2.0, MARGIN_X + CONTENT_W, y - 2.0, 0.9);
        y - 4.0
    };
    let mut out = Vec::new();
    let mut n = m.pages.len() + 1;
    let mut pen = Pen {
        c: Content::new(),
        used: std::mem::take(used),
    };
    let mut y = head(&mut pen, n);
    for &((pi, bi, ri, fi), k) in cont {
        let b = &m.pages[pi].blocks[bi];
        let r = &b.rows[ri];
        let f = &r.fields[fi];
        let Value::Text(Some(v)) = &f.value else {
            continue;
        };
        // "[k] block title: label, item 2", and the same underneath.
        let item = r.item.map(|i| (i + 1).to_string());
        let item = |s: &str| item.as_ref().map(|i| fill(s, &[("n", i)]));
        let title = |t: Option<&str>, l: &str, c: Option<String>| {
            let mut s = format!("[{k}] ");
            if let Some(t) = t {
                s.push_str(t);
                s.push_str(": ");
            }
            s.push_str(l);
            if let Some(c) = c {
                s.push_str(", ");
                s.push_str(&c);
            }
            s
        };
        let ru = title(
            b.title.map(|t| t.official),
            f.label.official,
            item(c.item.official),
        );
        let un = under(m, &f.label).map(|u| {
            title(
                b.title.and_then(|t| under(m, &t)),
                u,
                under(m, &c.item).and_then(item),
            )
        });
        let size = CONT_VALUE;
        let lines = wrap(v, size, CONTENT_W - 2.0 * PAD_X);
        let bh = lines.len() as f32 * size * 1.15 + PAD_Y + 2.0;
        let label_h = wrap(&ru, 7.5, CONTENT_W).len() as f32 * 7.5 * 1.2
            + un.as_ref()
                .map_or(0.0, |u| wrap(u, 6.3, CONTENT_W).len() as f32 * 6.3 * 1.2);
        if y - (5.0 + label_h + 1.5 + bh) < MARGIN_BOTTOM + foot_h {
            // This sheet is full: the next one.
            let bottom = footer(&mut pen, m, y - 4.0, n, total);
            let next = Pen {
                c: Content::new(),
                used: std::mem::take(&mut pen.used),
            };
            let full = std::mem::replace(&mut pen, next);
            out.push((full.c, bottom));
            n += 1;
            y = head(&mut pen, n);
        }
        y -= 5.0;
        y = pen.para_at(y, 7.5, 0.0, &ru);
        if let Some(un) = &un {
            y = pen.para_at(y, 6.3, GREY, un);
        }
        y -= 1.5;
        pen.rect(MARGIN_X, y - bh, CONTENT_W, bh, 0.8);
        lines_in_box(&mut pen, MARGIN_X, y - bh, bh, size, &lines);
        y -= bh;
    }
    let bottom = footer(&mut pen, m, y - 4.0, n, total);
    *used = pen.used;
    out.push((pen.c, bottom));
    out
}

impl Pen {
    fn para_bold_str(&mut self, top: f32, size: f32, s: &str) -> f32 {
        let lead = size * 1.22;
        let mut y = top;
        for line in wrap(s, size, CONTENT_W) {
            y -= lead;
            let x = MARGIN_X + (CONTENT_W - font::width(&line, size)) / 2.0;
            self.text(x, y + size * 0.25, size, 0.0, true, &line);
        }
        y
    }

    /// A wrapped paragraph from the left margin (no indent); returns the y below it.
    fn para_at(&mut self, top: f32, size: f32, grey: f32, s: &str) -> f32 {
        let lead = size * 1.2;
        let mut y = top;
        for l in wrap(s, size, CONTENT_W) {
            y -= lead;
            self.text(MARGIN_X, y + size * 0.25, size, grey, false, &l);
        }
        y
    }
}

/// Lines of a value, vertically centred in their box.
fn lines_in_box(pen: &mut Pen, x: f32, by: f32, bh: f32, size: f32, lines: &[String]) {
    let lead = size * 1.15;
    let block = lines.len() as f32 * lead;
    let mut ly = by + bh / 2.0 + block / 2.0;
    for l in lines {
        ly -= lead;
        pen.text(x + PAD_X, ly + size * 0.22, size, 0.0, false, l);
    }
}

fn scratch() -> Pen {
    Pen {
        c: Content::new(),
        used: Used::default(),
    }
}

/// Which values go to the continuation sheet, numbered in the form's order: those that fit
/// no box, then, while a page runs past its bottom margin, that page's tallest grown ones.
fn continued(m: &Model) -> Cont {
    let number =
        |set: &[Key]| -> Cont { set.iter().enumerate().map(|(i, &k)| (k, i + 1)).collect() };
    let mut set: Vec<Key> = Vec::new();
    let total = m.pages.len() + 1;
    'grow: loop {
        let cont = number(&set);
        let drawn: Vec<Drawn> = (0..m.pages.len())
            .map(|pi| draw(m, pi, &mut scratch(), &cont, total))
            .collect();
        let overflow: Vec<Key> = drawn
            .iter()
            .flat_map(|d| d.overflow.iter().copied())
            .collect();
        if !overflow.is_empty() {
            set.extend(overflow);
            set.sort_unstable();
            continue;
        }
        for d in drawn.iter().filter(|d| d.bottom < MARGIN_BOTTOM) {
            if let Some(&(k, _)) = d
                .grown
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            {
                set.push(k);
                set.sort_unstable();
                continue 'grow;
            }
        }
        break;
    }
    number(&set)
}

/// Tick boxes laid out in lines across a box `w` wide: (width, label, ticked) of each.
fn choice_lines<'a>(
    opts: &'a [(Text, bool)],
    w: f32,
    m: &Model,
) -> Vec<Vec<(f32, &'a Text, bool)>> {
    let (size, usize_) = (7.5, 6.0);
    let cb = 7.0;
    let items: Vec<(f32, &Text, bool)> = opts
        .iter()
        .map(|(l, on)| {
            let wu = under(m, l)
                .map(|u| font::width(u, usize_) + 2.5)
                .unwrap_or(0.0);
            (cb + 2.5 + font::width(l.official, size) + wu, l, *on)
        })
        .collect();
    let mut lines: Vec<Vec<(f32, &Text, bool)>> = vec![Vec::new()];
    let mut used = 0.0;
    for it in items {
        let last = lines.len() - 1;
        if !lines[last].is_empty() && used + 6.0 + it.0 > w - 6.0 {
            lines.push(Vec::new());
            used = 0.0;
        }
        used += if used > 0.0 { 6.0 } else { 0.0 } + it.0;
        let last = lines.len() - 1;
        lines[last].push(it);
    }
    lines
}

/// Tick boxes in a row (more lines when they do not fit in one).
fn choice_in_box(
    pen: &mut Pen,
    x: f32,
    by: f32,
    w: f32,
    bh: f32,
    opts: &[(Text, bool)],
    m: &Model,
) {
    let (size, usize_) = (7.5, 6.0);
    let cb = 7.0;
    let lines = choice_lines(opts, w, m);
    let lead = bh / lines.len() as f32;
    for (i, line) in lines.iter().enumerate() {
        let cy = by + bh - lead * (i as f32 + 0.5);
        let mut cx = x + 3.0;
        for &(iw, l, on) in line {
            pen.rect(cx, cy - cb / 2.0, cb, cb, 0.7);
            if on {
                pen.c.set_line_cap(LineCapStyle::RoundCap);
                pen.line(
                    cx + 1.3,
                    cy - cb / 2.0 + 1.3,
                    cx + cb - 1.3,
                    cy + cb / 2.0 - 1.3,
                    1.1,
                );
                pen.line(
                    cx + 1.3,
                    cy + cb / 2.0 - 1.3,
                    cx + cb - 1.3,
                    cy - cb / 2.0 + 1.3,
                    1.1,
                );
                pen.c.set_line_cap(LineCapStyle::ButtCap);
            }
            let tx = cx + cb + 2.5;
            pen.text(tx, cy - size * 0.35, size, 0.0, false, l.official);
            if let Some(u) = under(m, l) {
                pen.text(
                    tx + font::width(l.official, size) + 2.5,
                    cy - size * 0.35,
                    usize_,
                    GREY,
                    false,
                    u,
                );
            }
            cx += iw + 6.0;
        }
    }
}

/// The PDF bytes of the drawn pages.
fn document(contents: Vec<Content>, used: &Used, title: &str) -> Vec<u8> {
    let catalog = Ref::new(1);
    let pages = Ref::new(2);
    let type0 = Ref::new(5);
    let info = Ref::new(10);
    // The first page and its content are objects 3 and 4, as they were when there was one;
    // a continuation sheet is 11 and 12. The Chinese font, when used, comes after the pages.
    let page_refs: Vec<(Ref, Ref)> = (0..contents.len() as i32)
        .map(|i| {
            if i == 0 {
                (Ref::new(3), Ref::new(4))
            } else {
                (Ref::new(9 + 2 * i), Ref::new(10 + 2 * i))
            }
        })
        .collect();
    let cjk = (!used.cjk.is_empty()).then(|| Ref::new(11 + 2 * contents.len() as i32));

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages)
        .kids(page_refs.iter().map(|p| p.0))
        .count(page_refs.len() as i32);
    for (c, &(page, content_ref)) in contents.into_iter().zip(&page_refs) {
        {
            let mut p = pdf.page(page);
            p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
            p.parent(pages);
            p.contents(content_ref);
            let mut res = p.resources();
            let mut fonts = res.fonts();
            fonts.pair(FONT, type0);
            if let Some(cjk) = cjk {
                fonts.pair(FONT_CJK, cjk);
            }
        }
        let content = c.finish();
        pdf.stream(content_ref, &content);
    }
    embed(&mut pdf, type0, &font::LATIN, &used.latin);
    if let Some(cjk) = cjk {
        embed(&mut pdf, cjk, &font::CJK, &used.cjk);
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("tirkeu"));
    pdf.finish()
}

/// A font as a CID font (Type0, Identity-H, CIDFontType2) with the widths of the glyphs used
/// and a ToUnicode map, in objects `type0` to `type0 + 4`.
fn embed(pdf: &mut Pdf, type0: Ref, f: &font::Font, used: &BTreeMap<u16, char>) {
    let cid = Ref::new(type0.get() + 1);
    let descriptor = Ref::new(type0.get() + 2);
    let file = Ref::new(type0.get() + 3);
    let to_unicode = Ref::new(type0.get() + 4);
    pdf.type0_font(type0)
        .base_font(Name(f.postscript_name))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(to_unicode);
    let em = f32::from(f.units_per_em());
    {
        let mut c = pdf.cid_font(cid);
        c.subtype(CidFontType::Type2)
            .base_font(Name(f.postscript_name))
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor)
            .default_width(f32::from(f.advance(0)) * 1000.0 / em)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut w = c.widths();
        for &g in used.keys() {
            w.consecutive(g, [f32::from(f.advance(g)) * 1000.0 / em]);
        }
        w.finish();
    }
    let m = f.metrics();
    pdf.font_descriptor(descriptor)
        .name(Name(f.postscript_name))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]))
        .italic_angle(m.italic_angle)
        .ascent(m.ascent)
        .descent(m.descent)
        .cap_height(m.cap_height)
        .stem_v(80.0)
        .font_file2(file);
    pdf.stream(file, f.ttf())
        .pair(Name(b"Length1"), f.ttf().len() as i32);

    let mut cmap = pdf_writer::types::UnicodeCmap::new(
        Name(b"Tirkeu-UTF16"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (&g, &ch) in used {
        cmap.pair(g, ch);
    }
    let cmap = cmap.finish();
    pdf.cmap(to_unicode, &cmap);
}

/// Form `spec` as an A4 PDF with the embedded subset font: a page per page of the
/// form, and a continuation sheet (rarely two) when some values do not fit their boxes; it has
/// them in full. Deterministic (no dates of making, no random ids).
pub fn render_pdf(
    spec: &'static FormSpec,
    s: &Scenario,
    facts: impl Into<super::FormFacts>,
    d: &FormDetails,
) -> Vec<u8> {
    let m = model(spec, s, &facts.into(), d);
    let (pages, used, _) = pages(&m);
    document(pages, &used, spec.title.official)
}

/// The pages' drawings, the glyphs used, and the lowest y on each page.
fn pages(m: &Model) -> (Vec<Content>, Used, Vec<f32>) {
    let cont = continued(m);
    let total = if cont.is_empty() {
        m.pages.len()
    } else {
        m.pages.len() + draw_continuation(m, &mut Used::default(), &cont, 0).len()
    };
    let mut contents = Vec::new();
    let mut bottoms = Vec::new();
    let mut used = Used::default();
    for pi in 0..m.pages.len() {
        let mut pen = Pen {
            c: Content::new(),
            used: std::mem::take(&mut used),
        };
        bottoms.push(draw(m, pi, &mut pen, &cont, total).bottom);
        contents.push(pen.c);
        used = pen.used;
    }
    if !cont.is_empty() {
        for (c, bottom) in draw_continuation(m, &mut used, &cont, total) {
            contents.push(c);
            bottoms.push(bottom);
        }
    }
    (contents, used, bottoms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_inside_long_words() {
        assert_eq!(wrap("a b c", 10.0, 1000.0), vec!["a b c"]);
        let w = wrap("Алматы, улица Абая, дом 150, квартира 12", 9.5, 80.0);
        assert!(
            w.len() > 1 && w.iter().all(|l| font::width(l, 9.5) <= 80.0),
            "{w:?}"
        );
        let long = "W".repeat(100);
        let w = wrap(&long, 9.5, 50.0);
        assert!(w
            .iter()
            .all(|l| font::width(l, 9.5) <= 50.0 || l.chars().count() == 1));
        assert_eq!(w.concat(), long);
        assert_eq!(wrap("", 9.5, 50.0), vec![""]);
        // Chinese breaks between characters, never before closing punctuation, and keeps its
        // spaces around Latin words.
        let zh = "此部分至签字处由 tirkeu 整理：官方表格第1.7项以下各项的内容尚不明确。";
        let w = wrap(zh, 7.0, 120.0);
        assert!(
            w.len() > 1 && w.iter().all(|l| font::width(l, 7.0) <= 120.0),
            "{w:?}"
        );
        assert!(
            w[0].chars().count() > "此部分至签字处由".chars().count(),
            "{w:?}"
        );
        assert!(w.iter().all(|l| !l.starts_with(['：', '。'])), "{w:?}");
        assert_eq!(w.concat(), zh, "{w:?}");
    }

    /// Every field of each registered form at its longest, in the widest letter, in every
    /// language: every page keeps above its bottom margin; what does not fit goes to a
    /// continuation sheet, and to a second one when there is that much (Kazakhstan's form takes
    /// one or two with Ж everywhere; tests/form.rs checks it has one).
    #[test]
    fn the_longest_values_fit_the_pages() {
        let j = |v: serde_json::Value| -> crate::json::Json { serde_json::from_value(v).unwrap() };
        for &spec in crate::countries::FORMS {
            let long = |key: &str| "Ж".repeat(super::super::max_len_in(spec, key));
            let mut details = serde_json::Map::new();
            for k in spec.text_keys() {
                // A number checked for its digits gets its digits.
                let v = match spec.input(k).and_then(|i| i.rule) {
                    Some((_, super::super::spec::Rule::Digits { n, .. }, _)) => {
                        "1".repeat(usize::from(n))
                    }
                    None => long(k),
                };
                details.insert(k.into(), v.into());
            }
            if spec.input("children[].name").is_some() {
                let child = serde_json::json!({ "name": long("children[].name"), "birthDate": "2015-01-01",
                    "passportNumber": long("children[].passportNumber") });
                details.insert(
                    "children".into(),
                    serde_json::Value::Array(vec![child; super::super::MAX_CHILDREN]),
                );
            }
            let d = super::super::parse_details_in(spec, &j(serde_json::Value::Object(details)))
                .unwrap();
            for lang in ["en", "ru", "kk", "zh"] {
                // The scenario's destination does not matter: the spec is given.
                let s = crate::scenario::parse(&j(serde_json::json!({
                    "destination": "KZ", "citizenship": "CD", "entryDate": "2026-03-06",
                    "exitDate": "2026-03-20", "accommodation": "organization", "lang": lang
                })))
                .unwrap();
                let a = crate::evaluate(&s).unwrap();
                let m = model(spec, &s, &(&a).into(), &d);
                let (contents, _, bottoms) = pages(&m);
                // The form's pages, and at most two continuation sheets.
                let n = spec.pages.len();
                assert!(
                    (n..=n + 2).contains(&contents.len()),
                    "{} {lang}: {} pages",
                    spec.id,
                    contents.len()
                );
                for (i, b) in bottoms.iter().enumerate() {
                    assert!(
                        *b >= MARGIN_BOTTOM,
                        "{} {lang}: page {} ends at {b}",
                        spec.id,
                        i + 1
                    );
                }
            }
        }
    }

    #[test]
    fn a_value_fits_its_box_grows_it_or_is_continued() {
        // Short: the largest size, the box as it is.
        let st = set_value("N12345678", 150.0, BOX_1, GROW_1).unwrap();
        assert_eq!((st.size, st.lines.len(), st.h), (9.5, 1, BOX_1));
        // Longer: smaller type, then more lines in a taller box, never below 6.5 pt.
        let v = "Туризм и посещение родственников в Алматы и Астане".repeat(2);
        let st = set_value(&v, 150.0, BOX_1, GROW_1).unwrap();
        assert!(st.h > BOX_1 && st.h <= GROW_1 && st.size >= 6.5, "{}", st.h);
        assert_eq!(st.lines.join(" "), v);
        // Too long for the tallest box: continued, and the box says where.
        assert!(set_value(&v.repeat(3), 150.0, BOX_1, GROW_1).is_none());
        let l = continued_lines(&v, 2, 150.0, BOX_1);
        assert_eq!(l.len(), 1);
        assert!(l[0].ends_with("… [2]") && font::width(&l[0], CONT_SIZE) <= 150.0 - 2.0 * PAD_X);
        assert!(v.starts_with(l[0].trim_end_matches("… [2]")));
    }
}
