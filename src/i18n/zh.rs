//! English → zh. Keys are the English texts of the rule data and of `msg.rs`.

pub static TABLE: &[(&str, &str)] = &[];
