//! One line per request for `serve -v` (and any `tracing` subscriber at INFO for the target
//! `mongodb_api_keys::emulator`): method, path, status and duration. Never the query, a
//! header or a body, so never a credential, a nonce or a created key's secret; and the path
//! with every character but printable ASCII escaped, so that nothing a client sends reaches a
//! terminal raw.
//!
//! Written here rather than with tower-http's `TraceLayer`: its default writes two lines per
//! request and the whole URI, query included; the closures that make it write this one line
//! are this function, plus a dependency.

use std::fmt::Write as _;
use std::time::Instant;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

/// The `tracing` target of the lines.
const TARGET: &str = "mongodb_api_keys::emulator";

/// Middleware, outermost: logs the request once its answer is ready (the status is the one
/// sent, `200` for an enveloped error).
pub(crate) async fn request(request: Request, next: Next) -> Response {
    if !tracing::enabled!(target: TARGET, tracing::Level::INFO) {
        return next.run(request).await;
    }
    let started = Instant::now();
    let method = request.method().clone();
    let path = printable(request.uri().path());
    let response = next.run(request).await;
    let micros = started.elapsed().as_micros();
    tracing::info!(
        target: TARGET,
        method = %method,
        path = %path,
        status = response.status().as_u16(),
        duration_ms = format_args!("{}.{:03}", micros / 1000, micros % 1000),
        "request"
    );
    response
}

/// `text` with every character but printable ASCII (and the backslash) written `\u{..}`.
/// A method needs none of this: hyper accepts only tokens.
fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_graphic() && c != '\\' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_printable_ascii_is_written_as_it_is() {
        assert_eq!(
            printable("/api/atlas/v1.0/orgs/x"),
            "/api/atlas/v1.0/orgs/x"
        );
        assert_eq!(
            printable("/a\u{1b}[2J\r\n\u{202e}é \\"),
            "/a\\u{1b}[2J\\u{d}\\u{a}\\u{202e}\\u{e9}\\u{20}\\u{5c}"
        );
    }
}
