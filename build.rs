//! Generates one client module per `specs/*.yaml` into `OUT_DIR`.
//!
//! All the work is in `workflow-sdk-codegen` (shared with `cargo xtask`);
//! this file only finds the specs, writes the modules and the index, and
//! tells cargo when to run again.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let spec_dir = root.join("specs");
    println!("cargo:rerun-if-changed=specs");
    println!(
        "cargo:rustc-env=WORKFLOW_SDK_SPEC_DIR={}",
        spec_dir.display()
    );

    // Cargo runs build scripts in the package root, so the relative path
    // makes error messages name `specs/<file>.yaml`.
    let modules = match workflow_sdk_codegen::generate_dir(std::path::Path::new("specs")) {
        Ok(modules) => modules,
        Err(e) => {
            // One readable line naming the file and the problem.
            println!("cargo::error={e}");
            std::process::exit(1);
        }
    };
    for m in &modules {
        if let Err(e) = std::fs::write(out.join(format!("{}.rs", m.name)), &m.source) {
            println!("cargo::error=cannot write generated module {}: {e}", m.name);
            std::process::exit(1);
        }
    }
    let index = workflow_sdk_codegen::module_index(&modules);
    if let Err(e) = std::fs::write(out.join("apis.rs"), index) {
        println!("cargo::error=cannot write the module index: {e}");
        std::process::exit(1);
    }
}
