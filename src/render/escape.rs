//! Escaping and cutting text that came from AWS, a container or a log before it goes into a
//! message: Slack mrkdwn (`&`, `<`, `>`), Slack `plain_text`, SNS attributes. Every renderer
//! uses these, so a reason containing `<!channel>` shows as text and cannot ping anyone.

/// Escapes text for Slack mrkdwn: the three characters Slack's formatting uses.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text for `plain_text` objects (no mrkdwn, no entity decoding): angle brackets become look-alike
/// quotes so that nothing resembles a Slack control sequence, control characters become spaces.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => '‹',
            '>' => '›',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Cuts to at most `max` characters, with an ellipsis when cut, never inside an HTML entity
/// (`&lt;` cut to `&l` would show as text, or worse, pair with what follows).
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    if let Some(amp) = out.rfind('&') {
        let tail = &out[amp + 1..];
        if tail.len() <= 6
            && !tail.contains(';')
            && tail.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
        {
            out.truncate(amp);
        }
    }
    out.push('…');
    out
}

/// Escapes for Slack mrkdwn and cuts to at most `max` characters of *escaped* text: the cut
/// happens before escaping, one whole character (and its entity) at a time, so no entity is
/// ever split and the result always fits.
pub fn escape_cut(text: &str, max: usize) -> String {
    /// How long a character is once escaped (as [`escape`] writes it).
    fn escaped_len(c: char) -> usize {
        match c {
            '&' => 5,
            '<' | '>' => 4,
            _ => 1,
        }
    }
    if text.chars().map(escaped_len).sum::<usize>() <= max {
        return escape(text);
    }
    // One pass, no allocation per character: the longest prefix whose escaped form fits with
    // the ellipsis.
    let mut len = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let n = escaped_len(c);
        if len + n > max.saturating_sub(1) {
            break;
        }
        len += n;
        end = at + c.len_utf8();
    }
    let mut out = escape(&text[..end]);
    out.push('…');
    out
}

/// Code inside a code span: no backticks (they would end the span), escaped.
pub(crate) fn code(text: &str) -> String {
    escape(&text.replace('`', "'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_defuses_mentions_and_links() {
        assert_eq!(
            escape("<!channel> & <https://evil|click>"),
            "&lt;!channel&gt; &amp; &lt;https://evil|click&gt;"
        );
        assert_eq!(escape("a\u{7}b\nc"), "a b\nc");
        assert_eq!(code("rm `x`"), "rm 'x'");
    }

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("ééé", 2), "é…");
        assert_eq!(truncate("abc", 3), "abc");
    }
}
