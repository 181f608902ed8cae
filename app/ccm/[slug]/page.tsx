import type { Metadata } from 'next';
import { getContent } from '@/app/_lib/content/loader';
import { pageMetadata } from '@/app/_lib/metadata';
import { pageActionProps } from '@/app/_lib/views/actions';
import { PageActions } from '@/components/ui/PageActions';
import { buildCcmControl, buildCcmDomain, ccmSlugs, resolveCcmSlug } from '@/app/_lib/views/ccm';
import { ccmControlHref, ccmDomainHref } from '@/app/_lib/urls';
import { ControlPage } from '@/components/ccm/ControlPage';
import { DomainPage } from '@/components/ccm/DomainPage';

/** One route for both /ccm/IAM/ (domain) and /ccm/IAM-14/ (control); slugs drop the `&`. */
export const dynamicParams = false;

export function generateStaticParams() {
  return ccmSlugs(getContent()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

function target(slug: string) {
  const t = resolveCcmSlug(getContent(), slug);
  if (!t) throw new Error(`no CCM domain or control for slug ${slug}`);
  return t;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const g = getContent();
  const t = target(slug);
  if (t.kind === 'domain') {
    const d = g.ccmDomains.get(t.id)!;
    return pageMetadata({
      title: `${d.id} ${d.name} (CCM domain)`,
      description: `CSA CCM v${g.meta.ccm.version} domain ${d.id} ${d.name}: its controls, their mapping to MITRE ATT&CK, and coverage by tactic.`,
      path: ccmDomainHref(d.id),
    });
  }
  const c = g.ccmControls.get(t.id)!;
  return pageMetadata({
    title: `${c.id}${c.title ? ` ${c.title}` : ''} (CCM control)`,
    description: `CSA CCM v${g.meta.ccm.version} control ${c.id}${c.title ? ` ${c.title}` : ''}: ${
      c.mappings.length ? `mitigates ${new Set(c.mappings.map((r) => r.technique)).size} ATT&CK techniques, with rationale` : c.inMapping ? 'non_mappable in the CTID mapping' : 'not in the CTID mapping'
    }.`,
    path: ccmControlHref(c.id),
  });
}

export default async function CcmSlugPage({ params }: Props) {
  const { slug } = await params;
  const g = getContent();
  const t = target(slug);
  if (t.kind === 'domain') {
    const d = g.ccmDomains.get(t.id)!;
    const actions = <PageActions {...pageActionProps(g, `CCM ${d.id} ${d.name}`, ccmDomainHref(d.id), { subject: 'ccm-domain', id: d.id })} />;
    return <DomainPage view={buildCcmDomain(g, t.id)} ccmVersion={g.meta.ccm.version} actions={actions} />;
  }
  const c = g.ccmControls.get(t.id)!;
  const actions = <PageActions {...pageActionProps(g, `CCM ${c.id}${c.title ? ` ${c.title}` : ''}`, ccmControlHref(c.id), { subject: 'ccm-control', id: c.id })} />;
  return <ControlPage view={buildCcmControl(g, t.id)} actions={actions} />;
}
