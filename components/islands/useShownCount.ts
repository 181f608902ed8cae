'use client';
import { useEffect, useState } from 'react';

/**
 * How many elements matching `selector` the page shows (laid out, not display:none) after the
 * filters' CSS has applied the current choice (`key` changes with it); null before the first count.
 * Filter islands say "Showing N of M" from what is on screen, so the figure cannot disagree with it.
 */
export function useShownCount(selector: string, key: string): number | null {
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      setShown([...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.offsetParent !== null).length);
    });
    return () => cancelAnimationFrame(frame);
  }, [selector, key]);
  return shown;
}
