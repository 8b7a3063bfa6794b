//! ANSI SGR escapes (`\x1b[1;31m…\x1b[0m`, as the course's traffic light prints) turned
//! into styled runs of text for the console. Other escapes are dropped.

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Styled {
    pub text: String,
    pub bold: bool,
    /// A CSS color for the foreground, if set.
    pub fg: Option<&'static str>,
    pub bg: Option<&'static str>,
}

const COLORS: [&str; 8] = [
    "#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
];
const BRIGHT: [&str; 8] = [
    "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff",
];

/// Splits `text` into styled runs, starting from `style` (a console line may continue one).
pub fn parse(text: &str) -> Vec<Styled> {
    let mut out = Vec::new();
    let mut cur = Styled::default();
    let mut chars = text.char_indices().peekable();
    let mut start = 0;
    while let Some((i, c)) = chars.next() {
        if c != '\x1b' {
            continue;
        }
        if i > start {
            cur.text = text[start..i].to_string();
            out.push(cur.clone());
        }
        // ESC [ params final
        let mut params = String::new();
        let mut end = i + 1;
        let mut fin = None;
        if let Some((_, '[')) = chars.peek().copied() {
            chars.next();
            for (j, d) in chars.by_ref() {
                end = j + d.len_utf8();
                if d.is_ascii_digit() || d == ';' {
                    params.push(d);
                } else {
                    fin = Some(d);
                    break;
                }
            }
        }
        start = end;
        if fin == Some('m') {
            apply(&mut cur, &params);
        }
    }
    if start < text.len() {
        cur.text = text[start..].to_string();
        out.push(cur);
    }
    out
}

fn apply(style: &mut Styled, params: &str) {
    let codes: Vec<u32> = if params.is_empty() {
        vec![0]
    } else {
        params.split(';').map(|p| p.parse().unwrap_or(0)).collect()
    };
    for code in codes {
        match code {
            0 => *style = Styled::default(),
            1 => style.bold = true,
            22 => style.bold = false,
            30..=37 => style.fg = Some(COLORS[(code - 30) as usize]),
            39 => style.fg = None,
            40..=47 => style.bg = Some(COLORS[(code - 40) as usize]),
            49 => style.bg = None,
            90..=97 => style.fg = Some(BRIGHT[(code - 90) as usize]),
            100..=107 => style.bg = Some(BRIGHT[(code - 100) as usize]),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_traffic_lights_colors_become_runs() {
        let runs = parse("\x1b[1;31m红灯亮\x1b[0m\n");
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].text, "红灯亮");
        assert!(runs[0].bold);
        assert_eq!(runs[0].fg, Some("#cd3131"));
        assert_eq!(
            runs[1],
            Styled {
                text: "\n".into(),
                ..Default::default()
            }
        );
    }

    #[test]
    fn plain_text_and_unknown_escapes_pass() {
        assert_eq!(parse("abc")[0].text, "abc");
        let runs = parse("a\x1b[2Kb");
        assert_eq!(
            runs.iter().map(|r| r.text.as_str()).collect::<String>(),
            "ab"
        );
    }
}
