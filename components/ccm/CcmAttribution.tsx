import { CSA_CCM_URL } from '@/app/_lib/views/about';

/** The attribution every page that shows CCM text carries. */
export function CcmAttribution({ version }: { version: string }) {
  return (
    <p className="mt-10 text-xs text-slate-600 dark:text-slate-400">
      CSA Cloud Controls Matrix v{version} content © Cloud Security Alliance, used under CSA’s terms; see the{' '}
      <a href={CSA_CCM_URL} rel="noopener noreferrer external">
        official Cloud Controls Matrix
      </a>
      . Mapping © Center for Threat-Informed Defense, Apache-2.0.
    </p>
  );
}
