import { formatCitation } from './app/_lib/exports/citation';
console.log(formatCitation({ title: 'T1133 External Remote Services', canonicalUrl: 'https://kb.example.org/techniques/T1133/', attackVersion: '18.1', ccmVersion: '4.1', mappingUpdated: '01/27/2026', accessed: '2026-05-02' }));
