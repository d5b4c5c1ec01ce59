//! AFL++ target `records_jsonl`: see `jos_fuzz::records_jsonl`.

fn main() {
    jos_fuzz::init();
    afl::fuzz!(|data: &[u8]| {
        jos_fuzz::records_jsonl(data);
    });
}
