//! Calendar export (.ics).
