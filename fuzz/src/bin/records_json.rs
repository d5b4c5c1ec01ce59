//! AFL++ target `records_json`: see `jos_fuzz::records_json`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::records_json(data);
    });
}
