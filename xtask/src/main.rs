//! `cargo xtask`: maintenance commands for the specs and generated code.
//!
//! - `cargo xtask check [DIR]`: validate every spec in `specs/` (or DIR):
//!   extensions, examples decoding through the generated types, JSON held in
//!   strings; errors name file, JSON pointer and problem.
//! - `cargo xtask generate [--check]`: write the generated code of every
//!   spec to `xtask/generated/` (the same code `build.rs` compiles, from the
//!   same generator) so spec changes show as a readable diff; `--check`
//!   fails when that copy is stale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use xtask::check;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    // Relative paths in messages, as in build.rs.
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::from(2);
    }
    match args.first().map(String::as_str) {
        Some("check") => check(Path::new(
            args.get(1).map(String::as_str).unwrap_or("specs"),
        )),
        Some("generate") => generate(args.iter().any(|a| a == "--check")),
        _ => {
            eprintln!("usage: cargo xtask check [DIR] | generate [--check]");
            ExitCode::from(2)
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    match check::check_dir(dir) {
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
        Ok((ok, findings)) => {
            for line in ok {
                println!("{line}");
            }
            for f in &findings {
                eprintln!("{f}");
            }
            if findings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn generate(check_only: bool) -> ExitCode {
    let modules = match workflow_sdk_codegen::generate_dir(Path::new("specs")) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let out = Path::new("xtask/generated");
    let mut wanted = vec![(
        "mod.rs".to_string(),
        workflow_sdk_codegen::module_index(&modules),
    )];
    for m in &modules {
        wanted.push((format!("{}.rs", m.name), m.source.clone()));
    }
    let mut stale = Vec::new();
    for (name, text) in &wanted {
        let path = out.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path);
        }
    }
    if let Ok(entries) = std::fs::read_dir(out) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !wanted.iter().any(|(w, _)| *w == name) {
                stale.push(e.path());
            }
        }
    }
    if check_only {
        if stale.is_empty() {
            println!("generated code is up to date");
            return ExitCode::SUCCESS;
        }
        for p in &stale {
            eprintln!("stale: {}", p.display());
        }
        eprintln!("run `cargo xtask generate` and commit the result");
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for p in &stale {
        if !wanted.iter().any(|(w, _)| out.join(w) == *p) {
            let _ = std::fs::remove_file(p);
        }
    }
    for (name, text) in &wanted {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {} files to {}", wanted.len(), out.display());
    ExitCode::SUCCESS
}
