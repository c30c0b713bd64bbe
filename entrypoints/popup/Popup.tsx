import { Checklist } from '../../components/Checklist.tsx';
import { HostPermission } from '../../components/HostPermission.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useChecklist, useNotices, useSettings } from '../../components/use-stores.tsx';
import { TRACKS } from '../../lib/checklist/index.ts';
import { SPECIALTY_NAMES } from '../../lib/engine/hashtags/specialties.ts';

const pageUrl = (path: string) => (typeof browser !== 'undefined' && browser.runtime?.getURL ? browser.runtime.getURL(path as '/popup.html') : path);

/** The toolbar popup: quick switches, the specialty, links to the pages, and the training checklist. */
export function Popup() {
  const settings = useSettings();
  const checklist = useChecklist();
  const notices = useNotices();
  const s = settings.effective;
  const locked = new Set(settings.locked);
  const specialty = s.specialty[0] ?? '';
  return (
    <PageShell title="Popup" notices={notices} theme={s.theme} className="popup">
      <header className="row spread">
        <h1>Physician Post Coach</h1>
      </header>
      <HostPermission />
      <section aria-label="Quick settings" className="quick">
        <label className="switch">
          <input type="checkbox" checked={s.enabled} disabled={locked.has('enabled')} data-setting="enabled"
            onChange={(e) => void settings.update({ enabled: e.target.checked })} />
          Coach on (everywhere)
        </label>
        <label className="switch">
          <input type="checkbox" checked={s.sites.x} disabled={locked.has('sites') || !s.enabled} data-setting="sites.x"
            onChange={(e) => void settings.update({ sites: { x: e.target.checked } })} />
          On x.com and twitter.com
        </label>
        <label className="switch">
          <input type="checkbox" checked={s.gate} disabled={locked.has('gate')} data-setting="gate"
            onChange={(e) => void settings.update({ gate: e.target.checked })} />
          Check before posting
        </label>
        <label>
          Specialty{' '}
          <select value={specialty} disabled={locked.has('specialty')} data-setting="specialty"
            onChange={(e) => void settings.update({ specialty: e.target.value ? [e.target.value, ...s.specialty.slice(1).filter((x) => x !== e.target.value)] : [] })}>
            <option value="">None chosen</option>
            {SPECIALTY_NAMES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        {settings.locked.length > 0 && <p className="muted">Some settings are set by your organisation.</p>}
      </section>
      <nav aria-label="Pages" className="row">
        <a href={pageUrl('/options.html')} target="_blank" rel="noreferrer">Options</a>
        <a href={pageUrl('/practice.html')} target="_blank" rel="noreferrer">Practice</a>
        <a href={pageUrl('/review.html')} target="_blank" rel="noreferrer">Review posts</a>
      </nav>
      <Checklist tracks={TRACKS} done={checklist.data} onToggle={(id) => void checklist.toggle(id)} onReset={() => void checklist.reset()}
        showMeHref={(id) => `${pageUrl('/practice.html')}#scenario=${encodeURIComponent(id)}`} />
    </PageShell>
  );
}
