//! AFL++ target `records_csv`: see `jos_fuzz::records_csv`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::records_csv(data);
    });
}
