// @generated from taxonomy/ by `cargo xtask codegen`. Do not edit by hand.
//! Typed enums for the built-in taxonomy, one per facet.

#[rustfmt::skip]
mod intensity;
#[rustfmt::skip]
mod expertise_level;
#[rustfmt::skip]
mod stay;
#[rustfmt::skip]
mod activity;
#[rustfmt::skip]
mod setting;
#[rustfmt::skip]
mod organisation_model;
#[rustfmt::skip]
mod coordination_structure;
#[rustfmt::skip]
mod provider_arrangement;
#[rustfmt::skip]
mod integration;
#[rustfmt::skip]
mod collaboration_level;
#[rustfmt::skip]
mod access_route;
#[rustfmt::skip]
mod access_decision;
#[rustfmt::skip]
mod target;
#[rustfmt::skip]
mod role;
#[rustfmt::skip]
mod competency;
#[rustfmt::skip]
mod education;
#[rustfmt::skip]
mod age_phase;
#[rustfmt::skip]
mod need;
#[rustfmt::skip]
mod goal;
#[rustfmt::skip]
mod funding_source;
#[rustfmt::skip]
mod funding_permanence;
#[rustfmt::skip]
mod funding_mechanism;
#[rustfmt::skip]
mod term;

pub use intensity::Intensity;
pub use expertise_level::ExpertiseLevel;
pub use stay::Stay;
pub use activity::Activity;
pub use setting::Setting;
pub use organisation_model::OrganisationModel;
pub use coordination_structure::CoordinationStructure;
pub use provider_arrangement::ProviderArrangement;
pub use integration::Integration;
pub use collaboration_level::CollaborationLevel;
pub use access_route::AccessRoute;
pub use access_decision::AccessDecision;
pub use target::Target;
pub use role::Role;
pub use competency::Competency;
pub use education::Education;
pub use age_phase::AgePhase;
pub use need::Need;
pub use goal::Goal;
pub use funding_source::FundingSource;
pub use funding_permanence::FundingPermanence;
pub use funding_mechanism::FundingMechanism;
pub use term::Term;

/// The version of the built-in taxonomy the enums were generated from.
pub const TAXONOMY_VERSION: &str = "2.0.1";
