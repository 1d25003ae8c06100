//! Generates one client module per `specs/*.yaml` into `OUT_DIR`; all the
//! work is in `workflow-sdk-codegen`, shared with `cargo xtask`.

fn main() {
    workflow_sdk_codegen::build_script(std::path::Path::new("specs"));
}
