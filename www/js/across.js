// The views across borders (docs/page.md): the same trip in each destination side by side
// (js/compare.js), a route through several (js/route.js), and when the traveller can come back
// and for how long (js/plan.js). Bundled on its own into js/across.bundle.js, which the page
// fetches after the first answer; js/app.js mounts a view when its <details> is first opened.
//
// The views keep no copy of the page's modules: `ctx` (app.js acrossContext) hands them the
// page's catalogs and formatting (ctx.i18n), DOM helpers (ctx.dom), the result cards' pieces
// (ctx.results), the calendar picture (ctx.renderTimeline), the engine (ctx.mod), the questions
// (ctx.scenario(), ctx.form(), ctx.current()), and ctx.onChange(fn) to redraw on an update of
// the questions or a language switch.
import { mountCompare } from './compare.js';
import { mountRoute } from './route.js';
import { mountPlan } from './plan.js';

const VIEWS = { compare: mountCompare, route: mountRoute, plan: mountPlan };

/** Draws view `name` ('compare', 'route', 'plan') into `root` and keeps it up to date. */
export function mount(name, root, ctx) {
  const view = VIEWS[name];
  if (!view) throw new Error(`no view ${name}`);
  view(root, ctx);
}
