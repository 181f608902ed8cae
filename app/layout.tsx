import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getContent } from './_lib/content/loader';
import { SITE_ORIGIN, SNAPSHOT } from './_lib/urls';
import { searchIndexVersion } from './_lib/search/build';
import { siteVersions } from './_lib/views/home';
import { Island } from '@/components/islands/Island';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SnapshotBanner } from '@/components/layout/SnapshotBanner';
import { PrintInfo } from '@/components/ui/PrintInfo';
import { THEME_BOOT_SCRIPT } from '@/components/layout/ThemeToggle';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_ORIGIN),
  title: { default: 'ATT&CK ↔ CCM knowledge base', template: '%s · ATT&CK ↔ CCM' },
  description: 'MITRE ATT&CK Enterprise techniques mapped to the CSA Cloud Controls Matrix v4.1, with mitigations, procedures and detections.',
  // A frozen snapshot (issue 17) is for citations, not for search engines: its pages are the current ones' past.
  ...(SNAPSHOT ? { robots: { index: false, follow: true } } : {}),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const g = getContent();
  const versions = siteVersions(g);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <SiteHeader search={<Island name="SearchBox" props={{ indexVersion: searchIndexVersion(g) }} />} kubernetes={g.kubernetesTechniques.size > 0} />
        {g.meta.snapshot && <SnapshotBanner info={g.meta.snapshot} />}
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          <PrintInfo versions={versions} />
          {children}
        </main>
        <SiteFooter versions={versions} />
        <Island name="Behaviours" props={{}} />
      </body>
    </html>
  );
}
