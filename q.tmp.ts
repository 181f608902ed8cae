import { getContent } from './app/_lib/content/loader';
import { downloadCatalog } from './app/_lib/exports/catalog';
const g = getContent();
const by = new Map<string, [number, number]>();
for (const [href, f] of downloadCatalog(g)) { const k = href.split('/')[2]!.includes('.') ? 'root' : href.split('/')[2]! + ':' + href.split('.').slice(1).join('.'); const b = Buffer.byteLength(f.render()); const e = by.get(k) ?? [0,0]; by.set(k, [e[0]+1, e[1]+b]); }
console.log(by);
