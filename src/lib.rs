//! tirkeu: what registration of a stay the law asks of whom, by which date, on which legal basis.

pub mod calendar;
pub mod source;
