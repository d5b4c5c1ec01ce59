//! AFL++ target `records_yaml`: see `jos_fuzz::records_yaml`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::records_yaml(data);
    });
}
