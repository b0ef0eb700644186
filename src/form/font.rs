//! The PDF form's fonts. [`LATIN`]: Noto Sans Regular (SIL OFL 1.1), pre-subset by
//! `tools/subset_font.py` to Basic Latin, Latin-1 Supplement, Latin Extended-A, the Azerbaijani
//! schwa (Ə ə), Cyrillic (with the Kazakh letters), general punctuation and №, and rescaled to
//! 256 units per em; every value and every label is drawn with it. [`CJK`]: Noto Sans SC Regular
//! (SIL OFL 1.1), subset by `scripts/cjk-font.mjs` to the characters of the forms' Chinese labels
//! from U+2E80 on, at 128 units per em, for the Chinese renderings under the labels; it draws
//! what the first one cannot. The page's form module (`form-only`) is built without the Chinese
//! subset (23.5 kB gzip that only Chinese PDFs use): the page gives it with [`load_cjk`]
//! (`loadCjkFont`), and until then a PDF prints the English renderings where Chinese ones would
//! need it.
//!
//! Only what the PDF needs is read from the TrueType tables: the character → glyph map (`cmap`
//! format 4), advance widths (`hmtx`) and a few metrics (`head`, `hhea`, `OS/2`, `post`). The
//! font is a constant of the program, so the reader is small and never fails on it; on any
//! other bytes it answers "no glyph" rather than panicking.

/// The subset TrueType font, embedded whole in every PDF.
pub const TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular-tirkeu.ttf");
/// The PostScript name written into the PDF.
pub const POSTSCRIPT_NAME: &[u8] = b"NotoSans-Regular";

/// A TrueType font (where its bytes are) and its PostScript name.
pub struct Font {
    bytes: fn() -> &'static [u8],
    pub postscript_name: &'static [u8],
}

/// Latin, Cyrillic: values and labels.
pub static LATIN: Font = Font {
    bytes: || TTF,
    postscript_name: POSTSCRIPT_NAME,
};

/// The Chinese label renderings' glyphs (embedded in a PDF only when used): built in, or, in the
/// page's form module, as given by [`load_cjk`] (no glyphs before).
pub static CJK: Font = Font {
    bytes: cjk_bytes,
    postscript_name: b"NotoSansSC-Regular",
};

/// The Chinese subset given at run time ([`load_cjk`]).
static CJK_LOADED: std::sync::OnceLock<&'static [u8]> = std::sync::OnceLock::new();

fn cjk_bytes() -> &'static [u8] {
    #[cfg(not(feature = "form-only"))]
    const BUILT_IN: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf");
    #[cfg(feature = "form-only")]
    const BUILT_IN: &[u8] = &[];
    CJK_LOADED.get().copied().unwrap_or(BUILT_IN)
}

/// Takes the Chinese subset (`assets/fonts/NotoSansSC-Regular-tirkeu-form.ttf`, which the
/// page's build copies next to the form module) for the PDFs made from now on. Bytes that are
/// not a TrueType font with a Unicode character map and glyphs are refused, and so is a second
/// font once one was taken; `true` when the font is there to draw with.
pub fn load_cjk(bytes: Vec<u8>) -> bool {
    if CJK_LOADED.get().is_none() && is_font(&bytes) {
        let _ = CJK_LOADED.set(Box::leak(bytes.into_boxed_slice()));
    }
    !cjk_bytes().is_empty()
}

/// Whether `ttf` reads as a TrueType font with a format-4 Unicode map, glyphs and metrics.
fn is_font(ttf: &[u8]) -> bool {
    ttf.get(0..4) == Some(&[0, 1, 0, 0][..])
        && !table_in(ttf, b"glyf").is_empty()
        && !table_in(ttf, b"hmtx").is_empty()
        && u16_at(table_in(ttf, b"head"), 18) > 0
        && !cmap4_in(ttf).is_empty()
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    match b.get(at..at + 2) {
        Some(s) => u16::from_be_bytes([s[0], s[1]]),
        None => 0,
    }
}

fn i16_at(b: &[u8], at: usize) -> i16 {
    u16_at(b, at) as i16
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    match b.get(at..at + 4) {
        Some(s) => u32::from_be_bytes([s[0], s[1], s[2], s[3]]),
        None => 0,
    }
}

/// The bytes of table `tag` of font `ttf`, or an empty slice.
fn table_in<'a>(ttf: &'a [u8], tag: &[u8; 4]) -> &'a [u8] {
    let n = usize::from(u16_at(ttf, 4));
    for i in 0..n {
        let rec = 12 + 16 * i;
        if ttf.get(rec..rec + 4) == Some(&tag[..]) {
            let off = u32_at(ttf, rec + 8) as usize;
            let len = u32_at(ttf, rec + 12) as usize;
            return ttf.get(off..off.saturating_add(len)).unwrap_or(&[]);
        }
    }
    &[]
}

/// The Windows Unicode BMP (3, 1) format 4 subtable of font `ttf`.
fn cmap4_in(ttf: &[u8]) -> &[u8] {
    let cmap = table_in(ttf, b"cmap");
    let n = usize::from(u16_at(cmap, 2));
    for i in 0..n {
        let rec = 4 + 8 * i;
        if u16_at(cmap, rec) == 3 && u16_at(cmap, rec + 2) == 1 {
            let off = u32_at(cmap, rec + 4) as usize;
            if u16_at(cmap, off) == 4 {
                return cmap.get(off..).unwrap_or(&[]);
            }
        }
    }
    &[]
}

impl Font {
    /// The font file.
    pub fn ttf(&self) -> &'static [u8] {
        (self.bytes)()
    }

    /// The bytes of table `tag`, or an empty slice.
    fn table(&self, tag: &[u8; 4]) -> &'static [u8] {
        table_in(self.ttf(), tag)
    }

    /// The Windows Unicode BMP (3, 1) format 4 subtable.
    fn cmap4(&self) -> &'static [u8] {
        cmap4_in(self.ttf())
    }

    /// The glyph for `c`, or `None` when the font cannot draw it.
    pub fn glyph(&self, c: char) -> Option<u16> {
        let c = u32::from(c);
        if c > 0xFFFF {
            return None;
        }
        let c = c as u16;
        let t = self.cmap4();
        let seg_x2 = usize::from(u16_at(t, 6));
        let ends = 14;
        let starts = ends + seg_x2 + 2;
        let deltas = starts + seg_x2;
        let ranges = deltas + seg_x2;
        for i in (0..seg_x2).step_by(2) {
            let end = u16_at(t, ends + i);
            if c > end {
                continue;
            }
            let start = u16_at(t, starts + i);
            if c < start {
                return None;
            }
            let delta = u16_at(t, deltas + i);
            let ro = usize::from(u16_at(t, ranges + i));
            let g = if ro == 0 {
                c.wrapping_add(delta)
            } else {
                let at = ranges + i + ro + 2 * usize::from(c - start);
                match u16_at(t, at) {
                    0 => 0,
                    g => g.wrapping_add(delta),
                }
            };
            return (g != 0).then_some(g);
        }
        None
    }

    /// Font design units per em.
    pub fn units_per_em(&self) -> u16 {
        match u16_at(self.table(b"head"), 18) {
            0 => 1000,
            u => u,
        }
    }

    /// Advance width of glyph `g` in font units.
    pub fn advance(&self, g: u16) -> u16 {
        let n = u16_at(self.table(b"hhea"), 34).max(1);
        let hmtx = self.table(b"hmtx");
        u16_at(hmtx, 4 * usize::from(g.min(n - 1)))
    }
}

/// Metrics for the PDF font descriptor, in 1/1000 em.
pub struct Metrics {
    pub bbox: [f32; 4],
    pub ascent: f32,
    pub descent: f32,
    pub cap_height: f32,
    pub italic_angle: f32,
}

impl Font {
    pub fn metrics(&self) -> Metrics {
        let k = 1000.0 / f32::from(self.units_per_em());
        let head = self.table(b"head");
        let hhea = self.table(b"hhea");
        let os2 = self.table(b"OS/2");
        let post = self.table(b"post");
        let s = |v: i16| f32::from(v) * k;
        let cap = if u16_at(os2, 0) >= 2 {
            i16_at(os2, 88)
        } else {
            i16_at(hhea, 4)
        };
        Metrics {
            bbox: [
                s(i16_at(head, 36)),
                s(i16_at(head, 38)),
                s(i16_at(head, 40)),
                s(i16_at(head, 42)),
            ],
            ascent: s(i16_at(hhea, 4)),
            descent: s(i16_at(hhea, 6)),
            cap_height: s(cap),
            italic_angle: (u32_at(post, 4) as i32) as f32 / 65536.0,
        }
    }
}

/// The glyph of `c` in the Latin font, or `None` when it cannot draw it.
pub fn glyph(c: char) -> Option<u16> {
    LATIN.glyph(c)
}

/// Whether the PDF can draw `c` in a value (spaces and every printable character of the Latin
/// font; the Chinese subset has only the labels' characters).
pub fn covers(c: char) -> bool {
    glyph(c).is_some()
}

/// The Latin font's design units per em.
pub fn units_per_em() -> u16 {
    LATIN.units_per_em()
}

/// Advance width of glyph `g` of the Latin font in its units.
pub fn advance(g: u16) -> u16 {
    LATIN.advance(g)
}

/// The Latin font's metrics.
pub fn metrics() -> Metrics {
    LATIN.metrics()
}

/// The font that draws `c` and its glyph: the Latin font, else the Chinese one, else the Latin
/// font's replacement glyph 0.
pub fn pick(c: char) -> (&'static Font, u16) {
    match LATIN.glyph(c) {
        Some(g) => (&LATIN, g),
        None => match CJK.glyph(c) {
            Some(g) => (&CJK, g),
            None => (&LATIN, 0),
        },
    }
}

/// Width of `s` at `size` points, in points, each character in the font that draws it.
pub fn width(s: &str, size: f32) -> f32 {
    // Advances summed per font in its units, then scaled (the same arithmetic for Latin text
    // as when there was one font).
    let (mut latin, mut cjk) = (0.0f32, 0.0f32);
    for c in s.chars() {
        let (f, g) = pick(c);
        if std::ptr::eq(f, &CJK) {
            cjk += f32::from(f.advance(g));
        } else {
            latin += f32::from(f.advance(g));
        }
    }
    let w = latin * size / f32::from(LATIN.units_per_em());
    if cjk == 0.0 {
        w
    } else {
        w + cjk * size / f32::from(CJK.units_per_em())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_latin_cyrillic_kazakh_not_cjk() {
        for c in "AZaz09 .,;:!?()-/№«»–—…éüßçñøÅÆЁёЖжЯяӘәҒғҚқҢңӨөҰұҮүҺһІі".chars()
        {
            assert!(covers(c), "{c:?} U+{:04X}", c as u32);
        }
        // Latin-1 Supplement, all of Latin Extended-A, and the Azerbaijani schwa.
        for c in ('\u{A0}'..='\u{17F}').chain(['Ə', 'ə']) {
            assert!(covers(c), "{c:?} U+{:04X}", c as u32);
        }
        for c in "中文日本語한글\u{1F600}\u{0}\u{7}عא\u{301}\u{180}ǖ".chars() {
            assert!(!covers(c), "{c:?}");
        }
        // Rescaled from 1000 (tools/subset_font.py, scripts/ttf-upm.mjs).
        assert_eq!(units_per_em(), 256);
        assert!(width("Ww", 10.0) > width("ii", 10.0));
        let m = metrics();
        assert!(m.ascent > 500.0 && m.descent < 0.0 && m.cap_height > 500.0);
    }
}
