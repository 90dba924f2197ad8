//! `--secret-file`: a new secret written where only its owner can read it, all at once, and
//! never over an existing file unless asked (`--force`). The file is first written under a
//! temporary name in the same folder (mode 0600 from its creation), flushed to disk, then
//! linked into place (which fails if the name is taken) or, with `--force`, renamed over it.
//! A reader never sees half a file, and a failed write leaves no copy of the secret behind.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{CliError, Exit};

/// Refuses, before anything is created, a path that exists (without `force`) or whose
/// folder does not.
pub(crate) fn check_free(path: &Path, force: bool) -> Result<(), CliError> {
    if path.exists() && !force {
        return Err(CliError::new(
            Exit::Usage,
            format!(
                "{} exists; the secret file is never overwritten without --force (nothing was done)",
                path.display()
            ),
        ));
    }
    let folder = folder_of(path);
    if !folder.is_dir() {
        return Err(CliError::new(
            Exit::Usage,
            format!(
                "the folder of {} does not exist (nothing was done)",
                path.display()
            ),
        ));
    }
    Ok(())
}

/// Writes `text` to `path` as the module says.
pub(crate) fn write(path: &Path, text: &str, force: bool) -> Result<(), CliError> {
    let (temporary, mut file) = create_temporary(path)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            if force {
                fs::rename(&temporary, path)
            } else {
                fs::hard_link(&temporary, path)
            }
        });
    // After a link the temporary name goes; after a rename it is gone already; after a
    // failure it must go, so that no copy of the secret stays behind.
    let _ = fs::remove_file(&temporary);
    written.map_err(|e| {
        CliError::new(
            Exit::Output,
            format!("cannot write the secret file {}: {e}", path.display()),
        )
    })
}

/// A new file next to `path`, mode 0600, under a name nobody else uses.
fn create_temporary(path: &Path) -> Result<(PathBuf, File), CliError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "secret".into());
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut last_error = None;
    for attempt in 0..16 {
        let temporary = folder_of(path).join(format!(
            ".{name}.{}.{nanos}.{attempt}.tmp",
            std::process::id()
        ));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&temporary) {
            Ok(file) => return Ok((temporary, file)),
            Err(e) => last_error = Some(e),
        }
    }
    Err(CliError::new(
        Exit::Output,
        format!(
            "cannot create a file next to {}: {}",
            path.display(),
            last_error.map_or_else(|| "no name left".to_owned(), |e| e.to_string())
        ),
    ))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_file_is_private_whole_and_never_overwritten_unasked() {
        let folder = std::env::temp_dir().join(format!("secret-file-test-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join("key.json");
        let _ = fs::remove_file(&path);
        write(&path, "first", false).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(check_free(&path, false).is_err());
        assert!(write(&path, "second", false).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        write(&path, "third", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "third");
        // No temporary copy of a secret stays behind.
        let left: Vec<_> = fs::read_dir(&folder).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
        fs::remove_dir_all(&folder).unwrap();
    }
}
