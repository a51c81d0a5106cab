//! Word lists the rules need. They ship with the crate (see `data/`).

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A fast non-cryptographic hasher (FxHash) for the word lists: keys are short words looked
/// up per token, and none of the lists is built from input.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

fn words(src: &'static str) -> HashSet<&'static str> {
    src.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Chinese surnames in pinyin, as written in English text (`Wang`, `Ouyang`).
pub static SURNAMES_PINYIN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/surnames.txt")));

/// Lower-case English title words (`governor`, `chairman`, `ceo`).
pub static TITLE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/titles_en.txt")));

/// Lower-case last words of organisation names (`group`, `bank`, `government`).
pub static ORG_SUFFIXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/org_suffixes_en.txt")));

/// City names (English and Chinese) -> canonical form as written in that language.
pub static CITIES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for line in include_str!("../data/cities.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut it = line.splitn(2, '|');
        let en = it.next().unwrap_or("").trim();
        let zh = it.next().unwrap_or("").trim();
        if !en.is_empty() {
            m.insert(en, en);
        }
        if !zh.is_empty() {
            m.insert(zh, zh);
        }
    }
    m
});

/// Single-character Chinese surnames (and the common two-character ones).
pub const SURNAMES_ZH: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖萧田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢金傅钟崔谭范石廖邹熊邱秦贾薛严段雷侯龙邵孟郝孔白毛万顾赖康钱牛洪温尹齐常欧陶倪柴莫庞耿詹岳戴向包储纪艾毕卞薄仓岑池党邸刁窦方费甘龚关华霍简靖鞠寇匡兰蓝连廉凌娄满苗闵穆聂宁裴蒲瞿全饶荣阮桑沙单尚佘舒司邰童涂卫武夏冼辛邢易殷应尤臧查翟甄庄卓左葛吕冷梅盛麻车祝符乔柳樊邬滕花伍鲁申焦颜景路路房宫时骆阎季蔺鲍韦俞许姜陆汪付江闫史黎贺覃汤";

/// Month names, capitalised as in running text.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names from Monday, capitalised as in running text.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Month and weekday names: capitalised words that are neither names nor places.
pub fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

/// Words that end a capitalised run of English name tokens or disqualify it as a name.
pub static NOT_NAME: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "The",
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "With",
        "By",
        "To",
        "From",
        "China",
        "Chinese",
        "Provincial",
        "Province",
        "Municipal",
        "City",
        "Party",
        "Committee",
        "People",
        "People's",
        "Republic",
        "Government",
        "State",
        "National",
        "Council",
        "Group",
        "Company",
        "Bank",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Five",
        "Year",
        "Plan",
        "Belt",
        "Road",
        "Internet",
        "He",
        "She",
        "It",
        "They",
        "This",
        "That",
        "Under",
        "According",
        "During",
        "After",
        "Before",
        "Xinhua",
        "Memorandum",
        "Agreement",
        "Understanding",
        "Framework",
        "Strategic",
        "Cooperation",
        "MoU",
        "MOU",
        "Limited",
        "Ltd",
        "Co",
        "Corporation",
        "Inc",
        "University",
        "Ministry",
        "Department",
        "Secretary",
        "General",
        "Manager",
        "Deputy",
        "Vice",
        "Director",
        "Chairman",
        "President",
        "Governor",
        "Mayor",
        "Minister",
        "Both",
        "Two",
        "Meanwhile",
        "Also",
        "However",
        "Telecom",
        "Mobile",
        "Unicom",
        "Power",
        "Energy",
        "Development",
        "Investment",
        "New",
        "Zone",
        "Area",
        "Region",
        "Autonomous",
        "County",
        "District",
        "Prefecture",
        "Minister's",
        "Chief",
        "Executive",
        "Officer",
        "Board",
        "Standing",
    ]
    .into_iter()
    .chain(MONTHS.iter().copied())
    .chain(WEEKDAYS.iter().copied())
    .collect()
});
