//! The library's one error type.
//!
//! [`Error`] keeps its details private; callers match on [`Error::kind`]. Errors about a place in
//! an input carry the byte offset; table errors carry the table's name and line.

use std::fmt;
use std::io;

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not valid UTF-8.
    InvalidUtf8,
    /// The input looks binary (it has a NUL byte).
    Binary,
    /// The input is in an encoding shuddh does not rewrite (UTF-16 or UTF-32 by its BOM).
    UnsupportedEncoding,
    /// A phrase table has a malformed row.
    Table,
    /// Reading or writing failed.
    Io,
}

#[derive(Debug)]
enum Inner {
    InvalidUtf8 { offset: usize },
    Binary { offset: usize },
    UnsupportedEncoding { name: &'static str },
    Table { source: String, line: usize, message: String },
    Io(io::Error),
}

/// An error from decoding input, parsing a table, or I/O.
#[derive(Debug)]
pub struct Error {
    inner: Inner,
}

impl Error {
    pub(crate) fn invalid_utf8(offset: usize) -> Error {
        Error { inner: Inner::InvalidUtf8 { offset } }
    }

    pub(crate) fn binary(offset: usize) -> Error {
        Error { inner: Inner::Binary { offset } }
    }

    pub(crate) fn unsupported_encoding(name: &'static str) -> Error {
        Error { inner: Inner::UnsupportedEncoding { name } }
    }

    pub(crate) fn table(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error { inner: Inner::Table { source: source.to_string(), line, message: message.into() } }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        match self.inner {
            Inner::InvalidUtf8 { .. } => ErrorKind::InvalidUtf8,
            Inner::Binary { .. } => ErrorKind::Binary,
            Inner::UnsupportedEncoding { .. } => ErrorKind::UnsupportedEncoding,
            Inner::Table { .. } => ErrorKind::Table,
            Inner::Io(_) => ErrorKind::Io,
        }
    }

    /// The byte offset in the input, for decoding errors.
    pub fn offset(&self) -> Option<usize> {
        match self.inner {
            Inner::InvalidUtf8 { offset } | Inner::Binary { offset } => Some(offset),
            _ => None,
        }
    }

    /// The 1-based line of a table error.
    pub fn line(&self) -> Option<usize> {
        match self.inner {
            Inner::Table { line, .. } => Some(line),
            _ => None,
        }
    }

    /// The same error with its byte offset moved `by` bytes on (for errors found in a chunk).
    pub(crate) fn shifted(self, by: usize) -> Error {
        match self.inner {
            Inner::InvalidUtf8 { offset } => Error::invalid_utf8(offset + by),
            Inner::Binary { offset } => Error::binary(offset + by),
            inner => Error { inner },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::InvalidUtf8 { offset } => {
                write!(f, "not valid UTF-8 at byte offset {offset}; left unchanged")
            }
            Inner::Binary { offset } => {
                write!(f, "binary data (NUL byte at byte offset {offset}); left unchanged")
            }
            Inner::UnsupportedEncoding { name } => {
                write!(f, "{name} text is not supported (convert it to UTF-8); left unchanged")
            }
            Inner::Table { source, line, message } => write!(f, "{source}:{line}: {message}"),
            Inner::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.inner {
            Inner::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error { inner: Inner::Io(e) }
    }
}
