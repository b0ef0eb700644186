//! Legal and factual sources: every rule row and every calendar row carries at least one.

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

/// One source of a rule or a calendar fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The act or page, e.g. "Code of Administrative Offences of the Republic of Kazakhstan".
    pub title: &'static str,
    /// The article, paragraph or part, e.g. "Art. 518(1)"; empty when the source is a whole page.
    pub article: &'static str,
    /// Where it can be read.
    pub url: &'static str,
    pub confidence: Confidence,
}

impl Source {
    /// The language the title is written in, for its element's `lang` (WCAG 3.1.2: a source
    /// title is a citation, shown as written, whatever the page's language): from its letters,
    /// Kazakh-only Cyrillic letters → `kk`, other Cyrillic → `ru`, Han → `zh`, else `en`.
    pub fn lang(&self) -> &'static str {
        title_lang(self.title)
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

/// As a JS object: `{ title, article, url, confidence, lang }`.
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Source", 5)?;
        st.serialize_field("title", self.title)?;
        st.serialize_field("article", self.article)?;
        st.serialize_field("url", self.url)?;
        st.serialize_field("confidence", &self.confidence)?;
        st.serialize_field("lang", self.lang())?;
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
