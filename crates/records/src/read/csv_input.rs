//! What stands between a CSV file as spreadsheets write it and the csv parser: the separator
//! read from the header line, the text decoded as UTF-8 or, when it is not, as Windows-1252,
//! and the line where each byte of the text lies.

use std::collections::VecDeque;
use std::io::Read;

/// The bytes of the header line looked at to choose the separator.
const SNIFF_BYTES: usize = 64 * 1024;

/// The separator of a CSV file from its first line: the one of `,`, `;` and tab that occurs
/// most often outside quotes, a comma on a tie or when none occurs. Dutch Excel writes `;`.
pub(crate) fn sniff_delimiter(head: &[u8]) -> u8 {
    let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = [b',', b';', b'\t']
        .into_iter()
        .zip(counts)
        .fold(
            (b',', 0),
            |best, (d, n)| if n > best.1 { (d, n) } else { best },
        );
    best.0
}

/// Reads the first line (up to [`SNIFF_BYTES`]) of `input` and gives it back with the reader
/// that continues after it, so that the separator can be chosen before parsing.
pub(super) fn peek_head(
    mut input: Box<dyn Read + Send>,
) -> std::io::Result<(Vec<u8>, Box<dyn Read + Send>)> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 4096];
    while head.len() < SNIFF_BYTES && !head.contains(&b'\n') {
        match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let rest: Box<dyn Read + Send> = Box::new(std::io::Cursor::new(head.clone()).chain(input));
    Ok((head, rest))
}

/// Passes UTF-8 through; from the first byte sequence that is not UTF-8 on, decodes the rest as
/// Windows-1252 (which Excel's "CSV" without "UTF-8" writes on Dutch Windows), so that no row is
/// lost, and remembers the line where that happened for a warning.
pub(super) struct Decode<R> {
    inner: R,
    /// Bytes read but not yet given out: an incomplete UTF-8 sequence, or decoded text that did
    /// not fit the caller's buffer.
    pending: Vec<u8>,
    out: VecDeque<u8>,
    windows_1252: bool,
    /// Newlines given out so far, for the line of the switch.
    newlines: u32,
    /// Bytes given out so far.
    given: u64,
    /// The line (1-based) where decoding switched to Windows-1252, and the offset in the
    /// decoded text from which on it is.
    pub(super) switched_at: Option<(u32, u64)>,
    eof: bool,
}

impl<R: Read> Decode<R> {
    pub(super) fn new(inner: R) -> Self {
        Decode {
            inner,
            pending: Vec::new(),
            out: VecDeque::new(),
            windows_1252: false,
            newlines: 0,
            given: 0,
            switched_at: None,
            eof: false,
        }
    }

    /// Moves the pending bytes to `out`, as far as they can be decoded now.
    fn decode(&mut self) {
        if self.windows_1252 {
            for &b in &self.pending {
                push_char(&mut self.out, windows_1252(b));
            }
            self.pending.clear();
            return;
        }
        match std::str::from_utf8(&self.pending) {
            Ok(_) => {
                self.out.extend(self.pending.drain(..));
            }
            // An incomplete sequence at the end: wait for the rest (or the end of the input).
            Err(e) if e.error_len().is_none() && !self.eof => {
                let valid = e.valid_up_to();
                self.out.extend(self.pending.drain(..valid));
            }
            Err(e) => {
                let valid = e.valid_up_to();
                self.out.extend(self.pending.drain(..valid));
                let before = self.out.iter().filter(|&&b| b == b'\n').count() as u32;
                let offset = self.given + self.out.len() as u64;
                self.switched_at = Some((self.newlines + before + 1, offset));
                self.windows_1252 = true;
                self.decode();
            }
        }
    }
}

/// A cell's bytes as text: UTF-8 when they are, otherwise Windows-1252 (as the reader decodes a
/// file that is not UTF-8).
pub(crate) fn decode_lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => std::borrow::Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn push_char(out: &mut VecDeque<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend(c.encode_utf8(&mut buf).as_bytes());
}

/// A byte of Windows-1252 as a character (the WHATWG table: 0x80 to 0x9F hold the euro sign,
/// curly quotes and dashes; the five unassigned bytes become the C1 controls they number).
fn windows_1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.out.is_empty() && !(self.eof && self.pending.is_empty()) {
            let mut chunk = [0u8; 16 * 1024];
            let n = match self.inner.read(&mut chunk) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if n == 0 {
                self.eof = true;
            }
            self.pending.extend_from_slice(&chunk[..n]);
            self.decode();
        }
        let n = buf.len().min(self.out.len());
        for (slot, b) in buf.iter_mut().zip(self.out.drain(..n)) {
            *slot = b;
            self.newlines += u32::from(b == b'\n');
        }
        self.given += n as u64;
        Ok(n)
    }
}

/// Remembers where the line ends (`\r` and `\n`) of the text it passes on are, so that a byte
/// offset (which the csv parser gives for each row) becomes a line number. The parser's own line
/// count is wrong after `\r\n` line ends and blank lines, and its offset for a row is where it
/// started looking, before the line ends and blank lines that precede the row; this one skips
/// those and counts `\n` bytes, which is exact for LF and CRLF alike. Rows are asked for in
/// order, so the offsets behind the last row asked for are dropped: memory stays at one
/// buffer's worth.
pub(super) struct Lines<R> {
    pub(super) inner: R,
    offset: u64,
    /// The offsets of `\r` and `\n` bytes not yet passed, and whether each is a `\n`.
    ends: VecDeque<(u64, bool)>,
    passed: u32,
}

impl<R: Read> Lines<R> {
    pub(super) fn new(inner: R) -> Self {
        Lines {
            inner,
            offset: 0,
            ends: VecDeque::new(),
            passed: 0,
        }
    }

    /// The 1-based line of the first byte at or after `offset` that does not end a line (the
    /// start of a row whose parse began at `offset`); offsets must not go backwards.
    ///
    /// A line ends with `\n`, or with a `\r` that no `\n` follows (as old Mac spreadsheets
    /// wrote CSV).
    pub(super) fn line_of(&mut self, offset: u64) -> u32 {
        let mut at = offset;
        while let Some(&(end, newline)) = self.ends.front() {
            if end > at {
                break;
            }
            if end == at {
                // A line end (or a blank line) just before the row: skip it.
                at += 1;
            }
            self.ends.pop_front();
            // The byte after a `\r` before the row has been read, so its entry, if it is a
            // `\n`, is next.
            let lone_cr = !newline && self.ends.front() != Some(&(end + 1, true));
            self.passed += u32::from(newline || lone_cr);
        }
        self.passed + 1
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, &b) in buf[..n].iter().enumerate() {
            if b == b'\n' || b == b'\r' {
                self.ends.push_back((self.offset + i as u64, b == b'\n'));
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_read_from_the_header() {
        assert_eq!(sniff_delimiter(b"id;intensity;education\r\np1,a;b"), b';');
        assert_eq!(sniff_delimiter(b"id,intensity\n"), b',');
        assert_eq!(sniff_delimiter(b"id\tintensity\tnotes\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter(b"id\n"), b',');
    }

    fn decoded(bytes: &[u8], piece: usize) -> (String, Option<u32>) {
        struct Pieces<'a>(&'a [u8], usize);
        impl Read for Pieces<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(buf.len()).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut d = Decode::new(Pieces(bytes, piece));
        let mut out = String::new();
        d.read_to_string(&mut out).unwrap();
        (out, d.switched_at.map(|(line, _)| line))
    }

    #[test]
    fn utf8_passes_and_windows_1252_is_decoded_from_where_it_starts() {
        for piece in [1, 2, 3, 7, 4096] {
            assert_eq!(
                decoded("café €\n".as_bytes(), piece),
                ("café €\n".into(), None)
            );
            let (text, at) = decoded(b"id,naam\np1,Caf\xe9 \x80 \x96\n", piece);
            assert_eq!(text, "id,naam\np1,Café € –\n");
            assert_eq!(at, Some(2));
            // An incomplete sequence at the very end is not UTF-8 either.
            assert_eq!(decoded(b"ab\xc3", piece), ("abÃ".into(), Some(1)));
        }
    }

    #[test]
    fn lines_are_counted_from_newline_bytes() {
        // Rows start at 0, 3 and 8; the parser reports 0, 2 (the `\n` after `a\r`) and 4.
        let mut lines = Lines::new(&b"a\r\nb\r\n\r\nc\n"[..]);
        std::io::copy(&mut lines, &mut std::io::sink()).unwrap();
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(2), 2);
        assert_eq!(lines.line_of(4), 4);
        // Old Mac line ends: a `\r` alone ends a line too.
        let mut lines = Lines::new(&b"a\rb\r\rc\r"[..]);
        std::io::copy(&mut lines, &mut std::io::sink()).unwrap();
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(1), 2);
        assert_eq!(lines.line_of(3), 4);
    }
}
