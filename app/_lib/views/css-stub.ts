/**
 * For unit tests that render components: lets Node import `*.module.css` (Next compiles them in
 * the app) as an object whose class names are the keys themselves. Register before importing
 * components: `registerCssStub(); const { X } = await import('…')`.
 */
import { register } from 'node:module';

const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.css')) return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('.css')) {
    return { format: 'module', shortCircuit: true, source: 'export default new Proxy({}, { get: (_, key) => String(key) });' };
  }
  return next(url, context);
}
`;

let registered = false;
export function registerCssStub() {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
  registered = true;
}
