//! Who may do what, as the spec says under each operation: any role in an organization reads
//! its keys and access lists; its Organization Owner creates, changes and deletes them;
//! any role in a project reads the project's keys and agent keys, and its Project Owner (or
//! the Organization Owner) changes them. A refusal is a `401` with MongoDB's code and no
//! challenge: signing again will not help.

use std::sync::atomic::Ordering;

use super::principal::Principal;
use super::refusals;
use super::response::ApiFailure;
use super::state::EmulatorState;

/// Counts a refusal for lack of a role.
fn refused(state: &EmulatorState, failure: ApiFailure) -> ApiFailure {
    state.counters.forbidden.fetch_add(1, Ordering::Relaxed);
    failure
}

/// Any role in `org_id` (Organization Member), or 401 `USER_CANNOT_ACCESS_ORG`.
pub(crate) fn org_member(
    state: &EmulatorState,
    principal: &Principal,
    org_id: &str,
) -> Result<(), ApiFailure> {
    match principal.in_org(org_id) {
        true => Ok(()),
        false => Err(refused(state, refusals::user_cannot_access_org())),
    }
}

/// Organization Owner of `org_id`, or 401 `NOT_ORG_OWNER` (`USER_CANNOT_ACCESS_ORG` with no
/// role there at all).
pub(crate) fn org_owner(
    state: &EmulatorState,
    principal: &Principal,
    org_id: &str,
) -> Result<(), ApiFailure> {
    if principal.has_org_role(org_id, "ORG_OWNER") {
        return Ok(());
    }
    Err(refused(
        state,
        if principal.in_org(org_id) {
            refusals::not_org_owner(org_id)
        } else {
            refusals::user_cannot_access_org()
        },
    ))
}

/// Any role in project `group_id`, or Organization Owner of its organization `org_id` (who
/// sees every project of it); else 401 `NOT_IN_GROUP`.
pub(crate) fn project_reader(
    state: &EmulatorState,
    principal: &Principal,
    group_id: &str,
    org_id: &str,
) -> Result<(), ApiFailure> {
    if principal.in_project(group_id) || principal.has_org_role(org_id, "ORG_OWNER") {
        return Ok(());
    }
    Err(refused(state, refusals::not_in_group()))
}

/// Project Owner of `group_id`, or Organization Owner of its organization `org_id`; else 401
/// `USER_UNAUTHORIZED` with a lesser role in the project, `NOT_IN_GROUP` with none.
pub(crate) fn project_owner(
    state: &EmulatorState,
    principal: &Principal,
    group_id: &str,
    org_id: &str,
) -> Result<(), ApiFailure> {
    if principal.has_project_role(group_id, "GROUP_OWNER")
        || principal.has_org_role(org_id, "ORG_OWNER")
    {
        return Ok(());
    }
    Err(refused(
        state,
        if principal.in_project(group_id) {
            refusals::user_unauthorized()
        } else {
            refusals::not_in_group()
        },
    ))
}

/// The user `user_id` itself, whatever its roles; else 401 `USER_UNAUTHORIZED`.
pub(crate) fn same_user(
    state: &EmulatorState,
    principal: &Principal,
    user_id: &str,
) -> Result<(), ApiFailure> {
    use super::principal::Who;
    match &principal.who {
        Who::User { user_id: me } if me == user_id => Ok(()),
        _ => Err(refused(state, refusals::user_unauthorized())),
    }
}
