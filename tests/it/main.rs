//! The integration tests, as one test binary (one link instead of ten): each module tests the
//! published facade `jeugdhulp_op_school` the way a user or the `jos` binary uses it.
//!
//! Run one module with `cargo test --test it -- cli::` (or any test-name filter).

mod agree;
mod agreement_stats;
mod analysis;
mod browser;
mod cli;
mod consensus;
mod diff;
mod exchange;
mod fixtures;
mod migrate;
mod records;
mod reference;
mod release;
mod research;
mod schema;
mod spreadsheets;
mod taxonomy;
