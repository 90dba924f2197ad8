//! What the commands print: a created key as JSON (stdout piped) or as a table that marks
//! the shown-once secret (on a terminal). Server text in a table is shown with its control
//! characters made visible; JSON escapes them itself.

use std::io::Write as _;

use mongodb_api_keys::client::printable;
use serde_json::Value;

use super::args::Output;
use super::{CliError, Exit};

/// A created key as JSON, its shown-once secret included: printing it is the point.
pub(crate) fn json(value: &impl serde::Serialize) -> Value {
    mongodb_api_keys::Secret::reveal_while(|| serde_json::to_value(value)).unwrap_or(Value::Null)
}

/// Prints a created key (or an access list): JSON, or a table that marks the shown-once
/// secret.
///
/// When stdout cannot take it (closed, full), the key goes to stderr instead, secret
/// included, so that it is not lost: it exists now and its secret is shown only once.
pub(crate) fn print(key: &Value, output: Output, pretty: bool) -> Result<(), CliError> {
    let text = match output {
        Output::Json if pretty => {
            escape_hidden(&serde_json::to_string_pretty(key).unwrap_or_default())
        }
        Output::Json => escape_hidden(&key.to_string()),
        Output::Table => table(key),
    };
    write_stdout(&format!("{text}\n")).map_err(|error| {
        let fallback = format!(
            "{}; the result was created on the server, so here it is on stderr (store any \
             secret in it now; it is shown only once):\n{text}\n",
            error.message
        );
        let _ = std::io::stderr().write_all(fallback.as_bytes());
        CliError::new(
            Exit::Output,
            "the result above went to stderr instead of stdout",
        )
    })
}

/// Prints an answer as the server sent it, because it holds a created secret that did not
/// come in the shape the contract describes: JSON when it is JSON (as [`print`] prints it),
/// otherwise its text with control characters made visible.
pub(crate) fn print_raw(body: &str, output: Output, pretty: bool) -> Result<(), CliError> {
    match serde_json::from_str::<Value>(body) {
        Ok(value) => print(&value, output, pretty),
        Err(_) => print(&Value::String(body.to_owned()), Output::Json, false),
    }
}

/// JSON with the characters [`printable`] would change and JSON leaves as they are (DEL, C1
/// controls, bidirectional-text controls) written as `\uXXXX` escapes: the same JSON once
/// parsed, and shown on a terminal as it was sent. (JSON itself escapes the C0 controls in
/// its strings; the raw ones left are its own line breaks.)
fn escape_hidden(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut buffer = [0; 4];
    for c in json.chars() {
        let hidden = u32::from(c) >= 0x7f
            && matches!(
                printable(c.encode_utf8(&mut buffer)),
                std::borrow::Cow::Owned(_)
            );
        if hidden {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn table(key: &Value) -> String {
    let mut rows = Vec::new();
    for (name, value) in key.as_object().into_iter().flatten() {
        let shown = match (name.as_str(), value) {
            ("roles", Value::Array(roles)) => roles
                .iter()
                .map(|r| {
                    let scope = r
                        .get("orgId")
                        .or_else(|| r.get("groupId"))
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    format!("{} ({scope})", r["roleName"].as_str().unwrap_or(""))
                })
                .collect::<Vec<_>>()
                .join(", "),
            ("results", Value::Array(entries)) => entries
                .iter()
                .filter_map(|entry| entry["cidrBlock"].as_str())
                .collect::<Vec<_>>()
                .join(", "),
            ("links", Value::Array(links)) => links
                .iter()
                .filter_map(|l| l["href"].as_str())
                .collect::<Vec<_>>()
                .join(" "),
            (_, Value::String(s)) => s.clone(),
            (_, other) => other.to_string(),
        };
        // Values came from the server: never let them drive the terminal.
        let shown = printable(&shown);
        let secret = matches!(name.as_str(), "privateKey" | "key");
        let note = if secret {
            "   <- SECRET, shown only this once: store it now"
        } else {
            ""
        };
        rows.push(format!("{name:<14} {shown}{note}"));
    }
    rows.join("\n")
}

pub(crate) fn write_stdout(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| CliError::new(Exit::Output, format!("cannot write to stdout: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_output_escapes_what_would_drive_a_terminal_and_parses_the_same() {
        let value = serde_json::json!({"desc": "key \u{202e}gpj.exe\u{9b}2J\u{7f}", "n": "é\n"});
        for shown in [
            escape_hidden(&value.to_string()),
            escape_hidden(&serde_json::to_string_pretty(&value).unwrap()),
        ] {
            assert!(!shown.contains(['\u{202e}', '\u{9b}', '\u{7f}']), "{shown}");
            assert!(
                shown.contains("\\u202e") && shown.contains("\\u009b"),
                "{shown}"
            );
            assert!(shown.contains('é'), "{shown}");
            assert_eq!(serde_json::from_str::<Value>(&shown).unwrap(), value);
        }
    }
}
