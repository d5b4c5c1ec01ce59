// @generated from taxonomy/ by `JOS_BLESS=1 cargo test --test generated`. Do not edit by hand.
//! Typed enums for the built-in taxonomy, one per facet, and the embedded taxonomy files.

#[rustfmt::skip]
pub mod intensity;
#[rustfmt::skip]
pub mod activity;
#[rustfmt::skip]
pub mod setting;
#[rustfmt::skip]
pub mod organisation_model;
#[rustfmt::skip]
pub mod integration;
#[rustfmt::skip]
pub mod access_route;
#[rustfmt::skip]
pub mod target;
#[rustfmt::skip]
pub mod role;
#[rustfmt::skip]
pub mod competency;
#[rustfmt::skip]
pub mod education;
#[rustfmt::skip]
pub mod age_phase;
#[rustfmt::skip]
pub mod need;
#[rustfmt::skip]
pub mod goal;
#[rustfmt::skip]
pub mod funding_source;
#[rustfmt::skip]
pub mod funding_mechanism;

pub use intensity::Intensity;
pub use activity::Activity;
pub use setting::Setting;
pub use organisation_model::OrganisationModel;
pub use integration::Integration;
pub use access_route::AccessRoute;
pub use target::Target;
pub use role::Role;
pub use competency::Competency;
pub use education::Education;
pub use age_phase::AgePhase;
pub use need::Need;
pub use goal::Goal;
pub use funding_source::FundingSource;
pub use funding_mechanism::FundingMechanism;

/// The version of the built-in taxonomy the enums were generated from.
pub const TAXONOMY_VERSION: &str = "1.0.0";

/// The taxonomy files embedded in the crate, relative to `taxonomy/`.
pub(crate) static FILES: &[(&str, &str)] = &[
    ("taxonomy.yaml", include_str!("../../taxonomy/taxonomy.yaml")),
    ("facets/intensity.yaml", include_str!("../../taxonomy/facets/intensity.yaml")),
    ("facets/activity.yaml", include_str!("../../taxonomy/facets/activity.yaml")),
    ("facets/setting.yaml", include_str!("../../taxonomy/facets/setting.yaml")),
    ("facets/organisation-model.yaml", include_str!("../../taxonomy/facets/organisation-model.yaml")),
    ("facets/integration.yaml", include_str!("../../taxonomy/facets/integration.yaml")),
    ("facets/access-route.yaml", include_str!("../../taxonomy/facets/access-route.yaml")),
    ("facets/target.yaml", include_str!("../../taxonomy/facets/target.yaml")),
    ("facets/role.yaml", include_str!("../../taxonomy/facets/role.yaml")),
    ("facets/competency.yaml", include_str!("../../taxonomy/facets/competency.yaml")),
    ("facets/education.yaml", include_str!("../../taxonomy/facets/education.yaml")),
    ("facets/age-phase.yaml", include_str!("../../taxonomy/facets/age-phase.yaml")),
    ("facets/need.yaml", include_str!("../../taxonomy/facets/need.yaml")),
    ("facets/goal.yaml", include_str!("../../taxonomy/facets/goal.yaml")),
    ("facets/funding-source.yaml", include_str!("../../taxonomy/facets/funding-source.yaml")),
    ("facets/funding-mechanism.yaml", include_str!("../../taxonomy/facets/funding-mechanism.yaml")),
];
