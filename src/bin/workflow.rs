//! `workflow`: query and wait on runs from the shell. The product and
//! operation subcommands come from the specs (each API's generated `cli`
//! module); this file holds only what is common to all of them.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use workflow_sdk::cli::{Failure, Format};
use workflow_sdk::credentials::Env;
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{Config, ConfigBuilder, Progress, WaitPolicy};

const AFTER_HELP: &str = "\
Credentials (Alibaba Cloud), in this order: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET /
ALIBABA_CLOUD_SECURITY_TOKEN, an OIDC role (ALIBABA_CLOUD_ROLE_ARN, ..._OIDC_PROVIDER_ARN,
..._OIDC_TOKEN_FILE), ~/.aliyun/config.json (every mode but CloudSSO/OAuth),
~/.alibabacloud/credentials, the ECS RAM role, ALIBABA_CLOUD_CREDENTIALS_URI.
AltaBots: ALTABOTS_API_KEY. Region: --region, ALIBABA_CLOUD_REGION_ID or the profile's region_id.

Exit codes: 0 success; 1 service, transport or credentials error; 2 usage error;
3 the run ended in a failure state (--wait); 4 the wait timed out (--wait).

Examples:
  workflow --simulate ice get-workflow-task --task-id demo --wait
  workflow --region cn-shanghai paiflow get-pipeline-run --pipeline-run-id flow-1 --output table
  workflow completions bash > /etc/bash_completion.d/workflow";

fn command() -> Command {
    let mut cmd = Command::new("workflow")
        .about("Query and wait on workflow, pipeline and AI-task runs: Alibaba Cloud ICE, ROS, PAI PAIFlow, AltaBots")
        .long_about(
            "Query and wait on workflow, pipeline and AI-task runs.\n\n\
             Every API in the SDK's specs is a subcommand, every operation a subcommand of it, \
             and every parameter a flag. Responses go to stdout; progress, logs and errors to stderr.",
        )
        .version(env!("CARGO_PKG_VERSION"))
        .after_help(AFTER_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(Arg::new("region").long("region").global(true).value_name("REGION").help("Region id, e.g. cn-shanghai (else ALIBABA_CLOUD_REGION_ID)"))
        .arg(Arg::new("endpoint").long("endpoint").global(true).value_name("URL").help("Endpoint URL, overriding the spec's endpoint rule"))
        .arg(Arg::new("profile").long("profile").global(true).value_name("NAME").help("Credentials profile (credentials file or aliyun CLI config)"))
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .global(true)
                .value_name("SECONDS")
                .value_parser(value_parser!(u64))
                .help("Time allowed per request attempt [default: 30]"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .global(true)
                .value_parser(["json", "yaml", "table"])
                .default_value("json")
                .help("Output format (JSON is pretty on a terminal, compact when piped)"),
        )
        .arg(Arg::new("expand-json").long("expand-json").global(true).action(ArgAction::SetTrue).help("Print JSON held in strings as the JSON it holds"))
        .arg(Arg::new("wait").long("wait").global(true).action(ArgAction::SetTrue).help("Poll until the run reaches a terminal state, showing progress on stderr"))
        .arg(
            Arg::new("max-wait")
                .long("max-wait")
                .global(true)
                .value_name("SECONDS")
                .value_parser(value_parser!(u64))
                .help("With --wait: give up after this long [default: 1800]"),
        )
        .arg(Arg::new("simulate").long("simulate").global(true).action(ArgAction::SetTrue).help("Answer from the embedded simulator instead of the real services (no account needed)"))
        .arg(Arg::new("log").short('v').long("log").global(true).action(ArgAction::Count).help("Log to stderr (-v debug, -vv trace); secrets are never logged"))
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script")
                .arg(Arg::new("shell").required(true).value_parser(value_parser!(clap_complete::Shell))),
        );
    for api in workflow_sdk::cli_commands() {
        cmd = cmd.subcommand(api);
    }
    cmd
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let matches = command().get_matches();
    if let Some(("completions", m)) = matches.subcommand() {
        if let Some(shell) = m.get_one::<clap_complete::Shell>("shell") {
            clap_complete::generate(*shell, &mut command(), "workflow", &mut std::io::stdout());
        }
        return ExitCode::SUCCESS;
    }
    let verbosity = matches.get_count("log");
    if verbosity > 0 {
        let level = if verbosity > 1 {
            tracing::Level::TRACE
        } else {
            tracing::Level::DEBUG
        };
        tracing_subscriber::fmt()
            .with_max_level(level)
            .with_writer(std::io::stderr)
            .init();
    }
    match run(&matches).await {
        Ok(()) => ExitCode::SUCCESS,
        Err((failure, last)) => {
            // The last response of a failed or timed-out wait still goes to
            // stdout (it is the answer); the reason goes to stderr.
            if let Some(v) = last {
                print_value(&matches, v);
            }
            eprintln!("{failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}

type RunError = (Failure, Option<serde_json::Value>);

async fn run(matches: &ArgMatches) -> Result<(), RunError> {
    let Some((product, op_matches)) = matches.subcommand() else {
        return Err((Failure::Usage("no API given".into()), None));
    };
    let usage = |m: String| (Failure::Usage(m), None);
    let simulator = if matches.get_flag("simulate") {
        Some(
            Simulator::start()
                .await
                .map_err(|e| usage(format!("cannot start the simulator: {e}")))?,
        )
    } else {
        None
    };
    let mut builder = match &simulator {
        Some(sim) => sim.config(),
        None => {
            let mut vars: Vec<(String, String)> = std::env::vars().collect();
            if let Some(p) = matches.get_one::<String>("profile") {
                vars.push(("ALIBABA_CLOUD_PROFILE".into(), p.clone()));
            }
            let mut b = ConfigBuilder::from_env_vars(Env::from_vars(vars));
            if let Ok(key) = std::env::var("ALTABOTS_API_KEY") {
                b = b.api_key(key);
            }
            b
        }
    };
    if let Some(r) = matches.get_one::<String>("region") {
        builder = builder.region(r);
    }
    if let Some(e) = matches.get_one::<String>("endpoint") {
        builder = builder.endpoint_url(e);
    }
    if let Some(t) = matches.get_one::<u64>("timeout") {
        builder = builder.timeout(Duration::from_secs(*t));
    }
    let config: Config = builder.build().map_err(|e| (Failure::Call(e), None))?;

    let wait = matches.get_flag("wait");
    let mut policy = WaitPolicy::default();
    if let Some(s) = matches.get_one::<u64>("max-wait") {
        policy = policy.max_wait(Duration::from_secs(*s));
    }
    if let (Some(sim), true) = (&simulator, wait) {
        script_a_run(sim, product, op_matches);
        policy = policy
            .initial_delay(Duration::from_millis(500))
            .max_interval(Duration::from_secs(2));
    }

    let mut reporter = Reporter::new(wait);
    let result = workflow_sdk::cli_run(
        product,
        &config,
        op_matches,
        wait.then_some(&policy),
        &mut |p: &Progress| reporter.show(p),
    )
    .await;
    reporter.finish();
    match result {
        Ok(v) => {
            print_value(matches, v);
            Ok(())
        }
        Err(mut f) => {
            let last = f.take_last();
            Err((f, last))
        }
    }
}

/// With `--simulate --wait`, the simulator walks the asked-for run through
/// the API's documented states: pending, running, then success.
fn script_a_run(sim: &Simulator, product: &str, op_matches: &ArgMatches) {
    let Some((sub, m)) = op_matches.subcommand() else {
        return;
    };
    let Some(service) = workflow_sdk::SERVICES.iter().find(|s| s.module == product) else {
        return;
    };
    let Some(op) = service
        .operations
        .iter()
        .find(|o| o.rust_name.replace('_', "-") == sub)
    else {
        return;
    };
    let Some(run) = op.run else { return };
    let Some(id) = m.get_one::<String>(run.id_param) else {
        return;
    };
    use workflow_sdk::service::StateKind as K;
    let pick = |k: K| run.states.iter().find(|(_, s)| *s == k).map(|(v, _)| *v);
    let mut states: Vec<&str> = Vec::new();
    for k in [K::Pending, K::Running, K::Running, K::Succeeded] {
        if let Some(v) = pick(k) {
            states.push(v);
        }
    }
    sim.set_states(op.operation_id, id, &states);
}

fn print_value(matches: &ArgMatches, mut v: serde_json::Value) {
    if matches.get_flag("expand-json") {
        workflow_sdk::cli::expand_json(&mut v);
    }
    let format = match matches.get_one::<String>("output").map(String::as_str) {
        Some("yaml") => Format::Yaml,
        Some("table") => Format::Table,
        _ => Format::Json {
            pretty: std::io::stdout().is_terminal(),
        },
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(workflow_sdk::cli::render(&v, format).as_bytes());
}

/// Shows progress on stderr: a live line on a terminal, plain lines
/// otherwise.
struct Reporter {
    bar: Option<indicatif::ProgressBar>,
    history: Vec<Progress>,
}

impl Reporter {
    fn new(wait: bool) -> Self {
        let bar = (wait && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Self {
            bar,
            history: Vec::new(),
        }
    }

    fn show(&mut self, p: &Progress) {
        self.history.push(p.clone());
        match &self.bar {
            Some(bar) => bar.set_message(workflow_sdk::cli::progress_line(&self.history)),
            None => eprintln!("{p}"),
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            if self.history.is_empty() {
                bar.finish_and_clear();
            } else {
                bar.finish_with_message(workflow_sdk::cli::progress_line(&self.history));
            }
        }
    }
}
