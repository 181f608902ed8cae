import { StatusNotice } from '@/components/ui/StatusNotice';

export function DeprecatedNotice({ kind, name, status }: { kind: string; name: string; status: string }) {
  if (status !== 'deprecated') return null;
  return (
    <StatusNotice tone="warning">
      <strong>Deprecated.</strong> MITRE has deprecated the {kind} {name} in ATT&amp;CK: it is no longer maintained and may be removed. The page is
      kept so that existing citations still resolve.
    </StatusNotice>
  );
}
