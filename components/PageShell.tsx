import { useEffect, type ReactNode } from 'react';
import { THEME_CSS } from './styles.ts';

export interface PageShellProps {
  title: string;
  children: ReactNode;
  /** Sentences from the stores (unreadable saved data, a failed save): shown until dismissed. */
  notices?: { text: string; dismiss: () => void }[];
  theme?: 'auto' | 'light' | 'dark';
  className?: string;
}

/** The frame every extension page shares: theme, heading, and the stores' notices. */
export function PageShell({ title, children, notices = [], theme = 'auto', className }: PageShellProps) {
  useEffect(() => { document.title = `${title} · Physician Post Coach`; }, [title]);
  return (
    <div className={`coach-theme page ${className ?? ''}`} data-page-theme={theme}>
      <style>{THEME_CSS}</style>
      {notices.length > 0 && (
        <div className="notices" role="alert">
          {notices.map((n, i) => (
            <p key={i} className="notice">{n.text} <button type="button" onClick={n.dismiss}>Dismiss</button></p>
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
