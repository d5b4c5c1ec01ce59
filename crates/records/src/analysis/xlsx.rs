//! A data set as an Excel workbook: data and codebook.

use super::{CODEBOOK_COLUMNS, Cell, Dataset};
use jos_taxonomy::lang::Lang;

pub(super) fn workbook(data: &Dataset<'_>, lang: Lang, with_data: bool) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook};
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let (data_sheet, codebook_sheet) = match lang {
        Lang::En => ("Data", "Codebook"),
        _ => ("Gegevens", "Codeboek"),
    };
    let mut book = Workbook::new();
    // A fixed creation time: the workbook's bytes depend on its content only.
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(e)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold().set_background_color(0xD9E2F3);
    let top = Format::new().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    if with_data {
        let vars = data.variables();
        let sheet = book.add_worksheet();
        sheet.set_name(data_sheet).map_err(e)?;
        for (c, v) in vars.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| "more than 65,535 columns".to_owned())?;
            sheet
                .write_string_with_format(0, c, &v.name, &bold)
                .map_err(e)?;
        }
        for (r, record) in data.records().iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| "too many rows".to_owned())?;
            for (c, cell) in data.row(record).into_iter().enumerate() {
                let c = c as u16;
                match cell {
                    // Strings are strings in a workbook: no formula can arise, so no apostrophe.
                    Cell::Text(s) => {
                        sheet.write_string_with_format(r, c, &s, &top).map_err(e)?;
                    }
                    Cell::Number(n) => {
                        sheet
                            .write_number_with_format(r, c, n as f64, &top)
                            .map_err(e)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        sheet.set_freeze_panes(1, 1).map_err(e)?;
        if !vars.is_empty() {
            sheet
                .autofilter(0, 0, data.records().len() as u32, vars.len() as u16 - 1)
                .map_err(e)?;
        }
    }
    let sheet = book.add_worksheet();
    sheet.set_name(codebook_sheet).map_err(e)?;
    for (c, name) in CODEBOOK_COLUMNS.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, *name, &bold)
            .map_err(e)?;
    }
    let rows = data.codebook_rows(lang);
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let format = if CODEBOOK_COLUMNS[c] == "definition" {
                &wrap
            } else {
                &top
            };
            sheet
                .write_string_with_format(r as u32 + 1, c as u16, cell, format)
                .map_err(e)?;
        }
    }
    for (c, name) in CODEBOOK_COLUMNS.iter().enumerate() {
        let width = match *name {
            "definition" => 70.0,
            "label_nl" | "label_en" => 36.0,
            "variable" | "code" => 30.0,
            _ => 12.0,
        };
        sheet.set_column_width(c as u16, width).map_err(e)?;
    }
    sheet.set_freeze_panes(1, 1).map_err(e)?;
    sheet
        .autofilter(0, 0, rows.len() as u32, CODEBOOK_COLUMNS.len() as u16 - 1)
        .map_err(e)?;
    book.save_to_buffer().map_err(e)
}
