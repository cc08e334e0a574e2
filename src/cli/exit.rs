//! Exit statuses: 0 nothing left to do, 1 findings remain, 2 an error. The worst one wins.

use std::process::ExitCode;

/// The outcome of a run, ordered from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitStatus {
    /// 0: nothing left to do.
    Clean,
    /// 1: findings remain.
    Findings,
    /// 2: an error (bad arguments, bad table, a file that could not be processed).
    Error,
}

impl ExitStatus {
    /// The worse of two outcomes.
    pub fn worst(self, other: ExitStatus) -> ExitStatus {
        self.max(other)
    }

    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Clean => 0,
            ExitStatus::Findings => 1,
            ExitStatus::Error => 2,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> ExitCode {
        ExitCode::from(s.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_wins_over_findings() {
        use ExitStatus::*;
        assert_eq!(Clean.worst(Findings), Findings);
        assert_eq!(Findings.worst(Error), Error);
        assert_eq!(Error.worst(Clean), Error);
        assert_eq!([Clean, Findings, Error].map(ExitStatus::code), [0, 1, 2]);
    }
}
