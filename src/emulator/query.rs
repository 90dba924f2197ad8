//! Query strings as MongoDB's Java back end reads them: `name=value` pairs, and booleans
//! read with Java's `Boolean.valueOf`.

/// The `name=value` pairs of a query string, decoded; malformed pairs are skipped.
pub(crate) fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default()
}

/// A boolean query parameter as MongoDB's Java back end reads it, or `None` when it is absent
/// or blank (then the default applies). Jersey reads a `boolean` `@QueryParam` with
/// `Boolean.valueOf(String)` on the parameter's first value (`PrimitiveValueOfExtractor`),
/// which is `true` for `true` in any letter case and `false` for anything else; a value that
/// is empty or all white space gives the default. So nothing is refused: `pretty=1` is false.
pub(crate) fn flag(pairs: &[(String, String)], name: &str) -> Option<bool> {
    let (_, value) = pairs.iter().find(|(n, _)| n == name)?;
    (!value.trim().is_empty()).then(|| value.eq_ignore_ascii_case("true"))
}
