//! The form as a one-page A4 PDF (pdf-writer), drawn from the same [`Model`] as the HTML, with
//! the embedded subset font as a CID font (Type0, Identity-H, CIDFontType2) and a ToUnicode
//! map, so that text extraction gives back every value as typed.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, LineCapStyle, SystemInfo, TextRenderingMode};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::labels::{self, L};
use super::{font, model, FormDetails, Model, Value};
use crate::i18n::Lang;
use crate::scenario::Scenario;

/// A4 in points.
const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 34.0;
const MARGIN_TOP: f32 = 30.0;
#[cfg(test)]
const MARGIN_BOTTOM: f32 = 26.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const GAP: f32 = 5.7;
const FONT: Name<'static> = Name(b"F1");
/// Grey of the text in the user's language.
const GREY: f32 = 0.32;

/// The text under a Russian label. Chinese needs glyphs the embedded font does not have, so
/// the PDF shows English under the Russian for `zh` (the HTML shows Chinese).
fn under(l: &L, lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Zh => Some(l.en),
        _ => l.under(lang),
    }
}

/// Lines of `s` no wider than `w` at `size`, breaking at spaces (and inside words too long
/// for a line).
fn wrap(s: &str, size: f32, w: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split(' ').filter(|x| !x.is_empty()) {
        let candidate = if cur.is_empty() {
            word.to_owned()
        } else {
            format!("{cur} {word}")
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
    used: BTreeMap<u16, char>,
}

impl Pen {
    /// Draws `s` with its baseline at `y`, from `x`.
    fn text(&mut self, x: f32, y: f32, size: f32, grey: f32, bold: bool, s: &str) {
        let mut bytes = Vec::with_capacity(2 * s.len());
        for ch in s.chars() {
            let g = font::glyph(ch).unwrap_or(0);
            if g != 0 {
                self.used.entry(g).or_insert(ch);
            }
            bytes.extend_from_slice(&g.to_be_bytes());
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
        self.c.set_font(FONT, size);
        self.c.next_line(x, y);
        self.c.show(Str(&bytes));
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
const BOX_2: f32 = 30.0;
const VALUE_SIZES: [f32; 6] = [9.5, 8.5, 7.5, 6.5, 5.5, 4.5];

/// Label lines of a field: (Russian lines, lines underneath).
fn label_lines(l: &L, lang: Lang, w: f32) -> (Vec<String>, Vec<String>) {
    (
        wrap(l.ru, LABEL, w),
        under(l, lang)
            .map(|u| wrap(u, LABEL_UNDER, w))
            .unwrap_or_default(),
    )
}

fn label_height(l: &L, lang: Lang, w: f32) -> f32 {
    let (a, b) = label_lines(l, lang, w);
    a.len() as f32 * LABEL * 1.15 + b.len() as f32 * LABEL_UNDER * 1.15 + 1.5
}

/// Draws the model; returns the lowest y used (for the one-page check).
fn draw(m: &Model, pen: &mut Pen) -> f32 {
    let lang = m.lang;
    let mut y = PAGE_H - MARGIN_TOP;
    // Title, subtitle and the notice that this is not the official layout.
    y = pen.para_bold(y, 12.5, &labels::TITLE);
    if let Some(u) = under(&labels::TITLE, lang) {
        y = pen.para(y, 8.5, GREY, true, u);
    }
    y = pen.para(y - 1.0, 8.0, 0.0, true, labels::SUBTITLE.ru);
    if let Some(u) = under(&labels::SUBTITLE, lang) {
        y = pen.para(y, 6.5, GREY, true, u);
    }
    let top = y - 4.0;
    let mut ny = pen.para(top - 2.0, 7.0, 0.0, false, labels::NOTICE.ru);
    if let Some(u) = under(&labels::NOTICE, lang) {
        ny = pen.para(ny - 1.0, 6.3, GREY, false, u);
    }
    ny -= 3.0;
    pen.rect(MARGIN_X, ny, CONTENT_W, top - ny, 1.2);
    y = ny;

    for b in &m.blocks {
        y -= 7.0;
        if let Some(t) = &b.title {
            let size = 9.0;
            y -= size * 1.2;
            pen.text(MARGIN_X, y + 2.0, size, 0.0, true, t.ru);
            if let Some(u) = under(t, lang) {
                let x = MARGIN_X + font::width(t.ru, size) + 6.0;
                pen.text(x, y + 2.0, 7.0, GREY, false, u);
            }
            pen.line(MARGIN_X, y, MARGIN_X + CONTENT_W, y, 0.9);
            y -= 3.0;
        }
        for r in &b.rows {
            let total: f32 = r.fields.iter().map(|f| f32::from(f.width)).sum();
            let free = CONTENT_W - GAP * (r.fields.len().saturating_sub(1)) as f32;
            let widths: Vec<f32> = r
                .fields
                .iter()
                .map(|f| free * f32::from(f.width) / total)
                .collect();
            let lh = if r.labels {
                r.fields
                    .iter()
                    .zip(&widths)
                    .map(|(f, w)| label_height(&f.label, lang, *w))
                    .fold(0.0, f32::max)
            } else {
                0.0
            };
            let bh = r
                .fields
                .iter()
                .map(|f| if f.lines > 1 { BOX_2 } else { BOX_1 })
                .fold(0.0, f32::max);
            let mut x = MARGIN_X;
            for (f, &w) in r.fields.iter().zip(&widths) {
                if r.labels {
                    let (ru, un) = label_lines(&f.label, lang, w);
                    let mut ly = y;
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
                pen.rect(x, by, w, bh, 0.8);
                match &f.value {
                    Value::Text(Some(v)) => value_in_box(pen, x, by, w, bh, v),
                    Value::Text(None) => {}
                    Value::Choice(opts) => choice_in_box(pen, x, by, w, bh, opts, lang),
                }
                x += w + GAP;
            }
            y -= lh + bh + 3.0;
        }
    }
    // Footer.
    let foot = format!(
        "{} {}. {}",
        labels::FOOTER.ru,
        m.checked_on,
        labels::NOT_ADVICE.ru
    );
    y = pen.para(y - 4.0, 6.0, GREY, false, &foot);
    if let (Some(a), Some(b)) = (
        under(&labels::FOOTER, lang),
        under(&labels::NOT_ADVICE, lang),
    ) {
        y = pen.para(y, 6.0, GREY, false, &format!("{a} {}. {b}", m.checked_on));
    }
    y
}

impl Pen {
    fn para_bold(&mut self, top: f32, size: f32, l: &L) -> f32 {
        let lead = size * 1.22;
        let mut y = top;
        for line in wrap(l.ru, size, CONTENT_W) {
            y -= lead;
            let x = MARGIN_X + (CONTENT_W - font::width(&line, size)) / 2.0;
            self.text(x, y + size * 0.25, size, 0.0, true, &line);
        }
        y
    }
}

/// A value in its box: the largest size at which it fits, wrapped if it must.
fn value_in_box(pen: &mut Pen, x: f32, by: f32, w: f32, bh: f32, v: &str) {
    let inner_w = w - 6.0;
    let inner_h = bh - 4.0;
    let mut chosen = None;
    for &size in &VALUE_SIZES {
        let lines = wrap(v, size, inner_w);
        if lines.len() as f32 * size * 1.15 <= inner_h {
            chosen = Some((size, lines));
            break;
        }
    }
    let (size, lines) = chosen.unwrap_or_else(|| {
        let size = VALUE_SIZES[VALUE_SIZES.len() - 1];
        let mut lines = wrap(v, size, inner_w);
        lines.truncate((inner_h / (size * 1.15)).max(1.0) as usize);
        (size, lines)
    });
    let lead = size * 1.15;
    let block = lines.len() as f32 * lead;
    let mut ly = by + bh / 2.0 + block / 2.0;
    for l in lines {
        ly -= lead;
        pen.text(x + 3.0, ly + size * 0.22, size, 0.0, false, &l);
    }
}

/// Tick boxes in a row (two lines when they do not fit in one).
fn choice_in_box(pen: &mut Pen, x: f32, by: f32, w: f32, bh: f32, opts: &[(L, bool)], lang: Lang) {
    let (size, usize_) = (7.5, 6.0);
    let cb = 7.0;
    let items: Vec<(f32, &L, bool)> = opts
        .iter()
        .map(|(l, on)| {
            let wu = under(l, lang)
                .map(|u| font::width(u, usize_) + 2.5)
                .unwrap_or(0.0);
            (cb + 2.5 + font::width(l.ru, size) + wu, l, *on)
        })
        .collect();
    // Lay out in lines.
    let mut lines: Vec<Vec<(f32, &L, bool)>> = vec![Vec::new()];
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
            pen.text(tx, cy - size * 0.35, size, 0.0, false, l.ru);
            if let Some(u) = under(l, lang) {
                pen.text(
                    tx + font::width(l.ru, size) + 2.5,
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

/// The PDF bytes of a drawn page.
fn document(pen: Pen, title: &str) -> Vec<u8> {
    let catalog = Ref::new(1);
    let pages = Ref::new(2);
    let page = Ref::new(3);
    let contents = Ref::new(4);
    let type0 = Ref::new(5);
    let cid = Ref::new(6);
    let descriptor = Ref::new(7);
    let file = Ref::new(8);
    let to_unicode = Ref::new(9);
    let info = Ref::new(10);

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page]).count(1);
    {
        let mut p = pdf.page(page);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        p.parent(pages);
        p.contents(contents);
        p.resources().fonts().pair(FONT, type0);
    }
    let content = pen.c.finish();
    pdf.stream(contents, &content);

    pdf.type0_font(type0)
        .base_font(Name(font::POSTSCRIPT_NAME))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(to_unicode);
    let em = f32::from(font::units_per_em());
    {
        let mut c = pdf.cid_font(cid);
        c.subtype(CidFontType::Type2)
            .base_font(Name(font::POSTSCRIPT_NAME))
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor)
            .default_width(f32::from(font::advance(0)) * 1000.0 / em)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let mut w = c.widths();
        for &g in pen.used.keys() {
            w.consecutive(g, [f32::from(font::advance(g)) * 1000.0 / em]);
        }
        w.finish();
    }
    let m = font::metrics();
    pdf.font_descriptor(descriptor)
        .name(Name(font::POSTSCRIPT_NAME))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]))
        .italic_angle(m.italic_angle)
        .ascent(m.ascent)
        .descent(m.descent)
        .cap_height(m.cap_height)
        .stem_v(80.0)
        .font_file2(file);
    pdf.stream(file, font::TTF)
        .pair(Name(b"Length1"), font::TTF.len() as i32);

    let mut cmap = pdf_writer::types::UnicodeCmap::new(
        Name(b"Tirkeu-UTF16"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (&g, &ch) in &pen.used {
        cmap.pair(g, ch);
    }
    let cmap = cmap.finish();
    pdf.cmap(to_unicode, &cmap);

    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("tirkeu"));
    pdf.finish()
}

/// The form as a one-page A4 PDF with the embedded subset font; deterministic (no dates of
/// making, no random ids).
pub fn form_pdf(s: &Scenario, facts: impl Into<super::FormFacts>, d: &FormDetails) -> Vec<u8> {
    let m = model(s, &facts.into(), d);
    let mut pen = Pen {
        c: Content::new(),
        used: BTreeMap::new(),
    };
    draw(&m, &mut pen);
    document(pen, labels::TITLE.ru)
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
    }

    /// The longest inputs in every language still end above the bottom margin.
    #[test]
    fn one_page_at_worst() {
        let j = |v: serde_json::Value| -> crate::json::Json { serde_json::from_value(v).unwrap() };
        let long = "Ж".repeat(super::super::MAX_TEXT);
        let mut details = serde_json::Map::new();
        for k in [
            "surname",
            "givenNames",
            "patronymic",
            "passportNumber",
            "visaNumber",
            "purpose",
            "checkpoint",
            "address",
            "hostName",
            "hostPhone",
            "hostAddress",
            "hostContact",
        ] {
            details.insert(k.into(), long.clone().into());
        }
        let child =
            serde_json::json!({ "name": long, "birthDate": "2015-01-01", "passportNumber": long });
        details.insert(
            "children".into(),
            serde_json::Value::Array(vec![child; super::super::MAX_CHILDREN]),
        );
        let d = super::super::parse_details(&j(serde_json::Value::Object(details))).unwrap();
        for lang in ["en", "ru", "kk", "zh"] {
            let s = crate::scenario::parse(&j(serde_json::json!({
                "destination": "KZ", "citizenship": "CD", "entryDate": "2026-03-06",
                "exitDate": "2026-03-20", "accommodation": "organization", "lang": lang
            })))
            .unwrap();
            let a = crate::evaluate(&s).unwrap();
            let m = model(&s, &(&a).into(), &d);
            let mut pen = Pen {
                c: Content::new(),
                used: BTreeMap::new(),
            };
            let bottom = draw(&m, &mut pen);
            assert!(bottom >= MARGIN_BOTTOM, "{lang}: ends at {bottom}");
        }
    }
}
