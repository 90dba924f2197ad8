//! What build.rs changes in the code progenitor generates, on its syntax tree (never on the
//! printed text, whose spacing a progenitor or prettyplease update can change). Each edit
//! counts what it changed and fails the build, saying which edit and why, when it finds
//! nothing to change: a progenitor update that changes the shape of its output is caught
//! here, not by users (tests/build_script.rs proves each failure).

use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, ExprClosure, ExprMethodCall, File, Item, Lit, Pat, WherePredicate};

/// The edits, in order; the first one that no longer applies is the error.
pub(crate) fn edit(file: &mut File) -> Result<(), String> {
    non_exhaustive_types(file)?;
    id_setters_name_the_value(file)?;
    sketches_are_text(file)?;
    Ok(())
}

/// The generated `types` module's items.
fn types_module(file: &mut File) -> Result<&mut Vec<Item>, String> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or_else(|| "the generated code has no `types` module (build/tree.rs)".to_owned())
}

/// Every struct and enum of `types` (not those of its `builder` and `error` modules)
/// becomes `#[non_exhaustive]`: MongoDB adds response fields and enum values over time, and
/// adding an optional field or a value to `openapi.yaml` must not break a user's code. Users
/// build them with the generated builders (`ApiKey::builder()`), read their fields, and
/// match them with `..` and a wildcard arm.
pub(crate) fn non_exhaustive_types(file: &mut File) -> Result<(), String> {
    let attribute: Attribute = syn::parse_quote!(#[non_exhaustive]);
    let mut marked = 0;
    for item in types_module(file)? {
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            attrs.push(attribute.clone());
        }
        marked += 1;
    }
    if marked == 0 {
        return Err(
            "non_exhaustive_types found no struct or enum in the generated `types` \
                    module: progenitor's output changed; update build/tree.rs"
                .into(),
        );
    }
    Ok(())
}

/// A builder setter for an ID (`.org_id(..)`) refuses a malformed value with progenitor's
/// fixed text, "conversion to `ObjectId` for org_id failed", dropping the reason. The edit
/// keeps the reason instead (`org_id: "abc" is not a MongoDB ObjectId: expected 24 lower-case
/// hexadecimal digits, ...`), which names the value and the rule: the closure
/// `|_| "conversion to ... for NAME failed".to_string()` becomes `|e| format!("NAME: {e}")`,
/// and the setter's `V: TryInto<ObjectId>` gains `V::Error: Display`.
pub(crate) fn id_setters_name_the_value(file: &mut File) -> Result<(), String> {
    let mut edit = IdSetters::default();
    edit.visit_file_mut(file);
    if edit.closures == 0 || edit.closures != edit.bounds {
        return Err(format!(
            "id_setters_name_the_value rewrote {} error closures and {} bounds of ID setters \
             (it expects the same number, at least one): progenitor's output changed; update \
             build/tree.rs",
            edit.closures, edit.bounds
        ));
    }
    Ok(())
}

#[derive(Default)]
struct IdSetters {
    closures: usize,
    bounds: usize,
}

/// The parameter named by progenitor's conversion message, if `closure` is
/// `|_| "conversion to `crate :: object_id :: ObjectId` for NAME failed".to_string()`.
fn conversion_parameter(closure: &ExprClosure) -> Option<String> {
    if !matches!(closure.inputs.first(), Some(Pat::Wild(_))) {
        return None;
    }
    let mut body = &*closure.body;
    if let Expr::Block(block) = body {
        match block.block.stmts.as_slice() {
            [syn::Stmt::Expr(expr, None)] => body = expr,
            _ => return None,
        }
    }
    let Expr::MethodCall(call) = body else {
        return None;
    };
    let Expr::Lit(lit) = &*call.receiver else {
        return None;
    };
    let Lit::Str(text) = &lit.lit else {
        return None;
    };
    let text = text.value();
    let rest = text.strip_prefix("conversion to `crate :: object_id :: ObjectId` for ")?;
    Some(rest.strip_suffix(" failed")?.to_owned())
}

impl VisitMut for IdSetters {
    fn visit_expr_method_call_mut(&mut self, call: &mut ExprMethodCall) {
        if call.method == "map_err"
            && let Some(Expr::Closure(closure)) = call.args.first()
            && let Some(name) = conversion_parameter(closure)
        {
            let message = format!("{name}: {{e}}");
            call.args[0] = syn::parse_quote!(|e| format!(#message));
            self.closures += 1;
        }
        visit_mut::visit_expr_method_call_mut(self, call);
    }

    fn visit_impl_item_fn_mut(&mut self, function: &mut syn::ImplItemFn) {
        let takes_an_id = function
            .sig
            .generics
            .where_clause
            .as_ref()
            .is_some_and(|clause| {
                clause.predicates.iter().any(|p| {
                    let text = quote::quote!(#p).to_string().replace(' ', "");
                    text == "V:std::convert::TryInto<crate::object_id::ObjectId>"
                })
            });
        if takes_an_id && let Some(clause) = function.sig.generics.where_clause.as_mut() {
            let bound: WherePredicate = syn::parse_quote!(V::Error: std::fmt::Display);
            clause.predicates.push(bound);
            self.bounds += 1;
        }
        visit_mut::visit_impl_item_fn_mut(self, function);
    }
}

/// progenitor documents each operation with a call sketch fenced as `ignore`: it cannot
/// compile on its own, so it is shown as text rather than counted as a skipped doctest.
pub(crate) fn sketches_are_text(file: &mut File) -> Result<(), String> {
    let mut edit = Sketches::default();
    edit.visit_file_mut(file);
    if edit.fences == 0 {
        return Err(
            "sketches_are_text found no ```ignore fence in the generated docs: \
                    progenitor's output changed; update build/tree.rs"
                .into(),
        );
    }
    Ok(())
}

#[derive(Default)]
struct Sketches {
    fences: usize,
}

impl VisitMut for Sketches {
    fn visit_attribute_mut(&mut self, attribute: &mut Attribute) {
        if attribute.path().is_ident("doc")
            && let syn::Meta::NameValue(doc) = &mut attribute.meta
            && let Expr::Lit(lit) = &mut doc.value
            && let Lit::Str(text) = &lit.lit
            && text.value().contains("```ignore")
        {
            let fixed = text.value().replace("```ignore", "```text");
            lit.lit = Lit::Str(syn::LitStr::new(&fixed, text.span()));
            self.fences += 1;
        }
    }
}
