import { useLayoutEffect, type RefObject } from 'react';

/**
 * Presenter mode's "fit to the screen": the largest font size (in px, from `max` down to `min`)
 * at which every element of `columns` shows its content without scrolling, set as `--fit` on each.
 * Runs after each render and on resize; off, it clears the variable so the page's own sizes apply.
 */
export function useFitToScreen(columns: RefObject<HTMLElement | null>[], on: boolean, max: number, min: number, deps: unknown[]): void {
  useLayoutEffect(() => {
    const els = columns.map((c) => c.current).filter((e): e is HTMLElement => !!e);
    const fit = () => {
      for (const el of els) {
        if (!on) { el.style.removeProperty('--fit'); continue; }
        let size = max;
        el.style.setProperty('--fit', `${size}px`);
        while (size > min && el.scrollHeight > el.clientHeight + 1) {
          size -= 1;
          el.style.setProperty('--fit', `${size}px`);
        }
      }
    };
    fit();
    if (!on) return;
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [on, max, min, ...deps]);
}
