import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element in CSS pixels, kept current as the window or the layout changes. Charts draw
 * at this width so one SVG unit is one screen pixel and a 14 px label stays 14 px on a phone (docs/design.md,
 * "Charts"), instead of a wide drawing shrunk until its labels are 5 px.
 */
export function useBoxWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
