import { getContent } from '@/app/_lib/content/loader';
import { techniqueParams } from '@/app/_lib/views/technique';
import { TechniqueRoute, techniqueMetadata } from '../_shared';

export const dynamicParams = false;

export function generateStaticParams() {
  return techniqueParams(getContent()).techniques;
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return techniqueMetadata(id);
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <TechniqueRoute id={id} />;
}
