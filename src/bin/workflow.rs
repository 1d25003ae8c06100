//! `workflow`: query and wait on runs from the shell. The product and
//! operation subcommands come from the specs (each API's generated `cli`
//! module); this file holds only what is common to all of them.

// A `Failure` is returned once per process, on the way to the exit code;
// boxing it would buy nothing on this cold path.
#![allow(clippy::result_large_err)]

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::Value;
use workflow_sdk::cli::{Context, Failure, Format, Output, WaitSettings, exit};
use workflow_sdk::credentials::Env;
use workflow_sdk::service::{AuthScheme, ServiceSpec, StateKind};
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{Config, ConfigBuilder, RetryConfig, WaitPolicy};

const AFTER_HELP: &str = "\
Credentials (Alibaba Cloud), in this order: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET /
ALIBABA_CLOUD_SECURITY_TOKEN, an OIDC role (ALIBABA_CLOUD_ROLE_ARN, ..._OIDC_PROVIDER_ARN,
..._OIDC_TOKEN_FILE), ~/.aliyun/config.json (every mode but CloudSSO/OAuth),
~/.alibabacloud/credentials, the ECS RAM role, ALIBABA_CLOUD_CREDENTIALS_URI.
AltaBots: ALTABOTS_API_KEY. Region: --region, ALIBABA_CLOUD_REGION_ID or the profile's region_id.

Exit codes: 0 success (every run succeeded); 1 service, transport, credentials or
configuration error; 2 usage error; 3 a run ended in a failure state (--wait);
4 the wait timed out (--wait). With several runs: 2, then 1, then 3, then 4, then 0.

Examples:
  workflow --simulate ice get-workflow-task --task-id demo --wait
  workflow --simulate ice get-workflow-task --task-id a --task-id b --wait --output table
  workflow ice --region cn-shanghai get-workflow-task --task-id t1 --query WorkflowTask.Status
  workflow completions bash > /etc/bash_completion.d/workflow";

const GLOBAL: &str = "Global options";

/// A time limit that is no limit in practice (a century).
const NO_LIMIT: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// A number of seconds above zero: whole (up to u64::MAX) or with a
/// fraction.
fn seconds(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let d = match t.parse::<u64>() {
        Ok(n) => Duration::from_secs(n),
        Err(_) => t
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && *f >= 0.0)
            .and_then(|f| Duration::try_from_secs_f64(f).ok())
            .ok_or_else(|| format!("{s:?} is not a number of seconds"))?,
    };
    if d.is_zero() {
        return Err("must be more than zero seconds".into());
    }
    Ok(d)
}

fn global(arg: Arg) -> Arg {
    arg.global(true).help_heading(GLOBAL)
}

fn seconds_arg(name: &'static str, help: &'static str) -> Arg {
    global(
        Arg::new(name)
            .long(name)
            .allow_negative_numbers(true)
            .value_name("SECONDS")
            .value_parser(seconds)
            .help(help),
    )
}

/// Options only Alibaba Cloud APIs take.
fn alibaba_args(cmd: Command) -> Command {
    let global = |a: Arg| a.global(true).help_heading(GLOBAL);
    cmd.arg(global(
        Arg::new("region")
            .long("region")
            .value_name("REGION")
            .value_parser(clap::builder::NonEmptyStringValueParser::new())
            .help("Region id, e.g. cn-shanghai [env: ALIBABA_CLOUD_REGION_ID]"),
    ))
    .arg(global(
        Arg::new("profile")
            .long("profile")
            .value_name("NAME")
            .value_parser(clap::builder::NonEmptyStringValueParser::new())
            .help("Credentials profile (credentials file or aliyun CLI config) [env: ALIBABA_CLOUD_PROFILE]"),
    ))
}

fn service(module: &str) -> Option<&'static ServiceSpec> {
    workflow_sdk::SERVICES
        .iter()
        .copied()
        .find(|s| s.module == module)
}

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
        .arg(global(Arg::new("endpoint").long("endpoint").value_name("URL").value_parser(clap::builder::NonEmptyStringValueParser::new()).help("Endpoint URL, overriding the spec's endpoint rule")))
        .arg(seconds_arg("timeout", "Time allowed per request attempt [default: 30]"))
        .arg(seconds_arg("connect-timeout", "Time allowed to open a connection [default: 5]"))
        .arg(seconds_arg("total-timeout", "Time allowed per call, retries included [default: 120, or --timeout if longer]"))
        .arg(global(
            Arg::new("retries")
                .long("retries")
                .value_name("N")
                .allow_negative_numbers(true)
                .value_parser(value_parser!(u32))
                .help("Retries of a failed request (transient errors only) [default: 2]"),
        ))
        .arg(global(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_name("FORMAT")
                .value_parser(["json", "yaml", "table"])
                .default_value("json")
                .help("Output format (JSON is pretty on a terminal, compact when piped; JSON lines for several runs)"),
        ))
        .arg(global(Arg::new("query").long("query").value_name("JMESPATH").value_parser(clap::builder::NonEmptyStringValueParser::new()).help("Print only what this JMESPath expression selects from the response")))
        .arg(global(Arg::new("expand-json").long("expand-json").action(ArgAction::SetTrue).help("Print JSON held in strings as the JSON it holds")))
        .arg(global(Arg::new("wait").long("wait").action(ArgAction::SetTrue).help("Poll until each run reaches a terminal state, showing progress on stderr")))
        .arg(seconds_arg("max-wait", "With --wait: give up after this long [default: 1800; 10 with --simulate]"))
        .arg(seconds_arg("poll-interval", "With --wait: delay before the second poll, growing from there [default: 1]"))
        .arg(seconds_arg("max-poll-interval", "With --wait: longest delay between polls [default: 10]"))
        .arg(seconds_arg("heartbeat", "With --wait, not on a terminal: a line at least this often [default: 30]"))
        .arg(global(
            Arg::new("ids-from")
                .long("ids-from")
                .value_name("FILE")
                .value_parser(clap::builder::NonEmptyStringValueParser::new())
                .value_hint(clap::ValueHint::FilePath)
                .help("Read run ids from a file, one per line (- for stdin)"),
        ))
        .arg(global(Arg::new("simulate").long("simulate").action(ArgAction::SetTrue).help("Answer from the embedded simulator instead of the real services (no account needed)")))
        .arg(global(
            Arg::new("simulate-fail")
                .long("simulate-fail")
                .value_name("ID")
                .value_parser(clap::builder::NonEmptyStringValueParser::new())
                .action(ArgAction::Append)
                .help("With --simulate: this run ends in a failure state (exit code 3)"),
        ))
        .arg(global(
            Arg::new("simulate-timeout")
                .long("simulate-timeout")
                .value_name("ID")
                .value_parser(clap::builder::NonEmptyStringValueParser::new())
                .action(ArgAction::Append)
                .help("With --simulate: this run never finishes, so the wait times out (exit code 4)"),
        ))
        .arg(global(Arg::new("log").short('v').long("log").action(ArgAction::Count).help("Log to stderr (-v debug, -vv trace); secrets are never logged")))
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script")
                .arg(Arg::new("shell").required(true).value_parser(value_parser!(clap_complete::Shell))),
        );
    // Alibaba-only options: at the top (before the API name) and on the
    // Alibaba APIs, not on the others.
    cmd = alibaba_args(cmd)
        .mut_arg("region", |a| a.global(false))
        .mut_arg("profile", |a| a.global(false));
    for api in workflow_sdk::cli_commands() {
        let alibaba = service(api.get_name()).is_some_and(|s| s.auth == AuthScheme::Acs3HmacSha256);
        cmd = cmd.subcommand(if alibaba { alibaba_args(api) } else { api });
    }
    cmd
}

fn main() -> ExitCode {
    // The tool never exits 101: a bug shows one line and exits 1.
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(
            std::io::stderr(),
            "error: internal error (please report it): {}",
            workflow_sdk::cli::escape_lines(&info.to_string()).replace('\n', " ")
        );
        std::process::exit(exit::CALL_FAILED.into());
    }));
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            // Help and version go to stdout; errors to stderr. A closed
            // pipe is not an error worth a message.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(exit::USAGE));
        }
    };
    if let Some(("completions", m)) = matches.subcommand() {
        let Some(shell) = m.get_one::<clap_complete::Shell>("shell") else {
            return ExitCode::from(exit::USAGE);
        };
        let mut script = Vec::new();
        clap_complete::generate(*shell, &mut command(), "workflow", &mut script);
        return match write_stdout(&script) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => ExitCode::from(code),
        };
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
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: cannot start: {e}");
            return ExitCode::from(exit::CALL_FAILED);
        }
    };
    ExitCode::from(runtime.block_on(run(&matches)))
}

/// Writes to stdout. A closed pipe ends quietly (`Err(0)`: nothing more
/// to say); any other failure is one line on stderr and exit code 1.
fn write_stdout(bytes: &[u8]) -> Result<(), u8> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(exit::SUCCESS),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: cannot write to stdout: {e}");
            Err(exit::CALL_FAILED)
        }
    }
}

fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// The value of a global option, wherever on the command line it was given.
fn leaf(matches: &ArgMatches) -> &ArgMatches {
    let mut m = matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    m
}

fn get<'m, T: Clone + Send + Sync + 'static>(matches: &'m ArgMatches, id: &str) -> Option<&'m T> {
    let l = leaf(matches);
    l.try_get_one::<T>(id)
        .ok()
        .flatten()
        .or_else(|| matches.try_get_one::<T>(id).ok().flatten())
        .or_else(|| {
            matches
                .subcommand()
                .and_then(|(_, p)| p.try_get_one::<T>(id).ok().flatten())
        })
}

fn flag(matches: &ArgMatches, id: &str) -> bool {
    let on = |m: &ArgMatches| m.try_get_one::<bool>(id).ok().flatten() == Some(&true);
    on(leaf(matches)) || on(matches)
}

async fn run(matches: &ArgMatches) -> u8 {
    match prepare_and_call(matches).await {
        Ok((output, format)) => print(matches, output, format),
        Err(failure) => {
            say(&failure.to_string());
            failure.exit_code()
        }
    }
}

async fn prepare_and_call(matches: &ArgMatches) -> Result<(Output, Format), Failure> {
    let usage = |m: String| Failure::Usage(m);
    let Some((product, op_matches)) = matches.subcommand() else {
        return Err(usage("no API given".into()));
    };
    let spec = service(product).ok_or_else(|| usage(format!("no API named {product}")))?;
    let alibaba = spec.auth == AuthScheme::Acs3HmacSha256;
    // Given before the API name, the Alibaba-only options are refused for
    // the others.
    if !alibaba {
        for id in ["region", "profile"] {
            if matches.try_get_one::<String>(id).ok().flatten().is_some() {
                return Err(usage(format!("--{id} does not apply to {product}")));
            }
        }
    }
    let format = match get::<String>(matches, "output").map(String::as_str) {
        Some("yaml") => Format::Yaml,
        Some("table") => Format::Table,
        _ => Format::Json {
            pretty: std::io::stdout().is_terminal(),
        },
    };
    let wait = flag(matches, "wait");
    let simulate = flag(matches, "simulate");
    for (id, needs, on) in [
        ("max-wait", "--wait", wait),
        ("poll-interval", "--wait", wait),
        ("max-poll-interval", "--wait", wait),
        ("heartbeat", "--wait", wait),
        ("simulate-fail", "--simulate", simulate),
        ("simulate-timeout", "--simulate", simulate),
    ] {
        let given = leaf(matches)
            .value_source(id)
            .is_some_and(|s| s == clap::parser::ValueSource::CommandLine);
        if given && !on {
            return Err(usage(format!("--{id} needs {needs}")));
        }
    }
    let simulator = if simulate {
        let sim = Simulator::start().await.map_err(|e| {
            Failure::Call(workflow_sdk::Error::Config(format!(
                "cannot start the simulator: {e}"
            )))
        })?;
        sim.echo_ids(true);
        Some(sim)
    } else {
        None
    };
    let mut builder = match &simulator {
        Some(sim) => sim.config(),
        None => {
            let mut vars: Vec<(String, String)> = std::env::vars().collect();
            if let Some(p) = get::<String>(matches, "profile") {
                vars.push(("ALIBABA_CLOUD_PROFILE".into(), p.clone()));
            }
            let mut b = ConfigBuilder::from_env_vars(Env::from_vars(vars));
            if let Ok(key) = std::env::var("ALTABOTS_API_KEY") {
                b = b.api_key(key);
            }
            b
        }
    };
    let region = get::<String>(matches, "region").cloned();
    if let Some(r) = &region {
        // A usage error naming the flag, before anything connects.
        Config::validate_region(r).map_err(|e| {
            Failure::Usage(format!(
                "--region: {}",
                e.to_string().trim_start_matches("configuration: ")
            ))
        })?;
        builder = builder.region(r);
    }
    let endpoint = get::<String>(matches, "endpoint").cloned();
    if let Some(e) = &endpoint {
        builder = builder.endpoint_url(e);
    }
    // Any number of seconds is taken; beyond a century it is no limit in
    // practice, and the library gets a time it can add to a clock.
    let limit = |id: &str| get::<Duration>(matches, id).map(|d| (*d).min(NO_LIMIT));
    if let Some(t) = limit("timeout") {
        builder = builder.timeout(t);
        // No hidden cap: a per-attempt time above the default total
        // raises the total, unless --total-timeout says otherwise.
        if t > Config::DEFAULT_TOTAL_TIMEOUT {
            builder = builder.total_timeout(t);
        }
    }
    if let Some(t) = limit("connect-timeout") {
        builder = builder.connect_timeout(t);
    }
    if let Some(t) = limit("total-timeout") {
        builder = builder.total_timeout(t);
    }
    if let Some(n) = get::<u32>(matches, "retries") {
        builder = builder.retry(RetryConfig::standard().max_attempts(n.saturating_add(1)));
    }
    let config: Config = builder.build().map_err(|e| Failure::Call(speak_cli(e)))?;
    check_config(spec, &config, endpoint.is_some() || simulate)?;

    let mut ids_from = Vec::new();
    if let Some(source) = get::<String>(matches, "ids-from") {
        ids_from = read_ids(source)?;
    }
    let wait_settings = if wait {
        Some(wait_settings(matches, simulate)?)
    } else {
        None
    };
    if let Some(sim) = &simulator {
        script_runs(sim, matches, spec, op_matches, &ids_from, wait);
    }
    let ctx = Context::new(config, wait_settings, ids_from);
    let output = workflow_sdk::cli_run(product, op_matches, &ctx)
        .await
        .map_err(|f| match f {
            Failure::Call(e) => Failure::Call(speak_cli(e)),
            other => other,
        })?;
    drop(simulator);
    Ok((output, format))
}

/// The wait settings from the command line; refuses a poll interval above
/// the maximum.
fn wait_settings(matches: &ArgMatches, simulate: bool) -> Result<WaitSettings, Failure> {
    let mut policy = WaitPolicy::default();
    if simulate {
        // The simulated runs take seconds; a rehearsed timeout too.
        policy = policy
            .initial_delay(Duration::from_millis(500))
            .max_interval(Duration::from_secs(1))
            .max_wait(Duration::from_secs(10));
    }
    let poll = get::<Duration>(matches, "poll-interval").copied();
    let max_poll = get::<Duration>(matches, "max-poll-interval").copied();
    if let (Some(p), Some(m)) = (poll, max_poll)
        && p > m
    {
        return Err(Failure::Usage(
            "--poll-interval must not be more than --max-poll-interval".into(),
        ));
    }
    if let Some(p) = poll {
        policy = policy.initial_delay(p);
        if max_poll.is_none() && p > policy.max_interval_value() {
            policy = policy.max_interval(p);
        }
    }
    if let Some(m) = max_poll {
        policy = policy.max_interval(m);
    }
    if let Some(w) = get::<Duration>(matches, "max-wait") {
        policy = policy.max_wait(*w);
    }
    let mut settings = WaitSettings::new(policy);
    if let Some(h) = get::<Duration>(matches, "heartbeat") {
        // Less often than daily is never, in practice.
        settings.heartbeat = (*h).min(Duration::from_secs(24 * 3600));
    }
    Ok(settings)
}

/// Checks what a call will need, and says what is missing in the terms of
/// the command line (flags and environment variables).
fn check_config(spec: &ServiceSpec, config: &Config, endpoint: bool) -> Result<(), Failure> {
    let usage = |m: String| Err(Failure::Usage(m));
    if !endpoint && spec.endpoint.is_regional() && config.region().is_none() {
        return usage(format!(
            "{} needs a region: pass --region (e.g. --region cn-shanghai) or set ALIBABA_CLOUD_REGION_ID",
            spec.module
        ));
    }
    match spec.auth {
        AuthScheme::Bearer if config.api_key().is_none() => usage(format!(
            "{} needs an API key: set ALTABOTS_API_KEY",
            spec.module
        )),
        AuthScheme::Acs3HmacSha256 if config.credentials_provider().is_none() => usage(format!(
            "{} needs Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or use --profile",
            spec.module
        )),
        _ => Ok(()),
    }
}

/// Rewrites the library's configuration advice (builder calls) into the
/// command line's terms.
fn speak_cli(e: workflow_sdk::Error) -> workflow_sdk::Error {
    match e {
        workflow_sdk::Error::Config(m) => workflow_sdk::Error::Config(
            m.replace(
                "Config::builder().region(..)",
                "--region or ALIBABA_CLOUD_REGION_ID",
            )
            .replace("Config::builder().api_key(..)", "ALTABOTS_API_KEY")
            .replace(
                "Config::builder().credentials(..)",
                "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or --profile",
            )
            .replace("an endpoint URL", "--endpoint"),
        ),
        other => other,
    }
}

/// Run ids from a file, or stdin for `-`: one per line; blank lines and
/// lines starting with `#` are skipped.
fn read_ids(source: &str) -> Result<Vec<String>, Failure> {
    let text = if source == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Failure::Usage(format!("--ids-from -: cannot read stdin: {e}")))?;
        s
    } else {
        std::fs::read_to_string(source)
            .map_err(|e| Failure::Usage(format!("--ids-from {source}: {e}")))?
    };
    let ids: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    if ids.is_empty() {
        return Err(Failure::Usage(format!(
            "--ids-from {source}: no run ids in it"
        )));
    }
    Ok(ids)
}

/// With `--simulate`, each asked-for run walks through the API's
/// documented states on the clock: pending, running, then success (a
/// second or two apart per run, so they finish at different times), or a
/// failure state (`--simulate-fail`), or running for ever
/// (`--simulate-timeout`).
fn script_runs(
    sim: &Simulator,
    matches: &ArgMatches,
    spec: &ServiceSpec,
    op_matches: &ArgMatches,
    ids_from: &[String],
    wait: bool,
) {
    let Some((sub, m)) = op_matches.subcommand() else {
        return;
    };
    let Some(op) = spec
        .operations
        .iter()
        .find(|o| o.rust_name.replace('_', "-") == sub)
    else {
        return;
    };
    let Some(run) = op.run else { return };
    let list = |id: &str| -> Vec<String> {
        leaf(matches)
            .get_many::<String>(id)
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    let failing = list("simulate-fail");
    let stuck = list("simulate-timeout");
    let mut ids: Vec<String> = m
        .get_many::<String>(run.id_param)
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    ids.extend(ids_from.iter().cloned());
    let pick = |k: StateKind| run.states.iter().find(|(_, s)| *s == k).map(|(v, _)| *v);
    let pending = pick(StateKind::Pending).or(pick(StateKind::Running));
    let running = pick(StateKind::Running).or(pending);
    let succeeded = pick(StateKind::Succeeded);
    let failed = pick(StateKind::Failed).or(pick(StateKind::Canceled));
    for (i, id) in ids.iter().enumerate() {
        let secs = |s: f64| Duration::from_secs_f64(s);
        let finish = 2.0 + 1.5 * (i % 4) as f64;
        let mut steps: Vec<(Duration, &str)> = Vec::new();
        if let Some(p) = pending {
            steps.push((Duration::ZERO, p));
        }
        if let Some(r) = running {
            steps.push((secs(if wait { 1.0 } else { 0.0 }), r));
        }
        let end = if stuck.contains(id) {
            None
        } else if failing.contains(id) {
            failed
        } else {
            succeeded
        };
        if let Some(e) = end {
            // Without --wait the run is already over.
            steps.push((secs(if wait { finish } else { 0.0 }), e));
        }
        sim.set_timeline(op.operation_id, id, &steps);
    }
}

/// Prints the output on stdout (and the failure of a single run on
/// stderr); returns the exit code.
fn print(matches: &ArgMatches, output: Output, format: Format) -> u8 {
    let expand = flag(matches, "expand-json");
    let query = get::<String>(matches, "query").cloned();
    let shape = |mut v: Value| -> Result<Value, Failure> {
        if expand {
            workflow_sdk::cli::expand_json(&mut v);
        }
        match &query {
            Some(q) => workflow_sdk::cli::query(&v, q),
            None => Ok(v),
        }
    };
    let written = |r: Result<(), u8>, code: u8| match r {
        Ok(()) => code,
        // A closed pipe keeps the outcome's code; a failed write is 1.
        Err(exit::SUCCESS) => code,
        Err(e) => e,
    };
    match output {
        Output::One(v) => match shape(v) {
            Ok(v) => written(
                write_stdout(workflow_sdk::cli::render(&v, format).as_bytes()),
                exit::SUCCESS,
            ),
            Err(f) => {
                say(&f.to_string());
                f.exit_code()
            }
        },
        Output::Runs(runs) => {
            let code = workflow_sdk::cli::runs_exit_code(&runs);
            if runs.len() == 1 && flag(matches, "wait") {
                // One run: its final (or last) response, as a plain call
                // prints it; the reason for a failure on stderr.
                let run = runs.into_iter().next().expect("one run");
                let (last, failure) = match run.outcome {
                    Ok(v) => (Some(v), None),
                    Err(mut f) => (f.take_last(), Some(f)),
                };
                let mut result = Ok(());
                if let Some(v) = last {
                    match shape(v) {
                        Ok(v) => {
                            result = write_stdout(workflow_sdk::cli::render(&v, format).as_bytes())
                        }
                        Err(f) => {
                            say(&f.to_string());
                            return f.exit_code();
                        }
                    }
                }
                if let Some(f) = failure {
                    say(&f.to_string());
                }
                return written(result, code);
            }
            let mut text = String::new();
            if format == Format::Table {
                text = workflow_sdk::cli::render_runs_table(&runs);
            } else {
                for run in &runs {
                    let response = match &run.outcome {
                        Ok(v) => Some(v.clone()),
                        Err(f) => f.last().cloned(),
                    };
                    let response = match response.map(&shape).transpose() {
                        Ok(r) => r,
                        Err(f) => {
                            say(&f.to_string());
                            return f.exit_code();
                        }
                    };
                    let record = run.to_json(response);
                    text.push_str(&match format {
                        Format::Yaml => {
                            format!("---\n{}", workflow_sdk::cli::render(&record, Format::Yaml))
                        }
                        _ => workflow_sdk::cli::render(&record, Format::Json { pretty: false }),
                    });
                }
            }
            written(write_stdout(text.as_bytes()), code)
        }
    }
}
