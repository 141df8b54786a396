//! Fuzz target `unit`: see `fuzz/src/bodies.rs` for the properties.
#![no_main]

#[path = "../src/bodies.rs"]
mod bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| bodies::unit(data));
