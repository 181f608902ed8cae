// Loader hook for register.mjs: `import T from './x.module.css'` → T.foo === 'foo'.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.module.css')) {
    return { format: 'module', shortCircuit: true, source: 'export default new Proxy({}, { get: (_, k) => (typeof k === "string" ? k : undefined) });' };
  }
  return nextLoad(url, context);
}
