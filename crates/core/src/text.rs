//! Bilingual names. Pactum's users read Chinese and English; records often exist in only one.

use serde::{Deserialize, Serialize};

/// The two interface languages.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// A name or short text in English and/or Chinese; at least one must be present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default, utoipa::ToSchema)]
pub struct Name {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
}

impl Name {
    pub fn en(en: impl Into<String>) -> Self {
        Name {
            en: Some(en.into()),
            zh: None,
        }
    }

    pub fn both(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Name {
            en: Some(en.into()),
            zh: Some(zh.into()),
        }
    }

    /// Trims both sides and drops empty ones, so "  " never counts as a name.
    pub fn normalized(self) -> Self {
        let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        Name {
            en: clean(self.en),
            zh: clean(self.zh),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.en.as_deref().is_none_or(|s| s.trim().is_empty())
            && self.zh.as_deref().is_none_or(|s| s.trim().is_empty())
    }

    /// The text in `lang`, falling back to the other language rather than showing nothing.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::En => (&self.en, &self.zh),
            Lang::Zh => (&self.zh, &self.en),
        };
        first.as_deref().or(second.as_deref()).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_other_language() {
        let n = Name {
            en: Some("Xining".into()),
            zh: None,
        };
        assert_eq!(n.get(Lang::Zh), "Xining");
        assert_eq!(Name::both("Xining", "西宁").get(Lang::Zh), "西宁");
    }

    #[test]
    fn blank_is_empty() {
        assert!(
            Name {
                en: Some("  ".into()),
                zh: None
            }
            .is_empty()
        );
        assert!(Name::default().normalized().en.is_none());
    }
}
