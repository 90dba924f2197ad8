//! The Atlas Admin API v2 versions its resources by media type
//! (`application/vnd.atlas.2023-01-01+json`), which progenitor does not read as JSON: it takes
//! `application/json` only. Each operation's versioned media type is taken out of the parsed
//! document (the committed text stays as MongoDB writes it), its content read as JSON, and
//! recorded in `$OUT_DIR/media_types.rs`, from which the generated client's `pre` hook and
//! the hand-written client send it as `Accept` and `Content-Type`. An operation with no
//! versioned content of its own (a delete answered `204`) is served with the version of the
//! other operations of its path, or, when its path has none (a service account's secret, which
//! is only ever deleted), of the nearest path above it that has one: the Admin API v2 wants the
//! version in `Accept` on every request.

use openapiv3::{Content, OpenAPI, ReferenceOr};

/// Whether `media` is a versioned JSON media type of MongoDB's (`application/vnd.atlas.*+json`).
fn versioned(media: &str) -> bool {
    media.starts_with("application/vnd.atlas.") && media.ends_with("+json")
}

/// Moves `content`'s versioned entry to `application/json`; the media type it had.
fn unversion(content: &mut Content, operation: &str) -> Result<Option<String>, String> {
    let Some(media) = content.keys().find(|m| versioned(m)).cloned() else {
        return Ok(None);
    };
    if content.contains_key("application/json") {
        return Err(format!(
            "{operation} offers both {media} and application/json for one body; \
             build/media.rs reads one JSON media type per body"
        ));
    }
    let value = content.shift_remove(&media).unwrap_or_default();
    content.insert("application/json".to_owned(), value);
    Ok(Some(media))
}

/// Every operation's versioned media type, `(operationId, media type)`, the document's
/// versioned contents read as `application/json`. An operation may not mix two versions.
pub(crate) fn normalize(spec: &mut OpenAPI) -> Result<Vec<(String, String)>, String> {
    let mut table = Vec::new();
    // Paths whose operations have no version at all, and the one version of each other path.
    let (mut unversioned, mut by_path) = (Vec::new(), std::collections::HashMap::new());
    for (path, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let operations = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("patch", &mut item.patch),
        ];
        let (mut without, mut versions) = (Vec::new(), Vec::new());
        for (method, operation) in operations {
            let Some(operation) = operation else {
                continue;
            };
            let name = operation
                .operation_id
                .clone()
                .unwrap_or_else(|| format!("{method} {path}"));
            match version_of(operation, &name)? {
                Some(media) => {
                    versions.push(media.clone());
                    table.push((name, media));
                }
                None => without.push(name),
            }
        }
        versions.sort();
        versions.dedup();
        match versions.as_slice() {
            [] => unversioned.push((path.clone(), without)),
            [media] => {
                by_path.insert(path.clone(), media.clone());
                table.extend(without.into_iter().map(|name| (name, media.clone())));
            }
            [_, _, ..] if !without.is_empty() => {
                return Err(format!(
                    "{path} serves more than one version ({}), so {} cannot take its version \
                     from the others: give it versioned content of its own",
                    versions.join(", "),
                    without.join(", ")
                ));
            }
            _ => {}
        }
    }
    for (path, names) in unversioned {
        let media = ancestors(&path).find_map(|above| by_path.get(above));
        if let Some(media) = media {
            table.extend(names.into_iter().map(|name| (name, media.clone())));
        }
    }
    table.sort();
    Ok(table)
}

/// The paths above `path`, nearest first: `/a/{b}/c` gives `/a/{b}` and `/a`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(path), |p| p.rsplit_once('/').map(|(above, _)| above))
        .skip(1)
        .filter(|p| !p.is_empty())
}

/// The versioned media type of `operation`'s body and answers, read as `application/json`
/// from now on; `None` when it has none.
fn version_of(operation: &mut openapiv3::Operation, name: &str) -> Result<Option<String>, String> {
    let mut found: Vec<String> = Vec::new();
    if let Some(ReferenceOr::Item(body)) = &mut operation.request_body {
        found.extend(unversion(&mut body.content, name)?);
    }
    for response in operation.responses.responses.values_mut() {
        if let ReferenceOr::Item(response) = response {
            found.extend(unversion(&mut response.content, name)?);
        }
    }
    found.dedup();
    match found.as_slice() {
        [] => Ok(None),
        [media] => Ok(Some(media.clone())),
        _ => Err(format!(
            "{name} uses more than one versioned media type ({}); one operation, one version",
            found.join(", ")
        )),
    }
}

/// The Rust source of the table, for `include!`.
pub(crate) fn table_source(table: &[(String, String)]) -> String {
    let mut out = String::from(
        "/// Each operation's versioned media type (`Accept`, and `Content-Type` of a body),\n\
         /// by `operationId`, from `openapi.yaml`.\n\
         pub(crate) const MEDIA_TYPES: &[(&str, &str)] = &[\n",
    );
    for (operation, media) in table {
        out.push_str(&format!("    ({operation:?}, {media:?}),\n"));
    }
    out.push_str("];\n");
    out
}
