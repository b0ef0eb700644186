// Calendar days as ISO strings (YYYY-MM-DD), counted in UTC so that no time zone or summer time
// moves a day. No state: the page and the views across borders (js/across.bundle.js) both import it.
export const DAY = 86400000;
/** A string shaped like an ISO date (YYYY-MM-DD). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `iso` + `n` days. */
export const addDays = (iso, n) => new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10);
/** Today on the visitor's own calendar, as an ISO date. */
export const today = () => { const d = new Date(); return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10); };
