//! The edits build.rs makes to progenitor's output (build/tree.rs) fail the build, naming
//! themselves, when the output no longer has what they change: a progenitor update cannot
//! change the public API silently.

#[path = "../build/tree.rs"]
#[allow(dead_code)]
mod tree;

use quote::ToTokens as _;

fn text(file: &syn::File) -> String {
    file.to_token_stream().to_string()
}

/// What progenitor generates, in miniature: a type, an ID setter, a documented sketch.
fn generated() -> syn::File {
    syn::parse_quote! {
        pub mod types {
            pub struct ApiKey { pub desc: String }
            pub enum OrgRole { OrgOwner }
            pub mod builder { pub struct ApiKey { desc: Result<String, String> } }
        }
        pub mod builder {
            impl<'a> CreateOrgApiKey<'a> {
                #[doc = "```ignore\nlet response = client.create_org_api_key()\n```"]
                pub fn org_id<V>(mut self, value: V) -> Self
                where
                    V: std::convert::TryInto<crate::object_id::ObjectId>,
                {
                    self.org_id = value.try_into().map_err(|_| {
                        "conversion to `crate :: object_id :: ObjectId` for org_id failed".to_string()
                    });
                    self
                }
            }
        }
    }
}

#[test]
fn every_edit_applies_to_progenitors_output() {
    let mut file = generated();
    tree::edit(&mut file).unwrap();
    let out = text(&file);
    assert_eq!(out.matches("non_exhaustive").count(), 2, "{out}");
    assert!(out.contains("V :: Error : std :: fmt :: Display"), "{out}");
    assert!(out.contains("format ! (\"org_id: {e}\")"), "{out}");
    assert!(
        out.contains("```text") && !out.contains("```ignore"),
        "{out}"
    );
}

#[test]
fn an_edit_that_no_longer_applies_fails_the_build_naming_itself() {
    let no_types: syn::File = syn::parse_quote! { pub mod types {} };
    let error = tree::non_exhaustive_types(&mut no_types.clone()).unwrap_err();
    assert!(error.contains("non_exhaustive_types"), "{error}");

    let mut no_setters: syn::File = syn::parse_quote! { pub mod types { pub struct A; } };
    let error = tree::id_setters_name_the_value(&mut no_setters).unwrap_err();
    assert!(error.contains("id_setters_name_the_value"), "{error}");
    // A setter whose message progenitor worded otherwise: the closure is not rewritten, and
    // the bound and closure counts disagree.
    let mut reworded = generated();
    let reworded_text = text(&reworded).replace("conversion to", "could not convert to");
    reworded = syn::parse_str(&reworded_text).unwrap();
    let error = tree::id_setters_name_the_value(&mut reworded).unwrap_err();
    assert!(error.contains("0 error closures and 1 bounds"), "{error}");

    let mut no_sketch: syn::File = syn::parse_quote! { pub mod types { pub struct A; } };
    let error = tree::sketches_are_text(&mut no_sketch).unwrap_err();
    assert!(error.contains("sketches_are_text"), "{error}");
}
