fn main() {
    workflow_sdk_codegen::build_script(std::path::Path::new("specs"));
}
