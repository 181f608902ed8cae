/**
 * Static non-HTML files the site publishes besides its pages: every download (CSV, JSON,
 * Navigator layers, STIX, the coverage analyzer's data) and each Sigma rule's YAML. Plain file
 * writes by scripts/postbuild.ts while Next renders, moved into out/ after it (like the redirect
 * pages), because ~4,600 of them as Next route handlers cost tens of seconds of a 2-core build.
 * (`next dev` does not serve them: use `npm start` to try downloads and the coverage analyzer.)
 */
import type { ContentGraph } from './content/graph';
import { unfenced } from './content/hunting-text';
import { downloadCatalog } from './exports/catalog';
import { sigmaRuleYamlHref } from './urls';

export interface GeneratedFile {
  href: string;
  render: () => string;
}

export function generatedFiles(g: ContentGraph): GeneratedFile[] {
  const files: GeneratedFile[] = [...downloadCatalog(g).values()].map((f) => ({ href: f.href, render: f.render }));
  const release = g.meta.hunting?.sigma?.ref;
  for (const [id, rule] of g.sigmaRules) {
    files.push({
      href: sigmaRuleYamlHref(id),
      // Two comment lines carry the attribution the Detection Rule License asks for into any copy.
      render: () =>
        [
          `# Sigma rule${release ? ` from SigmaHQ release ${release}` : ''}: ${rule.url}`,
          `# Author: ${rule.author.replace(/\s+/g, ' ')}. License: Detection Rule License (DRL) 1.1, https://github.com/SigmaHQ/Detection-Rule-License`,
          unfenced(rule.body),
          '',
        ].join('\n'),
    });
  }
  return files;
}
