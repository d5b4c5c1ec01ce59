//! AFL++ target `migrate`: see `jos_fuzz::migrate_records`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::migrate_records(data);
    });
}
