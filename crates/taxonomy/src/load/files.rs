//! Where taxonomy files come from, and reading one text file with a size limit.

use super::*;

/// Where taxonomy files come from: a directory on disk.
pub(super) trait Files {
    /// The name a file is reported under.
    fn display(&self, rel: &str) -> String;
    /// Reads a file as UTF-8 text.
    fn read(&self, rel: &str) -> Result<String, Diagnostic>;
    /// The names (without `.yaml`) of the files in `facets/`.
    fn facet_files(&self) -> Vec<String>;
    /// Whether a file exists (for optional files such as `definition.yaml`).
    fn exists(&self, rel: &str) -> bool;
}

pub(super) struct Dir(pub(super) PathBuf);

impl Files for Dir {
    fn display(&self, rel: &str) -> String {
        self.0.join(rel).display().to_string()
    }

    fn read(&self, rel: &str) -> Result<String, Diagnostic> {
        let path = self.0.join(rel);
        read_text_file(&path).map_err(|d| missing_taxonomy_hint(&path, d))
    }

    fn exists(&self, rel: &str) -> bool {
        self.0.join(rel).exists()
    }

    fn facet_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.0.join("facets"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".yaml")
                    .map(str::to_owned)
            })
            .collect();
        names.sort();
        names
    }
}

/// Reads a UTF-8 text file with a size limit, reporting every failure as a located diagnostic.
///
/// Used for taxonomy files and research-record files alike.
pub fn read_text_file(path: &Path) -> Result<String, Diagnostic> {
    let name = path.display().to_string();
    let io = |what: String, hint: &str| {
        Diagnostic::new(Code::Io, Location::file(name.as_str()), what).with_hint(hint)
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        io(
            format!("cannot read `{name}`: {}", io_reason(&e)),
            "check the path (relative to the current directory) and the spelling of the file name",
        )
    })?;
    if meta.is_dir() {
        return Err(io(
            format!("`{name}` is a directory, but a file is expected here"),
            "point at the file, or remove the directory that has a file's name",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::FileTooLarge,
            Location::file(name.as_str()),
            format!(
                "`{name}` is {} bytes; the limit is {} bytes ({} MiB)",
                meta.len(),
                MAX_FILE_BYTES,
                MAX_FILE_BYTES / 1024 / 1024
            ),
        )
        .with_hint(
            "split the content over several files; large record sets stream from JSON Lines or CSV, which have no size limit",
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            io(
                format!("cannot read `{name}`: {}", io_reason(&e)),
                "check the file's permissions",
            )
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Code::FileTooLarge,
            Location::file(name.as_str()),
            format!("`{name}` grew beyond {MAX_FILE_BYTES} bytes while being read"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Safe: the prefix up to valid_up_to is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = crate::text::line_column(prefix);
        Diagnostic::new(
            Code::InvalidUtf8,
            Location::new(name.as_str(), line, column),
            format!("`{name}` is not valid UTF-8 (byte offset {})", valid.len()),
        )
        .with_hint("save the file as UTF-8 (in most editors: \"Save with encoding\" -> UTF-8)")
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// A taxonomy file that does not exist gets a hint about the taxonomy's layout.
pub(super) fn missing_taxonomy_hint(path: &Path, d: Diagnostic) -> Diagnostic {
    if path.exists() {
        d
    } else {
        d.with_hint(
            "check the path; a taxonomy is a directory with taxonomy.yaml and facets/<id>.yaml, or one YAML file with the facets inline",
        )
    }
}
