//! What the commands print: a created key as JSON (stdout piped) or as a table that marks
//! the shown-once secret (on a terminal). Server text in a table is shown with its control
//! characters made visible; JSON escapes them itself.

use std::io::Write as _;

use mongodb_api_keys::Secret;
use mongodb_api_keys::client::printable;
use serde_json::Value;

use super::global::Output;
use super::{CliError, Exit};

/// A created key as JSON, its shown-once secret included: printing it is the point.
pub(crate) fn json(value: &impl serde::Serialize) -> Value {
    mongodb_api_keys::Secret::reveal_while(|| serde_json::to_value(value)).unwrap_or(Value::Null)
}

/// How MongoDB masks one kind of secret.
type Mask = fn(&str) -> String;

/// Something read back (a key, an agent key) as JSON, with the secret fields as MongoDB
/// masks them after creation: `privateKey` as `********-****-****-` and its last 12
/// characters, an agent key's `key` as its last 4. A server that sends a secret unmasked
/// (it should not) gets it masked here: a read never prints a usable secret. A service
/// account's secrets are shown by their `maskedSecretValue`; a `secret` a server sends in a
/// read is left out.
pub(crate) fn read(value: &impl serde::Serialize) -> Value {
    let mut value = json(value);
    if let Some(Value::Array(secrets)) = value.get_mut("secrets") {
        for secret in secrets.iter_mut().filter_map(Value::as_object_mut) {
            secret.remove("secret");
        }
    }
    if let Some(object) = value.as_object_mut() {
        let masks: [(&str, Mask); 2] = [
            ("privateKey", Secret::mask_private_key),
            ("key", Secret::mask_agent_key),
        ];
        for (field, mask) in masks {
            if let Some(Value::String(text)) = object.get_mut(field)
                && !text.starts_with('*')
            {
                *text = mask(text);
            }
        }
    }
    value
}

/// Prints a created key (or an access list): JSON, or a table that marks the shown-once
/// secret.
///
/// When stdout cannot take it (closed, full), the key goes to stderr instead, secret
/// included, so that it is not lost: it exists now and its secret is shown only once.
pub(crate) fn print(key: &Value, output: Output, pretty: bool) -> Result<(), CliError> {
    let text = match output {
        Output::Json => json_text(key, pretty),
        Output::Table => table(key, Secrets::Marked),
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

/// JSON as the commands print it: compact, or indented with `--pretty`, what would drive a
/// terminal escaped.
fn json_text(value: &Value, pretty: bool) -> String {
    if pretty {
        escape_hidden(&serde_json::to_string_pretty(value).unwrap_or_default())
    } else {
        escape_hidden(&value.to_string())
    }
}

/// Prints something read back (a key, an access-list entry): JSON as it came (MongoDB
/// masks secrets after creation), or a table without the secret fields at all.
pub(crate) fn print_read(value: &Value, output: Output, pretty: bool) -> Result<(), CliError> {
    let text = match output {
        Output::Json => json_text(value, pretty),
        Output::Table => table(value, Secrets::Left),
    };
    write_stdout(&format!("{text}\n"))
}

/// Prints a list: one JSON array, or a table with a row per item and these `columns` (a
/// secret field is never one of them).
pub(crate) fn print_list(
    items: &[Value],
    columns: &[&str],
    output: Output,
    pretty: bool,
) -> Result<(), CliError> {
    let text = match output {
        Output::Json => json_text(&Value::Array(items.to_vec()), pretty),
        Output::Table => {
            let mut rows = vec![columns.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>()];
            for item in items {
                rows.push(columns.iter().map(|c| cell(c, &item[*c])).collect());
            }
            aligned(&rows)
        }
    };
    write_stdout(&format!("{text}\n"))
}

/// Prints what a delete did: `{"deleted": ID, "alreadyGone": bool}`, or a sentence.
pub(crate) fn print_deleted(
    what: &str,
    id: &str,
    already_gone: bool,
    output: Output,
) -> Result<(), CliError> {
    let text = match output {
        Output::Json => json_text(
            &serde_json::json!({"deleted": id, "alreadyGone": already_gone}),
            false,
        ),
        Output::Table if already_gone => {
            format!(
                "{what} {} was already gone; nothing was deleted",
                printable(id)
            )
        }
        Output::Table => format!("deleted {what} {}", printable(id)),
    };
    write_stdout(&format!("{text}\n"))
}

/// Rows as columns padded to their widest cell.
fn aligned(rows: &[Vec<String>]) -> String {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| format!("{cell:<width$}"))
                .collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
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

/// Whether a table shows the secret fields (`privateKey`, `key`): marked as shown once (a
/// created credential), or left out (a read: MongoDB masks them, and so do we).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Secrets {
    Marked,
    Left,
}

pub(crate) fn table(key: &Value, secrets: Secrets) -> String {
    let mut rows = Vec::new();
    for (name, value) in key.as_object().into_iter().flatten() {
        let secret = matches!(name.as_str(), "privateKey" | "key");
        if secret && secrets == Secrets::Left {
            continue;
        }
        let note = if secret {
            "   <- SECRET, shown only this once: store it now"
        } else {
            ""
        };
        rows.push(format!("{name:<14} {}{note}", cell(name, value)));
    }
    rows.join("\n")
}

/// One value as a table shows it, made printable (it came from the server).
fn cell(name: &str, value: &Value) -> String {
    let shown = match (name, value) {
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
        (_, Value::Null) => String::new(),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    };
    // Values came from the server: never let them drive the terminal.
    printable(&shown).into_owned()
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
