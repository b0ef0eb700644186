//! Bindings for the form, PDF and ICS.
