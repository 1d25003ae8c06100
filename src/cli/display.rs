//! The progress display of `--wait` on stderr.

use std::borrow::Cow;
use std::io::Write;
use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use super::{Failure, WaitSettings, escape_controls};
use crate::{Error, RunState};

/// One run in the display.
pub(super) struct Row {
    pub(super) id: String,
    pub(super) start: Instant,
    pub(super) state: Option<RunState>,
    pub(super) status: String,
    pub(super) polls: u32,
    pub(super) last_poll: Option<Instant>,
    pub(super) done: Option<Instant>,
}

impl Row {
    pub(super) fn new(id: String, start: Instant) -> Self {
        Self {
            id,
            start,
            state: None,
            status: String::new(),
            polls: 0,
            last_poll: None,
            done: None,
        }
    }

    pub(super) fn elapsed(&self) -> Duration {
        self.done.unwrap_or_else(Instant::now) - self.start
    }

    fn status_word(&self) -> Cow<'_, str> {
        let s = self.status.trim();
        if s.is_empty() {
            if self.polls == 0 {
                Cow::Borrowed("(starting)")
            } else {
                Cow::Borrowed("(no status)")
            }
        } else {
            escape_controls(s)
        }
    }

    /// `Processing (12s)`: the service's status word and the time.
    fn short(&self) -> String {
        format!("{} ({}s)", self.status_word(), self.elapsed().as_secs())
    }

    /// The live line: status, elapsed time, polls, time since the last poll.
    fn live(&self) -> String {
        let since = match self.last_poll {
            Some(t) if self.done.is_none() => format!(", last poll {}s ago", t.elapsed().as_secs()),
            _ => String::new(),
        };
        format!(
            "{} · {}s · {} poll{}{since}",
            self.status_word(),
            self.elapsed().as_secs(),
            self.polls,
            if self.polls == 1 { "" } else { "s" }
        )
    }
}

/// The progress display on stderr: a ticking line (one run) or a live
/// table (several) on a terminal; otherwise one line per change and a
/// heartbeat line when nothing was printed for a while.
pub(super) struct Display {
    single: bool,
    terminal: bool,
    width: usize,
    heartbeat: Duration,
    last_line: Instant,
    bars: Vec<indicatif::ProgressBar>,
    _multi: Option<indicatif::MultiProgress>,
}

impl Display {
    pub(super) fn new(settings: &WaitSettings, single: bool, rows: &[Row]) -> Self {
        let width = rows
            .iter()
            .map(|r| r.id.chars().count())
            .max()
            .unwrap_or(2)
            .clamp(2, 40);
        let mut d = Self {
            single,
            terminal: settings.terminal,
            width,
            heartbeat: settings.heartbeat,
            last_line: Instant::now(),
            bars: Vec::new(),
            _multi: None,
        };
        if !settings.terminal {
            return d;
        }
        let target = indicatif::ProgressDrawTarget::stderr_with_hz(10);
        if single {
            let bar = indicatif::ProgressBar::with_draw_target(None, target);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(250));
            d.bars.push(bar);
        } else {
            let multi = indicatif::MultiProgress::with_draw_target(target);
            let style = indicatif::ProgressStyle::with_template("{msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
            let header = multi.add(indicatif::ProgressBar::new_spinner().with_style(style.clone()));
            header.set_message(format!(
                "{:<w$}  {:<20}  {:>7}  {:>5}",
                "ID",
                "STATE",
                "ELAPSED",
                "POLLS",
                w = width
            ));
            d.bars.push(header);
            for _ in rows {
                d.bars.push(
                    multi.add(indicatif::ProgressBar::new_spinner().with_style(style.clone())),
                );
            }
            d._multi = Some(multi);
        }
        d.refresh(rows);
        d
    }

    fn line(&mut self, text: &str) {
        self.last_line = Instant::now();
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    }

    fn prefix(&self, row: &Row) -> String {
        if self.single {
            String::new()
        } else {
            format!("{}: ", escape_controls(&row.id))
        }
    }

    pub(super) fn changed(&mut self, _i: usize, row: &Row) {
        if !self.terminal {
            let line = format!("{}{}", self.prefix(row), row.short());
            self.line(&line);
        }
    }

    pub(super) fn retrying(&mut self, _i: usize, row: &Row, error: &Error) {
        if !self.terminal {
            let line = format!(
                "{}poll {} failed, polling on: {}",
                self.prefix(row),
                row.polls,
                escape_controls(&error.to_string())
            );
            self.line(&line);
        }
    }

    pub(super) fn done(&mut self, _i: usize, row: &Row, outcome: &Result<Value, Failure>) {
        if self.terminal || outcome.is_ok() || self.single {
            return;
        }
        if let Err(f) = outcome {
            let first = f.to_string();
            let first = first.lines().next().unwrap_or_default().to_string();
            let line = format!("{}{first}", self.prefix(row));
            self.line(&line);
        }
    }

    /// Redraws the live display (terminal only).
    pub(super) fn refresh(&mut self, rows: &[Row]) {
        if !self.terminal {
            return;
        }
        if self.single {
            if let (Some(bar), Some(row)) = (self.bars.first(), rows.first()) {
                bar.set_message(row.live());
            }
            return;
        }
        for (bar, row) in self.bars.iter().skip(1).zip(rows) {
            let state = match &row.state {
                Some(_) => row.status_word().into_owned(),
                None => "(starting)".to_string(),
            };
            let state: String = state.chars().take(20).collect();
            bar.set_message(format!(
                "{:<w$}  {:<20}  {:>6}s  {:>5}",
                escape_controls(&row.id),
                state,
                row.elapsed().as_secs(),
                row.polls,
                w = self.width
            ));
        }
    }

    /// Every second on a terminal; every heartbeat otherwise.
    pub(super) fn tick(&mut self, rows: &[Row]) {
        if self.terminal {
            self.refresh(rows);
            return;
        }
        if self.last_line.elapsed() + Duration::from_millis(50) < self.heartbeat {
            return;
        }
        let open: Vec<&Row> = rows.iter().filter(|r| r.done.is_none()).collect();
        if open.is_empty() {
            return;
        }
        let line = if self.single {
            let row = open[0];
            let since = row
                .last_poll
                .map(|t| format!(", last poll {}s ago", t.elapsed().as_secs()))
                .unwrap_or_default();
            format!(
                "still {} ({}s, {} polls{since})",
                row.status_word(),
                row.elapsed().as_secs(),
                row.polls
            )
        } else {
            let elapsed = rows
                .first()
                .map(|r| r.start.elapsed().as_secs())
                .unwrap_or(0);
            format!(
                "still waiting on {} of {} runs ({elapsed}s)",
                open.len(),
                rows.len()
            )
        };
        self.line(&line);
    }

    pub(super) fn finish(&mut self) {
        if let Some(multi) = &self._multi {
            for bar in &self.bars {
                bar.finish();
            }
            let _ = multi.clear();
            for bar in &self.bars {
                let _ = writeln!(std::io::stderr().lock(), "{}", bar.message());
            }
        } else {
            for bar in &self.bars {
                let msg = bar.message();
                bar.finish_and_clear();
                let _ = writeln!(std::io::stderr().lock(), "{msg}");
            }
        }
    }
}
