//! A form as data. A country's official form (`src/countries/<code>/form.rs`) is a [`FormSpec`]:
//! its own language, title, pages of blocks of rows of fields, each field with its official label
//! (part of the form, printed as the form has it) and the catalog ID of that label's rendering in
//! the user's language, printed underneath. One HTML renderer ([`super::render_html`]) and one
//! PDF renderer ([`super::render_pdf`]) draw any spec; this module names no country.

/// A text printed on the form: as the official form has it, in the form's language, and the
/// catalog message ID of its rendering in the user's language (`kz-form-surname`). Placeholders
/// are written as Fluent's `{ $n }` in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub official: &'static str,
    pub id: &'static str,
}

/// `Text { official, id }`, shorter.
pub const fn t(official: &'static str, id: &'static str) -> Text {
    Text { official, id }
}

/// A tick box of a choice: ticked when the field's value is one of `when`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    pub when: &'static [&'static str],
    pub label: Text,
}

/// What a field holds and how its value is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text, printed as given (or as `map` renders it).
    Text,
    /// A date, printed `DD.MM.YYYY`.
    Date,
    /// A country code, printed "DE — Germany" (or as `map` renders it: `stateless`).
    Country,
    /// Tick boxes, the one whose `when` holds the value ticked (none when it is unknown).
    Choice(&'static [Opt]),
    /// One tick box, ticked when the value is `yes` or `true`.
    Check,
}

/// A field: which value fills it, its label, and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The value that fills it: a details name (`surname`, `children[].name` in a group),
    /// `scenario.entryDate`, `scenario.exitDate`, `scenario.citizenship`, `scenario.visa`,
    /// `scenario.accommodation`, `scenario.passport`, `facts.dueDate`,
    /// `facts.stayUntil` (the last lawful day when the assessment knows it, else the planned
    /// exit), `facts.rulesCheckedOn`; empty for a box always filled by hand (a signature).
    pub key: &'static str,
    pub label: Text,
    /// Share of the row's width, in percent (the widths of a row add up to 100).
    pub width: u8,
    /// Lines of text the box is sized for (1 to 6; 2 for an address, more for a stamp); with
    /// `boxes`, rows of boxes, the value going on from one row to the next (a row ends between
    /// words when the rest still fits the rows after it).
    pub lines: u8,
    /// One box per character, as on forms filled in block capitals; `0` for a plain box. A
    /// longer value continues, whole, on the continuation sheet.
    pub boxes: u8,
    pub kind: Kind,
    /// Values printed otherwise, in the form's language: `("tourist", <the form's word>)`.
    pub map: &'static [(&'static str, &'static str)],
    /// The label beside the box instead of above it, as official forms filled in block
    /// capitals print it: at least this share of the field's width, in percent (one of
    /// [`SIDES`]); a field with `boxes` gives the label what its boxes leave (boxes are at most
    /// a fixed pitch wide and sit at the right). `0`: the label above.
    pub side: u8,
    /// Filled only when the scenario's accommodation is one of these (an individual's home
    /// address, an organisation's address); empty: always.
    pub when: &'static [&'static str],
}

/// The label widths a field beside its label may take, in percent of the field (each has a
/// `tf-sN` class in the CSS).
pub const SIDES: [u8; 4] = [15, 25, 35, 50];

impl Field {
    /// A one-line text field.
    pub const fn new(key: &'static str, label: Text, width: u8) -> Field {
        Field {
            key,
            label,
            width,
            lines: 1,
            boxes: 0,
            kind: Kind::Text,
            map: &[],
            side: 0,
            when: &[],
        }
    }

    pub const fn date(key: &'static str, label: Text, width: u8) -> Field {
        Field {
            kind: Kind::Date,
            ..Field::new(key, label, width)
        }
    }

    pub const fn choice(key: &'static str, label: Text, width: u8, opts: &'static [Opt]) -> Field {
        Field {
            kind: Kind::Choice(opts),
            ..Field::new(key, label, width)
        }
    }

    /// A row of `n` character boxes.
    pub const fn boxed(key: &'static str, label: Text, width: u8, n: u8) -> Field {
        Field {
            boxes: n,
            ..Field::new(key, label, width)
        }
    }

    /// The same field with its label beside it, taking at least `side` percent (see
    /// [`Field::side`]).
    pub const fn beside(self, side: u8) -> Field {
        Field { side, ..self }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub fields: &'static [Field],
}

/// A repeated group (accompanying children): the block's rows are drawn once per item of the
/// details list `key`, at least `min` times (empty rows to fill by hand), labels on the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub key: &'static str,
    pub min: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub title: Option<Text>,
    pub rows: &'static [Row],
    pub group: Option<Group>,
    /// A tear-off part: the block starts after a cut line with this caption.
    pub cut: Option<Text>,
    /// A paragraph under the title, before the rows (what the block is, a list of attachments).
    pub note: Option<Text>,
}

impl Block {
    pub const fn new(title: Option<Text>, rows: &'static [Row]) -> Block {
        Block {
            title,
            rows,
            group: None,
            cut: None,
            note: None,
        }
    }
}

/// One side of a sheet of the official form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub blocks: &'static [Block],
}

/// A check of a details value beyond its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Exactly `n` digits once the characters in `ignore` are removed; the value kept is the
    /// digits (a `tax-id-12-digits` check is `Digits { n: 12, ignore: " -" }`).
    Digits { n: u8, ignore: &'static str },
}

/// The validation of one details value, as data: its longest length in characters (after NFC),
/// whether it is a name (its message then says to write it as in the passport), and a rule
/// with its message template (`{field}` is filled in; the template is translated like the
/// engine's messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Input {
    pub key: &'static str,
    pub max: u16,
    pub name: bool,
    pub rule: Option<(&'static str, Rule, &'static str)>,
}

impl Input {
    pub const fn new(key: &'static str, max: u16) -> Input {
        Input {
            key,
            max,
            name: false,
            rule: None,
        }
    }
    pub const fn name(key: &'static str, max: u16) -> Input {
        Input {
            name: true,
            ..Input::new(key, max)
        }
    }
}

/// The texts the renderers add around the fields, in the form's language with their IDs:
/// the continuation sheet's title, what it holds and the pointer to it, "sheet n of m", the
/// person it belongs to, an item of a group ("child 2"), and the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chrome {
    pub sheet: Text,
    pub cont_title: Text,
    pub cont_sub: Text,
    pub cont_note: Text,
    pub person: Text,
    pub item: Text,
    pub footer: Text,
    pub not_advice: Text,
}

/// An earlier edition of a form, whose version line is printed for an entry before `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edition {
    /// The first entry date (ISO `YYYY-MM-DD`) it no longer applies to.
    pub until: &'static str,
    pub version: Text,
}

/// A country's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormSpec {
    pub id: &'static str,
    /// ISO 3166-1 alpha-2 of the destination whose form it is.
    pub country: &'static str,
    /// The official form's language (BCP 47): its labels are printed in it.
    pub lang: &'static str,
    pub title: Text,
    pub subtitle: Option<Text>,
    /// A framed notice under the title (that the layout is not the official one).
    pub notice: Option<Text>,
    /// The form's version and date as printed on it (an annex number and edition, `16.11.2022`).
    pub version: Option<Text>,
    pub date: Option<&'static str>,
    /// Earlier editions' version lines, by date, earliest first: for an entry before an
    /// edition's `until`, the first such edition's line is printed instead of `version` (and
    /// `date` is left out).
    pub editions: &'static [Edition],
    /// Values in character boxes are printed in capital letters, as forms filled in block
    /// capitals ask (a letter whose capital the font lacks, or that is two letters, stays).
    pub capitals: bool,
    pub pages: &'static [Page],
    /// Details keys whose values name the person on a continuation sheet, in order.
    pub person_keys: &'static [&'static str],
    pub chrome: Chrome,
    pub inputs: &'static [Input],
    /// The renderings of the labels in each user language, for a form outside the catalogs (a
    /// test's): Fluent files (`lang`, text). Empty for a country's form, whose renderings are in
    /// its catalogs (`src/countries/<code>/locales/<lang>/form.ftl`, in every build that has the
    /// form: build.rs puts them beside the errors).
    pub catalogs: &'static [(&'static str, &'static str)],
}

impl FormSpec {
    /// The validation of details value `key` (`surname`, `children[].name`), if the form has one.
    pub fn input(&self, key: &str) -> Option<&'static Input> {
        self.inputs.iter().find(|i| i.key == key)
    }

    /// The catalog ID of the label of the field that details value `key` (`surname`,
    /// `children[].birthDate`) fills, if the form has one: errors name the detail by it.
    pub fn label(&self, key: &str) -> Option<&'static str> {
        self.pages
            .iter()
            .flat_map(|p| p.blocks)
            .flat_map(|b| b.rows)
            .flat_map(|r| r.fields)
            .find(|f| !key.is_empty() && f.key == key)
            .map(|f| f.label.id)
    }
}

impl FormSpec {
    /// The details' text values the form checks and prints (its `inputs` outside a group, in
    /// order): `surname`, `hostPhone`, ….
    pub fn text_keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.inputs
            .iter()
            .map(|i| i.key)
            .filter(|k| !k.contains("[]."))
    }

    /// Every message ID the form uses: its labels' renderings in the user's language (title,
    /// texts around the fields, block titles, cut lines, notes, fields, choices), for the
    /// catalogs' tests.
    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut v = vec![self.title.id];
        v.extend(
            self.subtitle
                .iter()
                .chain(&self.notice)
                .chain(&self.version)
                .map(|t| t.id),
        );
        v.extend(self.editions.iter().map(|e| e.version.id));
        let c = &self.chrome;
        v.extend(
            [
                &c.sheet,
                &c.cont_title,
                &c.cont_sub,
                &c.cont_note,
                &c.person,
                &c.item,
                &c.footer,
                &c.not_advice,
            ]
            .map(|t| t.id),
        );
        for b in self.pages.iter().flat_map(|p| p.blocks) {
            v.extend(b.title.iter().chain(&b.cut).chain(&b.note).map(|t| t.id));
            for f in b.rows.iter().flat_map(|r| r.fields) {
                v.push(f.label.id);
                if let Kind::Choice(opts) = f.kind {
                    v.extend(opts.iter().map(|o| o.label.id));
                }
            }
        }
        v
    }
}
