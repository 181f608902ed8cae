import type { Metadata } from 'next';
import { getContent } from './_lib/content/loader';
import { absoluteUrl, HREFS } from './_lib/urls';
import { buildHomeView } from './_lib/views/home';
import { HomePage } from '@/components/attack/HomePage';

export const metadata: Metadata = {
  alternates: { canonical: absoluteUrl(HREFS.home) },
};

export default function Home() {
  return <HomePage view={buildHomeView(getContent())} canonical={absoluteUrl(HREFS.home)} />;
}
