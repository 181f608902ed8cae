import Link from '@/components/ui/Link';
import type { TechniqueRef } from '@/app/_lib/views/ccm';

/** "T1003.001 OS Credential Dumping: LSASS Memory", id linked, with a status tag when not live. */
export function TechniqueLink({ technique, showId = true }: { technique: TechniqueRef; showId?: boolean }) {
  return (
    <>
      <Link href={technique.href} className={showId ? 'font-mono' : undefined}>
        {showId ? technique.id : technique.label}
      </Link>
      {showId && ` ${technique.label}`}
      {technique.status !== 'live' && (
        <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">
          {`(${technique.status}${technique.revokedBy ? `, replaced by ${technique.revokedBy}` : ''})`}
        </span>
      )}
    </>
  );
}
