// Scaffolding: replaced by the view's implementation (issue 15).
export function mountPlan(root, ctx) {
  root.append(ctx.dom.el('p', { text: 'plan' }));
}
