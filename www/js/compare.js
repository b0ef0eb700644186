// Scaffolding: replaced by the view's implementation (issue 15).
export function mountCompare(root, ctx) {
  root.append(ctx.dom.el('p', { text: 'compare' }));
}
