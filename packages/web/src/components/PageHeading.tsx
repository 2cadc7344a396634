import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's one h1. It names the page in document.title and, after a route change, takes focus so screen
 * reader users hear where they are. On the page the browser first loads (location key "default") focus is
 * left alone, so the first Tab still reaches the skip link.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    document.title = `${title ?? children} - IEP Ready`;
  }, [children, title]);
  useEffect(() => {
    if (key !== 'default') ref.current?.focus();
  }, [key]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
