//! AFL++ target `check`: see `jos_fuzz::check_records`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::check_records(data);
    });
}
