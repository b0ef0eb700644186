#!/usr/bin/env python3
"""Pre-subsets the PDF form's font (run by hand; the result is committed).

    apt-get install fonts-noto-core      # Debian: NotoSans-Regular.ttf, SIL OFL 1.1
    pip install fonttools==4.66.1        # PyPI: pyftsubset
    python3 tools/subset_font.py         # needs Node too, for scripts/ttf-upm.mjs

Writes assets/fonts/NotoSans-Regular-tirkeu.ttf, holding exactly the characters the form can
print, assets/fonts/OFL.txt (the font's licence, from the Debian package's copyright file), and
src/form/nfc_table.rs: how the printable letters with diacritics are composed from a base and
a combining mark, for the form's NFC (src/form/nfc.rs; a test checks the table against the
unicode-normalization crate). `src/form/font.rs` includes the TTF with `include_bytes!`;
`parse_details` refuses text with a character outside it. Keep RANGES in step with docs/form.md.
The subset is then rescaled to 256 units per em by scripts/ttf-upm.mjs (the same code that makes
the Chinese subset smaller): about 3.6 kB less gzipped in the form module, points within 1/512 em.
"""
import hashlib
import pathlib
import subprocess
import sys
import unicodedata

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = pathlib.Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
COPYRIGHT = pathlib.Path("/usr/share/doc/fonts-noto-core/copyright")
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts" / "NotoSans-Regular-tirkeu.ttf"
LICENCE = ROOT / "assets" / "fonts" / "OFL.txt"
NFC_TABLE = ROOT / "src" / "form" / "nfc_table.rs"
UPM = 256  # design units per em of the result (Noto Sans has 1000)

RANGES = [
    (0x0020, 0x007E),  # Basic Latin: letters, digits, punctuation
    (0x00A0, 0x00FF),  # Latin-1 Supplement (é, ü, ß, ñ, ø, ç, «, », °, ...)
    (0x0100, 0x017F),  # Latin Extended-A (ł, ę, ř, ğ, ş, İ, ı, ő, ...): European and Turkic names
    (0x018F, 0x018F),  # Ə, Azerbaijani schwa (capital)
    (0x0259, 0x0259),  # ə, Azerbaijani schwa (small)
    (0x0400, 0x04FF),  # Cyrillic, with the Kazakh letters ә ғ қ ң ө ұ ү һ і and capitals
    (0x2010, 0x2026),  # dashes, quotes, bullet, ellipsis
    (0x2116, 0x2116),  # numero sign №
]


def main() -> int:
    src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    opts = subset.Options()
    opts.layout_features = []  # no shaping in the PDF: plain glyph-per-character
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "gasp", "DSIG", "FFTM"]
    opts.hinting = False  # a PDF viewer does not need TrueType hinting
    opts.desubroutinize = True
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]  # keep copyright and licence records
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    font = TTFont(src, recalcTimestamp=False)  # reproducible bytes
    unicodes = [u for a, b in RANGES for u in range(a, b + 1)]
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    subprocess.run(["node", str(ROOT / "scripts" / "ttf-upm.mjs"), str(OUT), str(UPM)], check=True)

    missing = [u for u in unicodes if u not in font.getBestCmap()]
    kazakh = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
    assert all(ord(c) in font.getBestCmap() for c in kazakh), "Kazakh letters missing"
    latin = "ÜüŁłĘęŘřĞğŞşİıƏəØøÑñ"
    assert all(ord(c) in font.getBestCmap() for c in latin), "Latin letters missing"

    text = COPYRIGHT.read_text(encoding="utf-8")
    # The Debian copyright file ends with the OFL text as a "License: OFL-1.1" paragraph.
    body = text.split("\nLicense: OFL-1.1\n")[-1].split("\nLicense:")[0]
    lines = [ln[1:] if ln.startswith(" ") else ln for ln in body.splitlines()]
    lines = ["" if ln == "." else ln for ln in lines]
    LICENCE.write_text(
        "Noto Sans Regular, subset for tirkeu's PDF form (tools/subset_font.py).\n"
        "Source: Debian package fonts-noto-core, NotoSans-Regular.ttf, "
        + TTFont(src)["name"].getDebugName(5).split(";")[0]
        + ".\nCopyright 2015 Google LLC. All Rights Reserved.\n"
        "Noto is a trademark of Google LLC.\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n"
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n\n" + "\n".join(lines).strip() + "\n",
        encoding="utf-8",
    )
    write_nfc_table(set(font.getBestCmap()))
    data = OUT.read_bytes()
    print(f"{OUT.relative_to(ROOT)}: {len(data)} bytes, {font['maxp'].numGlyphs} glyphs, "
          f"sha256 {hashlib.sha256(data).hexdigest()[:16]}; not in the source font: "
          + (", ".join(f"U+{u:04X}" for u in missing) or "none"))
    return 0


def write_nfc_table(covered: set) -> None:
    """The canonical compositions whose result the font draws, and the singletons (characters
    NFC replaces by one other) that end in the font or in one of those combining marks."""
    pairs = []
    for u in sorted(covered):
        c = chr(u)
        assert unicodedata.normalize("NFC", c) == c, f"U+{u:04X} is not NFC"
        d = unicodedata.normalize("NFD", c)
        if d != c:
            assert len(d) == 2, f"U+{u:04X} decomposes into {len(d)} characters"
            pairs.append((d[0], d[1], c))
    pairs.sort()
    marks = {m for _, m, _ in pairs}
    singles = []
    for u in range(0x110000):
        if 0xD800 <= u <= 0xDFFF:
            continue
        n = unicodedata.normalize("NFC", chr(u))
        if n != chr(u) and len(n) == 1 and (ord(n) in covered or n in marks):
            singles.append((chr(u), n))
    esc = lambda c: f"'\\u{{{ord(c):04X}}}'"
    lines = [
        "// Generated by tools/subset_font.py from Python's unicodedata "
        f"(Unicode {unicodedata.unidata_version}): do not edit.",
        "",
        "/// (base, combining mark, precomposed letter) for every printable letter with a canonical",
        "/// decomposition, sorted by base and mark.",
        f"pub(super) const PAIRS: [(char, char, char); {len(pairs)}] = [",
        *[f"    ({esc(b)}, {esc(m)}, {esc(c)}), // {c}" for b, m, c in pairs],
        "];",
        "",
        "/// Characters NFC replaces by a single other one that the form can use, sorted.",
        f"pub(super) const SINGLETONS: [(char, char); {len(singles)}] = [",
        *[f"    ({esc(a)}, {esc(b)})," for a, b in singles],
        "];",
        "",
    ]
    NFC_TABLE.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
