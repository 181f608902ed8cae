import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { getContent } from './_lib/content/loader';
import { HREFS } from './_lib/urls';
import { buildHomeView } from './_lib/views/home';
import { HomePage } from '@/components/attack/HomePage';

export const metadata: Metadata = pageMetadata({
  title: 'ATT&CK ↔ CCM knowledge base',
  description: 'MITRE ATT&CK Enterprise techniques mapped to the CSA Cloud Controls Matrix v4.1, with mitigations, procedure examples, detections and a coverage analyzer.',
  path: HREFS.home,
});

export default function Home() {
  return <HomePage view={buildHomeView(getContent())} />;
}
