//! Workbooks (`.xlsx`, `.xlsm`, `.ods`, `.xls`) read as rows of text, with the row numbers a
//! spreadsheet shows; feature `xlsx` (calamine).

use jos_taxonomy::diagnostic::{Code, Diagnostic};
use jos_taxonomy::model::Location;

/// A sheet's rows: the 1-based row number as the spreadsheet shows it, and the cells as text,
/// the first cell in column A.
pub(crate) type Rows = Vec<(u32, Vec<String>)>;

/// The largest workbook read (compressed).
pub(crate) const MAX_WORKBOOK_BYTES: usize = 64 * 1024 * 1024;

/// Whether `bytes` look like a workbook: a zip archive (xlsx, ods) or an OLE file (xls).
pub(crate) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The rows of the sheet named `sheet`, or of the first sheet, and its name. `name` is the
/// file's name, for the diagnostics.
#[cfg(feature = "xlsx")]
pub(crate) fn rows(
    name: &str,
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<(String, Rows), Diagnostic> {
    use calamine::{Data, Reader, open_workbook_auto_from_rs};
    let fail = |e: String| {
        Diagnostic::new(
            Code::InvalidValue,
            Location::file(name),
            format!("`{name}` cannot be read as a workbook: {e}"),
        )
        .with_hint("save it again as .xlsx, or as \"CSV UTF-8\"")
    };
    let mut book =
        open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| fail(e.to_string()))?;
    let names = book.sheet_names();
    let chosen = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| {
                Diagnostic::new(
                    Code::InvalidValue,
                    Location::file(name),
                    format!("`{name}` has no sheet `{wanted}`"),
                )
                .with_hint(format!(
                    "its sheets are {}",
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| fail("it has no sheet".to_owned()))?,
    };
    let range = book
        .worksheet_range(&chosen)
        .map_err(|e| fail(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let text = |c: &Data| match c {
        // Whole numbers as a spreadsheet shows them, not `2021.0`.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        // A date cell as its ISO date, the form the records take.
        Data::DateTime(d) if d.is_datetime() => {
            iso_date(d.as_f64()).unwrap_or_else(|| c.to_string())
        }
        other => other.to_string(),
    };
    let rows = range
        .rows()
        .enumerate()
        .map(|(r, cells)| {
            let mut row: Vec<String> = vec![String::new(); left as usize];
            row.extend(cells.iter().map(text));
            (top + r as u32 + 1, row)
        })
        .collect();
    Ok((chosen, rows))
}

/// An Excel date serial (days since 1899-12-30, the 1900 date system) as `YYYY-MM-DD`.
#[cfg(feature = "xlsx")]
fn iso_date(serial: f64) -> Option<String> {
    if !(1.0..3_000_000.0).contains(&serial) {
        return None;
    }
    // Serial 25569 is 1970-01-01.
    Some(jos_taxonomy::text::date_from_days(
        serial.floor() as i64 - 25_569,
    ))
}

/// Without feature `xlsx`, workbooks are refused with a way out.
#[cfg(not(feature = "xlsx"))]
pub(crate) fn rows(
    name: &str,
    _bytes: &[u8],
    _sheet: Option<&str>,
) -> Result<(String, Rows), Diagnostic> {
    Err(Diagnostic::new(
        Code::InvalidValue,
        Location::file(name),
        format!("`{name}` is a workbook, and this build reads none (feature `xlsx`)"),
    )
    .with_hint("save it as \"CSV UTF-8\", or use a `jos` built with the feature `xlsx`"))
}
