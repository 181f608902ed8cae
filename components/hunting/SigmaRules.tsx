import Link from '@/components/ui/Link';
import type { SigmaRuleItem, SigmaRulesProps } from '@/app/_lib/views/hunting';
import { Section } from '@/components/ui/Section';
import { DateTime } from '@/components/ui/DateTime';
import styles from './hunting.module.css';
import { Island } from '@/components/islands/Island';
import { movedAnchors } from './moved-anchors';
import { sigmaRuleYamlHref } from '@/app/_lib/urls';
import { SF, sigmaFilterCss } from './sigmaFilterCss';

/** A rule's YAML, one click away: a link to the site's copy, shown inline by the list's SigmaYaml island. */
const Yaml = ({ ruleId }: { ruleId: string }) => (
  <details data-yaml="">
    <summary>Rule YAML</summary>
    <p>
      <a href={sigmaRuleYamlHref(ruleId)}>Open the YAML</a>
    </p>
  </details>
);

/**
 * One rule. Markup is deliberately lean (styles come from the list's container class): a page
 * can list hundreds of rules and pages have a weight budget. On a parent's hunting page a rule
 * that comes only via a sub-technique is one line whose title links to its entry in full (source
 * link, description, false positives, YAML) on the sub-technique's hunting page.
 */
function Rule({ rule, brief }: { rule: SigmaRuleItem; brief: boolean }) {
  const d = rule.detail;
  // One date: when the rule last changed (the YAML has both).
  const changed = d?.modified ?? rule.date;
  return (
    <li id={rule.anchor} data-l={rule.level} data-s={rule.status} data-pr={SF.productValue(rule.product)} {...(rule.category ? { 'data-c': SF.productValue(rule.category) } : {})} {...(rule.service ? { 'data-sv': SF.productValue(rule.service) } : {})}>
      <b>{rule.level}</b> <a href={brief && rule.via[0] ? rule.via[0].href : rule.sourceUrl}>{rule.title}</a> <small>
        {`${rule.status} · ${rule.logsource} · by ${rule.author}`}
        {d && changed && (
          <>
            {d.modified && d.modified !== rule.date ? ' · modified ' : ' · '}
            <DateTime date={changed} />
          </>
        )}
        {rule.collection !== 'core' && ` · ${rule.collection}`}
        {rule.via.length > 0 && (
          <>
            {' · via '}
            {rule.via.map((v, i) => (
              <span key={v.id}>
                {i > 0 && ', '}
                <Link href={v.href}>{v.id}</Link>
              </span>
            ))}
          </>
        )}
      </small>
      {d?.description && <p>{d.description}</p>}
      {d && d.falsePositives.length > 0 && (
        <p>
          <small>False positives: {d.falsePositives.join('; ')}</small>
        </p>
      )}
      {!brief && <Yaml ruleId={rule.id} />}
    </li>
  );
}

/**
 * Sigma rules tagged with a technique: most severe and most mature first, each credited and
 * linked to its source, each with its YAML on demand. On a technique page a summary of the first
 * few (fullListHref links to the full list).
 */
export function SigmaRules({ techniqueId, rules, total, fullListHref, detailed, levelCounts, release, licence, filters }: SigmaRulesProps) {
  const releaseLink = release ? (
    <a href={release.url} rel="noopener noreferrer external">
      {`SigmaHQ release ${release.ref}`}
    </a>
  ) : (
    'SigmaHQ'
  );
  const brief = detailed ? rules.filter((r) => !r.detail).length : 0;
  return (
    <Section id="sigma" title="Sigma rules" count={total}>
      {total === 0 ? (
        <p className="text-sm">
          No rule in {releaseLink} is tagged with {techniqueId}.
        </p>
      ) : (
        <div className={styles.list} {...(filters ? { [SF.root]: '' } : {})}>
          <p>
            Detection rules from {releaseLink} tagged <code>{`attack.${techniqueId.toLowerCase()}`}</code>
            {`${rules.some((r) => r.via.length) ? ' or with one of its sub-techniques (“via”)' : ''}, most severe first: ${levelCounts.map((c) => `${c.count} ${c.level}`).join(', ')}. Titles link to each rule’s source.`}
            {brief > 0 && ` The ${brief} rules tagged only with a sub-technique are listed in brief (the words filter finds them by title): their titles link to their entries in full (source, description, false positives, YAML) on the sub-technique’s hunting page.`}
          </p>
          {filters && (
            <>
              <style href="sigma-filter" precedence="default">
                {sigmaFilterCss(filters)}
              </style>
              <Island name="SigmaFilter" props={{ filters, total }} />
            </>
          )}
          <ol {...movedAnchors(fullListHref, rules.length < total, 'sigma-')}>
            {rules.map((r) => (
              <Rule key={r.id} rule={r} brief={detailed && !r.detail} />
            ))}
          </ol>
          <Island name="SigmaYaml" props={{}} />
          {fullListHref && (
            <p>
              {rules.length < total && `${total - rules.length} more on the hunting page. `}
              <Link href={fullListHref}>
                {total > 1 ? `All ${total} rules` : 'The rule'} with descriptions, false positives and YAML
              </Link>
            </p>
          )}
        </div>
      )}
      {total > 0 && (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Sigma rules © their authors, credited on each rule, published by SigmaHQ under the{' '}
          <a href={licence.url} rel="noopener noreferrer external license">
            {licence.name}
          </a>
          . Rule text unmodified; our copies add two comment lines naming the source and licence.
        </p>
      )}
    </Section>
  );
}
