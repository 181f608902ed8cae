/**
 * For the 404 page: when a missing path looks like it names an ATT&CK or CCM id
 * (/T1133, /techniques/t1133, /ccm/iam-14, /groups/g0096, /techniques/T1078.004), the canonical
 * URL it probably meant. Pure and data-free, so the client can run it: it knows id shapes, not
 * which ids exist.
 */
import { BASE_PATH, ccmControlHref, ccmDomainHref, hrefForId, techniqueHref } from '../urls';

const ATTACK_ID = /^(TA\d{4}|DET\d{4}|DC\d{4}|[TMGCS]\d{4})$/;

/** The canonical href (without base path) a missing path most likely meant, if any. */
export function suggestHref(pathname: string): string | undefined {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  if (BASE_PATH && path.startsWith(BASE_PATH)) path = path.slice(BASE_PATH.length);
  path = path.replace(/\.html?$/i, '').replace(/\/index$/i, '');
  const segments = path.split('/').filter(Boolean).map((s) => s.trim());
  if (!segments.length) return undefined;
  const upper = segments.map((s) => s.toUpperCase());
  const inCcm = upper[0] === 'CCM';

  let href: string | undefined;
  // Technique with sub-technique, in either shape: T1078.004, T1078/004, T1078-004.
  for (let i = 0; i < upper.length && !href; i++) {
    const m = /^T(\d{4})(?:[.-](\d{3}))?$/.exec(upper[i]!);
    if (!m) continue;
    const sub = m[2] ?? (/^\d{3}$/.test(upper[i + 1] ?? '') ? upper[i + 1] : undefined);
    href = techniqueHref(sub ? `T${m[1]}.${sub}` : `T${m[1]}`);
  }
  // CCM control (IAM-14, I&S-06, IS-06, iam14) anywhere; a bare domain only under /ccm/.
  for (let i = upper.length - 1; i >= 0 && !href; i--) {
    const m = /^([A-Z&]{2,4})-?(\d{1,2})$/.exec(upper[i]!);
    // Three letters (IAM), or two with the ampersand (I&S) or, under /ccm/, without it (IS).
    const letters = m?.[1]!.replace(/&/g, '') ?? '';
    const domainShape = /^[A-Z]{3}$/.test(m?.[1] ?? '') || /^[A-Z]&[A-Z]$/.test(m?.[1] ?? '') || (inCcm && /^[A-Z]{2}$/.test(m?.[1] ?? ''));
    if (m && (inCcm || upper[i]!.includes('-')) && letters.length >= 2 && domainShape && !/^(TA|DC|DET)$/.test(m[1]!)) {
      href = ccmControlHref(`${m[1]}-${m[2]!.padStart(2, '0')}`);
    } else if (inCcm && i > 0 && /^([A-Z]&?[A-Z]|[A-Z]{3})$/.test(upper[i]!)) {
      href = ccmDomainHref(upper[i]!);
    }
  }
  // Any other ATT&CK id.
  for (let i = upper.length - 1; i >= 0 && !href; i--) {
    if (ATTACK_ID.test(upper[i]!)) href = hrefForId(upper[i]!);
  }
  if (!href) return undefined;
  const here = `/${segments.join('/')}/`;
  return href === here ? undefined : href;
}
