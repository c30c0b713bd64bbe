import { Checklist } from '../../components/Checklist.tsx';
import { HostPermission } from '../../components/HostPermission.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useChecklist, useNotices, useSettings } from '../../components/use-stores.tsx';
import { TRACKS } from '../../lib/checklist/index.ts';
import { SPECIALTY_NAMES } from '../../lib/engine/hashtags/specialties.ts';

const pageUrl = (path: string) => (typeof browser !== 'undefined' && browser.runtime?.getURL ? browser.runtime.getURL(path as '/popup.html') : path);

/**
 * The toolbar popup, at most 800×600: compact switches and the specialty at the top, then the
 * training checklist as the main view (its items scroll inside the popup).
 */
export function Popup() {
  const settings = useSettings();
  const checklist = useChecklist();
  const notices = useNotices();
  const s = settings.effective;
  const locked = new Set(settings.locked);
  return (
    <PageShell title="Popup" notices={notices} theme={s.theme} className="popup">
      <header className="popup-head">
        <h1>Physician Post Coach</h1>
        <nav aria-label="Pages" className="popup-nav">
          <a href={pageUrl('/options.html')} target="_blank" rel="noreferrer">Options</a>
          <a href={pageUrl('/practice.html')} target="_blank" rel="noreferrer">Practice</a>
          <a href={pageUrl('/review.html')} target="_blank" rel="noreferrer">Review posts</a>
        </nav>
      </header>
      <HostPermission />
      <section aria-label="Quick settings" className="quick">
        <label className="switch">
          <input type="checkbox" checked={s.enabled} disabled={locked.has('enabled')} data-setting="enabled"
            onChange={(e) => void settings.update({ enabled: e.target.checked })} />
          Coach on
        </label>
        <label className="switch">
          <input type="checkbox" checked={s.sites.x} disabled={locked.has('sites') || !s.enabled} data-setting="sites.x"
            onChange={(e) => void settings.update({ sites: { x: e.target.checked } })} />
          On x.com
        </label>
        <label className="switch">
          <input type="checkbox" checked={s.gate} disabled={locked.has('gate')} data-setting="gate"
            onChange={(e) => void settings.update({ gate: e.target.checked })} />
          Check before posting
        </label>
        <Specialty specialty={s.specialty} locked={locked.has('specialty')} onChange={(specialty) => void settings.update({ specialty })} />
        {settings.locked.length > 0 && <p className="muted">Some settings are set by your organisation.</p>}
      </section>
      <Checklist tracks={TRACKS} done={checklist.data} onToggle={(id) => void checklist.toggle(id)} onReset={() => void checklist.reset()}
        showMeHref={(id) => `${pageUrl('/practice.html')}#scenario=${encodeURIComponent(id)}`} />
    </PageShell>
  );
}

/**
 * One specialty can be picked here. Several (set in Options) cannot be shown in one select, so
 * they are listed and left alone: the popup never overwrites a setting it cannot show.
 */
function Specialty({ specialty, locked, onChange }: { specialty: string[]; locked: boolean; onChange: (next: string[]) => void }) {
  if (specialty.length > 1) {
    return (
      <p className="specialty-many" data-setting="specialty-many">
        Specialties: {specialty.join(', ')} <span className="muted">(change them in Options)</span>
      </p>
    );
  }
  return (
    <label className="specialty">
      Specialty{' '}
      <select value={specialty[0] ?? ''} disabled={locked} data-setting="specialty"
        onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
        <option value="">None chosen</option>
        {SPECIALTY_NAMES.map((n) => <option key={n} value={n}>{n}</option>)}
      </select>
    </label>
  );
}
