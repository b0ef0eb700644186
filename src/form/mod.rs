//! The pre-filled notification form (HTML and PDF).
