//! The `shuddh` binary: parse arguments, run, map the outcome to an exit code.

mod cli;

use clap::Parser;
use cli::exit::ExitStatus;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match cli::args::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitStatus::Error.into()
            } else {
                ExitStatus::Clean.into()
            };
        }
    };
    match cli::run(args) {
        Ok(status) => status.into(),
        Err(e) if is_broken_pipe(&e) => ExitStatus::Clean.into(),
        Err(e) => {
            cli::message(&format!("error: {}", cli::describe(&e)));
            ExitStatus::Error.into()
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<shuddh::Error>().is_some_and(|e| {
                e.kind() == shuddh::ErrorKind::Io && e.to_string().contains("Broken pipe")
            })
    })
}
