//! Lists as a stream of their items: every page fetched in turn, as many items per page as
//! MongoDB allows (500), so that N items cost ceil(N / 500) requests (plus, once, a digest
//! challenge); `totalCount` says when the last page is reached, so no empty page is asked for.

use std::pin::Pin;

use futures_core::Stream;
use futures_util::{StreamExt as _, TryStreamExt as _, stream};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::operation::Operation;
use super::{Client, Error, decode};

/// The items of a list, as a stream: each `Ok` an item, an `Err` ends it (a page that could
/// not be read). Collect it with `futures_util::TryStreamExt::try_collect`, or take items as
/// they come with `try_next`.
pub type Items<T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>;

/// A list that fails at once (its input refused before anything was sent).
pub(crate) fn failed<T: Send + 'static>(error: Error) -> Items<T> {
    Box::pin(stream::once(async move { Err(error) }))
}

/// The most items MongoDB puts on a page.
pub(crate) const PAGE_SIZE: usize = 500;

/// The most pages one list reads: 500,000 items, a thousand times an organization's cap on
/// keys. A server that says there are more is not believed: the list ends with an error
/// rather than reading without end.
pub(crate) const MAX_PAGES: u64 = 1000;

/// A page of a list answer: its items, and how many there are in all.
#[derive(Deserialize)]
struct Page<T> {
    results: Vec<T>,
    #[serde(rename = "totalCount")]
    total_count: Option<u64>,
}

/// Where a list stands.
struct Cursor {
    client: Client,
    operation: &'static Operation,
    path: Vec<String>,
    /// The next page to ask for, from 1; `None` once the last was read.
    next: Option<u64>,
    seen: u64,
}

impl Client {
    /// Every item of the list `operation` answers at `path`, page after page.
    pub(crate) fn items<T>(&self, operation: &'static Operation, path: Vec<String>) -> Items<T>
    where
        T: DeserializeOwned + Send + 'static,
    {
        let cursor = Cursor {
            client: self.clone(),
            operation,
            path,
            next: Some(1),
            seen: 0,
        };
        stream::try_unfold(cursor, next_page::<T>)
            .map_ok(|items| stream::iter(items.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }
}

/// The next page's items and the cursor after them; `None` past the last page.
async fn next_page<T: DeserializeOwned>(
    mut cursor: Cursor,
) -> Result<Option<(Vec<T>, Cursor)>, Error> {
    let Some(page_num) = cursor.next else {
        return Ok(None);
    };
    let query = [
        ("pageNum", page_num.to_string()),
        ("itemsPerPage", PAGE_SIZE.to_string()),
        ("includeCount", "true".to_owned()),
    ];
    let path: Vec<&str> = cursor.path.iter().map(String::as_str).collect();
    let answer = cursor
        .client
        .send(cursor.operation, &path, &query, None::<&()>)
        .await?;
    let page: Page<T> = decode::value(cursor.operation, answer)?;
    cursor.seen += page.results.len() as u64;
    let more = match page.total_count {
        Some(total) => cursor.seen < total && !page.results.is_empty(),
        None => page.results.len() == PAGE_SIZE,
    };
    if more && page_num >= MAX_PAGES {
        return Err(Error::InvalidResponse {
            status: 200,
            reason: format!(
                "the list went on past {MAX_PAGES} pages of {PAGE_SIZE} items, the most this \
                 client reads; the server's totalCount is not believable"
            ),
            excerpt: String::new(),
        });
    }
    cursor.next = more.then_some(page_num + 1);
    Ok(Some((page.results, cursor)))
}
