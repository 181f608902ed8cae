'use client';
/**
 * The 404 page is part of the root layout, so its client code would ship with every page.
 * This wrapper keeps that to a few bytes: the suggestion logic loads only when the 404 renders.
 */
import { lazy, Suspense } from 'react';

const Impl = lazy(() => import('./IdSuggestionImpl'));

export function IdSuggestion() {
  return (
    <Suspense fallback={null}>
      <Impl />
    </Suspense>
  );
}
