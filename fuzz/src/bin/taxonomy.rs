//! AFL++ target `taxonomy`: see `jos_fuzz::taxonomy`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::taxonomy(data);
    });
}
