// Unit tests (npm run test:unit) and the benchmarks that load the content (bench:search, bench:relevance) render
// React components; a few import CSS modules, which only Next's bundler understands. This hook makes `*.module.css` a module whose default export
// maps each class name to itself, so markup can be rendered and asserted in Node.
import { register } from 'node:module';

register('./css-loader.mjs', import.meta.url);
