//! Legal and factual sources: every rule row and every calendar row carries at least one.

use crate::i18n::{self, Lang};
use serde::Serialize;

/// How sure we are of a statement, after the grading used in `docs/research/conventions.md`:
/// `high` = the official text was read; `medium` = reputable secondary source or an
/// official source paraphrased; `low` = a single secondary source; `unknown` = not established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Unknown,
    Low,
    Medium,
    High,
}

/// One source of a rule or a calendar fact: its ID and how sure it is. Its words (title, article,
/// address) are catalog messages, `<id>`, `<id>-article` and `<id>-url`, in the country's
/// `src/countries/<code>/sources.ftl`: one file for every language (citations, shown as written),
/// put in each language's catalog, so a page fetches only its destination's sources with the
/// destination's words instead of every country's inside the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The message ID of its title, e.g. `kz-src-art-518`.
    pub id: &'static str,
    pub confidence: Confidence,
}

/// A source's words, from the first catalog at hand that has them (the same in every language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// The act or page, e.g. "Code of Administrative Offences of the Republic of Kazakhstan".
    pub title: String,
    /// The article, paragraph or part, e.g. "Art. 518(1)"; empty when the source is a whole page.
    pub article: String,
    /// Where it can be read.
    pub url: String,
}

impl Source {
    pub const fn new(id: &'static str, confidence: Confidence) -> Source {
        Source { id, confidence }
    }

    /// Its three message IDs: title, article, address.
    pub fn message_ids(&self) -> [String; 3] {
        [
            self.id.to_owned(),
            format!("{}-article", self.id),
            format!("{}-url", self.id),
        ]
    }

    /// Its words from the catalogs at hand (any language: a source's words are the same in
    /// each). Without a catalog that has them, each is its message ID, as a missing message is
    /// shown elsewhere.
    pub fn cited(&self) -> Cited {
        let [t, a, u] = self.message_ids();
        for lang in Lang::ALL {
            let Some(c) = i18n::catalog(lang) else {
                continue;
            };
            let Some(m) = c.get(self.id) else {
                continue;
            };
            let text = |id: &str| c.get(id).map(|m| c.format(m, &mut |_| None));
            return Cited {
                title: c.format(m, &mut |_| None),
                article: text(&a).unwrap_or(a),
                url: text(&u).unwrap_or(u),
            };
        }
        Cited {
            title: t,
            article: a,
            url: u,
        }
    }

    /// The act or page (see [`Source::cited`]).
    pub fn title(&self) -> String {
        self.cited().title
    }
    /// The article, paragraph or part; empty when the source is a whole page.
    pub fn article(&self) -> String {
        self.cited().article
    }
    /// Where it can be read.
    pub fn url(&self) -> String {
        self.cited().url
    }

    /// The language the title is written in, for its element's `lang` (WCAG 3.1.2: a source
    /// title is a citation, shown as written, whatever the page's language): from its letters,
    /// Kazakh-only Cyrillic letters → `kk`, other Cyrillic → `ru`, Han → `zh`, else `en`.
    pub fn lang(&self) -> &'static str {
        title_lang(&self.title())
    }
}

/// The language of a title, from its script (see [`Source::lang`]).
pub fn title_lang(title: &str) -> &'static str {
    let mut cyrillic = false;
    for c in title.chars() {
        match c {
            'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і' | 'Ә' | 'Ғ' | 'Қ' | 'Ң' | 'Ө'
            | 'Ұ' | 'Ү' | 'Һ' | 'І' => return "kk",
            '\u{3400}'..='\u{9fff}' => return "zh",
            '\u{0400}'..='\u{04ff}' => cyrillic = true,
            _ => {}
        }
    }
    if cyrillic {
        "ru"
    } else {
        "en"
    }
}

/// A source whose words are data in the engine, not catalog messages: the FAQ's own citations
/// (`src/countries/<code>/faq.rs`), which `countries()` gives before any catalog is loaded (the
/// page reads them from there). Serialized as a [`Source`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub title: &'static str,
    pub article: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Source", 5)?;
        st.serialize_field("title", self.title)?;
        st.serialize_field("article", self.article)?;
        st.serialize_field("url", self.url)?;
        st.serialize_field("confidence", &self.confidence)?;
        st.serialize_field("lang", title_lang(self.title))?;
        st.end()
    }
}

/// As a JS object: `{ title, article, url, confidence, lang }`, its words from the catalogs.
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let c = self.cited();
        let mut st = s.serialize_struct("Source", 5)?;
        st.serialize_field("title", &c.title)?;
        st.serialize_field("article", &c.article)?;
        st.serialize_field("url", &c.url)?;
        st.serialize_field("confidence", &self.confidence)?;
        st.serialize_field("lang", title_lang(&c.title))?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::title_lang;

    #[test]
    fn a_title_is_in_the_language_of_its_letters() {
        assert_eq!(
            title_lang("Code of Administrative Offences, Art. 518"),
            "en"
        );
        assert_eq!(
            title_lang("Кодекс об административных правонарушениях"),
            "ru"
        );
        assert_eq!(title_lang("Әкімшілік құқық бұзушылық туралы кодекс"), "kk");
        assert_eq!(title_lang("中华人民共和国外交部"), "zh");
        assert_eq!(title_lang("zakon.kz: Правила въезда"), "ru");
    }
}
