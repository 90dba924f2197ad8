//! `user-key`: personal API keys (deprecated by MongoDB).

use clap::Subcommand;

use super::CliError;
use super::client::CliClient;
use super::global::Global;

#[derive(Subcommand)]
pub(crate) enum UserKey {
    /// Create a personal API key (deprecated endpoint; prefer `org-key create`).
    Create {
        /// The user (the credentials must be that user's).
        #[arg(long)]
        user_id: String,
        /// Description; may be empty.
        #[arg(long)]
        description: String,
    },
}

pub(crate) async fn run(
    g: &Global,
    UserKey::Create {
        user_id,
        description,
    }: UserKey,
) -> Result<(), CliError> {
    eprintln!(
        "warning: personal user API keys are deprecated by MongoDB (Atlas stopped creating them \
         in 2021); prefer `mongodb-api-keys org-key create`"
    );
    let client = CliClient::new(g)?;
    #[allow(deprecated)]
    let created = client.api.create_user_api_key(&user_id, &description).await;
    client.print_created(g, created)
}
