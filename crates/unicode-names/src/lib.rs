//! Character names for `\N{...}` escapes, standing in for the crates.io `unicode_names2`
//! that ruff's parser calls (`character`). That crate's tables (about 0.8 MB) sit in the
//! data segment, so every Web Worker of a run would copy them into its memory; here the
//! table is read only when a program first uses `\N{...}`: natively from the text built
//! into the binary, in the browser through a loader the worker installs (it fetches the
//! app's copy of the same text). The names, and the aliases it takes, are CPython 3.11's
//! (`scripts/gen-unicode-names`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Where the table's text comes from when it is not built in.
static LOADER: OnceLock<fn() -> Option<String>> = OnceLock::new();
static TABLE: OnceLock<Table> = OnceLock::new();

/// Installs how to fetch the table (the text of `unicode-names.txt`) on first use.
pub fn set_loader(load: fn() -> Option<String>) {
    let _ = LOADER.set(load);
}

/// The character named `name` (case does not matter, as in CPython), if there is one.
pub fn character(name: &str) -> Option<char> {
    TABLE
        .get_or_init(load)
        .character(&name.to_ascii_uppercase())
}

#[cfg(not(target_arch = "wasm32"))]
fn load() -> Table {
    Table::parse(include_str!("../unicode-names.txt"))
}

#[cfg(target_arch = "wasm32")]
fn load() -> Table {
    let text = LOADER.get().and_then(|load| load()).unwrap_or_default();
    Table::parse(&text)
}

#[derive(Default)]
struct Table {
    names: HashMap<String, char>,
    /// Names `PREFIX-HEX` that spell their code point: (prefix, first, last).
    ranges: Vec<(String, u32, u32)>,
}

/// Hangul syllables are named from their jamo (The Unicode Standard, 3.12).
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_FIRST: u32 = 0xAC00;

impl Table {
    fn parse(text: &str) -> Table {
        let mut table = Table::default();
        let hex = |s: &str| u32::from_str_radix(s, 16).ok();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split(';');
            match (fields.next(), fields.next(), fields.next()) {
                (Some(range), Some(first), Some(last)) if range.starts_with('=') => {
                    if let (Some(first), Some(last)) = (hex(first), hex(last)) {
                        table.ranges.push((range[1..].to_string(), first, last));
                    }
                }
                (Some(name), Some(cp), None) => {
                    if let Some(c) = hex(cp).and_then(char::from_u32) {
                        table.names.insert(name.to_string(), c);
                    }
                }
                _ => {}
            }
        }
        table
    }

    fn character(&self, name: &str) -> Option<char> {
        if let Some(c) = self.names.get(name) {
            return Some(*c);
        }
        if let Some(syllable) = name.strip_prefix("HANGUL SYLLABLE ") {
            return hangul(syllable);
        }
        let (prefix, tail) = name.rsplit_once('-')?;
        if tail.len() < 4 || !tail.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let cp = u32::from_str_radix(tail, 16).ok()?;
        self.ranges
            .iter()
            .any(|(p, first, last)| p == prefix && (*first..=*last).contains(&cp))
            .then(|| char::from_u32(cp))?
    }
}

fn hangul(syllable: &str) -> Option<char> {
    for (l, lead) in JAMO_L.iter().enumerate() {
        let Some(rest) = syllable.strip_prefix(lead) else {
            continue;
        };
        for (v, vowel) in JAMO_V.iter().enumerate() {
            let Some(rest) = rest.strip_prefix(vowel) else {
                continue;
            };
            if let Some(t) = JAMO_T.iter().position(|tail| *tail == rest) {
                let cp = HANGUL_FIRST + ((l * 21 + v) * 28 + t) as u32;
                return char::from_u32(cp);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_ranges_and_syllables() {
        assert_eq!(character("BULLET"), Some('\u{2022}'));
        assert_eq!(character("latin small letter a"), Some('a'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{4E00}'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E0"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-0041"), None);
        assert_eq!(character("HANGUL SYLLABLE GA"), Some('\u{AC00}'));
        assert_eq!(character("HANGUL SYLLABLE GAG"), Some('\u{AC01}'));
        assert_eq!(character("HANGUL SYLLABLE HIH"), Some('\u{D7A3}'));
        assert_eq!(character("HANGUL SYLLABLE A"), Some('\u{C544}'));
        assert_eq!(character("NO SUCH CHARACTER"), None);
        assert_eq!(character("nbsp"), Some('\u{A0}'));
        assert_eq!(character("LATIN CAPITAL LETTER GHA"), Some('\u{1A2}'));
    }
}
