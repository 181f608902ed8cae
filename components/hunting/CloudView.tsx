import Link from '@/components/ui/Link';
import type { CloudViewProps } from '@/app/_lib/views/hunting';
import { anchorId } from '@/app/_lib/urls';
import { Section } from '@/components/ui/Section';
import { Tag } from './Badges';
import styles from './hunting.module.css';

/**
 * The cloud side of a technique in one place: its cloud platforms, the ATT&CK analytics written
 * for those platforms (what to collect; the analytics' full text is in the detection section and
 * on the detection-strategy page), and the CCM controls mapped to it. Renders nothing for
 * techniques without a cloud platform. `controlsOnPage`: the page already has the CCM table
 * (technique pages), so the controls are a line of ids linking to its rows, not a second list.
 */
export function CloudView({
  techniqueId,
  platforms,
  analytics,
  controls,
  mappingAttackVersion,
  kubernetesCount,
  controlsOnPage = false,
}: CloudViewProps & { controlsOnPage?: boolean }) {
  return (
    <Section id="cloud" title="Cloud context">
      <div className={styles.list}>
        <p className="flex flex-wrap items-center gap-1.5">
          <span>{`${techniqueId} applies to`}</span>
          {platforms.map((p) => (
            <Tag key={p}>{p}</Tag>
          ))}
          {kubernetesCount > 0 && (
            <span>
              · <a href="#kubernetes">{`${kubernetesCount} Kubernetes threat-matrix technique${kubernetesCount === 1 ? '' : 's'}`}</a>
            </span>
          )}
        </p>
        <h3 className="mt-4 text-base font-semibold">Analytics for these platforms</h3>
        {analytics.length === 0 ? (
          <p>ATT&amp;CK’s detection strategies for {techniqueId} have no analytic for a cloud platform.</p>
        ) : (
          <ul className="space-y-1">
            {analytics.map((a) => (
              <li key={a.id} id={a.anchor}>
                {`${a.id} `}
                <small>{`(${a.platforms.join(', ')})`}</small> from <Link href={a.strategy.href}>{a.strategy.id}</Link>
                {` ${a.strategy.name}`}
                {a.logSources.length > 0 && (
                  <>
                    <br />
                    <small>collect: </small>
                    {a.logSources.map((l, i) => (
                      <span key={i}>
                        {i > 0 && '; '}
                        <Link href={l.dataComponent.href}>{l.dataComponent.name}</Link> <small>{`(${l.channel ? `${l.name}: ${l.channel}` : l.name})`}</small>
                      </span>
                    ))}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-4 text-base font-semibold">CCM controls</h3>
        {controls.length === 0 ? (
          <p>The CTID mapping (made against ATT&amp;CK {mappingAttackVersion}) maps no CCM v4.1 control to {techniqueId}.</p>
        ) : controlsOnPage ? (
          <p>
            {`${controls.length} CSA Cloud Controls Matrix v4.1 control${controls.length === 1 ? '' : 's'}, in the CCM table above: `}
            {controls.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <a href={`#${anchorId('ccm', c.id)}`}>{c.id}</a>
              </span>
            ))}
          </p>
        ) : (
          <>
            <p>CSA Cloud Controls Matrix v4.1 controls that mitigate {techniqueId}, per the CTID mapping made against ATT&amp;CK {mappingAttackVersion}:</p>
            <ul className="grid gap-x-4 sm:grid-cols-2">
              {controls.map((c) => (
                <li key={c.id}>
                  <Link href={c.href}>{c.id}</Link> {c.title ?? <small>(title not in the open data)</small>} <small>· {c.domainName}</small>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Section>
  );
}
