import { useId, useState } from 'react';
import { download } from '../../components/download.ts';
import { HostPermission } from '../../components/HostPermission.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useNotices, useSettings } from '../../components/use-stores.tsx';
import { rules } from '../../lib/engine/index.ts';
import { SPECIALTY_NAMES } from '../../lib/engine/hashtags/specialties.ts';
import type { ConferenceTag, Severity, TweetChat } from '../../lib/engine/types.ts';
import { exportPolicy, parsePolicy } from '../../lib/store/policy.ts';
import type { AppSettings } from '../../lib/store/stores.ts';
import { Trainees } from './Trainees.tsx';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEVERITIES: Severity[] = ['info', 'warn', 'block'];
const RULE_IDS = rules.map((r) => r.id);

/** Everything a physician or an organisation can set, plus the trainer's roster. */
export function Options() {
  const settings = useSettings();
  const notices = useNotices();
  const s = settings.effective;
  const locked = new Set(settings.locked);
  const [errors, setErrors] = useState<string[]>([]);
  const update = async (patch: Partial<AppSettings>) => setErrors(await settings.update(patch));
  const lock = (key: string) => locked.has(key);

  return (
    <PageShell title="Options" notices={notices} theme={s.theme}>
      <main>
        <h1>Physician Post Coach: options</h1>
        <HostPermission />
        {errors.length > 0 && <div role="alert" className="error">{errors.map((e) => <p key={e}>{e}</p>)}</div>}

        <fieldset>
          <legend>Coaching</legend>
          <Check label="Coach on (master switch)" checked={s.enabled} disabled={lock('enabled')} setting="enabled"
            onChange={(v) => void update({ enabled: v })} /><Locked on={lock('enabled')} />
          <Check label="Coach compose boxes on x.com and twitter.com" checked={s.sites.x} disabled={lock('sites')} setting="sites.x"
            onChange={(v) => void update({ sites: { x: v } })} /><Locked on={lock('sites')} />
          <Check label="Check for patient identifiers before posting" checked={s.gate} disabled={lock('gate')} setting="gate"
            onChange={(v) => void update({ gate: v })} /><Locked on={lock('gate')} />
          <Check label="X Premium (posts up to 25,000 characters)" checked={s.premium} disabled={lock('premium')} setting="premium"
            onChange={(v) => void update({ premium: v })} /><Locked on={lock('premium')} />
          <Check label="My posts are for patients (plain-language reading target)" checked={s.patientFacing} disabled={lock('patientFacing')}
            setting="patientFacing" onChange={(v) => void update({ patientFacing: v })} />
          <label className="row">Reading grade target
            <input type="number" min={3} max={16} value={s.gradeTarget} disabled={lock('gradeTarget')} data-setting="gradeTarget"
              onChange={(e) => void update({ gradeTarget: Number(e.target.value) })} />
          </label>
          <label className="row">Colours of these pages
            <select value={s.theme ?? 'auto'} onChange={(e) => void update({ theme: e.target.value as AppSettings['theme'] })} data-setting="theme">
              <option value="auto">Follow the system</option><option value="light">Light</option><option value="dark">Dark</option>
            </select>
          </label>
        </fieldset>

        <fieldset>
          <legend>Specialties<Locked on={lock('specialty')} /></legend>
          <p className="muted">Hashtag suggestions favour the communities of these specialties.</p>
          <div className="specialties">
            {SPECIALTY_NAMES.map((name) => (
              <Check key={name} label={name} checked={s.specialty.includes(name)} disabled={lock('specialty')} setting={`specialty:${name}`}
                onChange={(v) => void update({ specialty: v ? [...s.specialty, name] : s.specialty.filter((x) => x !== name) })} />
            ))}
          </div>
        </fieldset>

        <Conferences list={s.conferences} disabled={lock('conferences')} onChange={(conferences) => void update({ conferences })} />
        <Chats list={s.tweetChats} disabled={lock('tweetChats')} onChange={(tweetChats) => void update({ tweetChats })} />

        <fieldset>
          <legend>Words</legend>
          <Terms label="Watch terms: local names to flag (your hospital, unit, town), one per line" value={s.watchTerms} disabled={lock('watchTerms')}
            onSave={(watchTerms) => void update({ watchTerms })} />
          <Terms label="Ignored terms: never flagged, one per line" value={s.ignoredTerms} disabled={lock('ignoredTerms')}
            onSave={(ignoredTerms) => void update({ ignoredTerms })} />
        </fieldset>

        <fieldset>
          <legend>Rules<Locked on={lock('rules')} /></legend>
          <table>
            <thead><tr><th scope="col">Rule</th><th scope="col">On</th><th scope="col">Severity</th></tr></thead>
            <tbody>
              {rules.map((r) => {
                const o = s.rules[r.id] ?? {};
                return (
                  <tr key={r.id} data-rule-row={r.id}>
                    <td><strong>{r.id}</strong><div className="muted">{r.description}</div></td>
                    <td><input type="checkbox" aria-label={`${r.id} on`} checked={o.enabled !== false} disabled={lock('rules')}
                      onChange={(e) => void update({ rules: { ...s.rules, [r.id]: { ...o, enabled: e.target.checked } } })} /></td>
                    <td><select aria-label={`${r.id} severity`} value={o.severity ?? r.severity} disabled={lock('rules')}
                      onChange={(e) => void update({ rules: { ...s.rules, [r.id]: { ...o, severity: e.target.value as Severity } } })}>
                      {SEVERITIES.map((v) => <option key={v} value={v}>{v}</option>)}
                    </select></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>

        <Policy settings={settings.data} managed={settings.managed} locked={settings.locked} onApply={(p) => settings.update(p)} />
        <Trainees />
      </main>
    </PageShell>
  );
}

function Locked({ on }: { on: boolean }) {
  return on ? <span className="muted"> (set by your organisation)</span> : null;
}

function Check({ label, checked, disabled, onChange, setting }: { label: string; checked: boolean; disabled?: boolean; setting: string; onChange: (v: boolean) => void }) {
  return (
    <label className="row check">
      <input type="checkbox" checked={checked} disabled={disabled} data-setting={setting} onChange={(e) => onChange(e.target.checked)} />{label}
    </label>
  );
}

function Terms({ label, value, disabled, onSave }: { label: string; value: string[]; disabled: boolean; onSave: (v: string[]) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={4} style={{ width: '100%' }} disabled={disabled} value={draft ?? value.join('\n')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => { if (draft !== null) { onSave(draft.split('\n').map((t) => t.trim()).filter(Boolean)); setDraft(null); } }} />
    </div>
  );
}

function Conferences({ list, disabled, onChange }: { list: ConferenceTag[]; disabled: boolean; onChange: (l: ConferenceTag[]) => void }) {
  const [row, setRow] = useState<ConferenceTag>({ tag: '', start: '', end: '' });
  return (
    <fieldset>
      <legend>Conference hashtags</legend>
      <p className="muted">During these dates the coach suggests the meeting&apos;s hashtag.</p>
      <ul>{list.map((c, i) => (
        <li key={`${c.tag}${i}`}>{c.tag} · {c.start} to {c.end}{' '}
          <button type="button" disabled={disabled} onClick={() => onChange(list.filter((_, j) => j !== i))} aria-label={`Remove ${c.tag}`}>Remove</button></li>
      ))}</ul>
      <div className="row">
        <label>Hashtag <input value={row.tag} disabled={disabled} onChange={(e) => setRow({ ...row, tag: e.target.value })} placeholder="#ASCO27" /></label>
        <label>From <input type="date" value={row.start} disabled={disabled} onChange={(e) => setRow({ ...row, start: e.target.value })} /></label>
        <label>To <input type="date" value={row.end} disabled={disabled} onChange={(e) => setRow({ ...row, end: e.target.value })} /></label>
        <button type="button" disabled={disabled || !row.tag || !row.start || !row.end}
          onClick={() => { onChange([...list, row]); setRow({ tag: '', start: '', end: '' }); }}>Add conference</button>
      </div>
    </fieldset>
  );
}

function Chats({ list, disabled, onChange }: { list: TweetChat[]; disabled: boolean; onChange: (l: TweetChat[]) => void }) {
  const [row, setRow] = useState<TweetChat>({ tag: '', weekday: 3, time: '21:00', durationMinutes: 60 });
  return (
    <fieldset>
      <legend>Tweet chats</legend>
      <p className="muted">During its weekly slot the coach reminds you of the chat&apos;s tag and answer format.</p>
      <ul>{list.map((c, i) => (
        <li key={`${c.tag}${i}`}>{c.tag} · {WEEKDAYS[c.weekday]} {c.time} for {c.durationMinutes} min{' '}
          <button type="button" disabled={disabled} onClick={() => onChange(list.filter((_, j) => j !== i))} aria-label={`Remove ${c.tag}`}>Remove</button></li>
      ))}</ul>
      <div className="row">
        <label>Hashtag <input value={row.tag} disabled={disabled} onChange={(e) => setRow({ ...row, tag: e.target.value })} placeholder="#MedEdChat" /></label>
        <label>Day <select value={row.weekday} disabled={disabled} onChange={(e) => setRow({ ...row, weekday: Number(e.target.value) })}>
          {WEEKDAYS.map((d, i) => <option key={d} value={i}>{d}</option>)}</select></label>
        <label>Time <input type="time" value={row.time} disabled={disabled} onChange={(e) => setRow({ ...row, time: e.target.value })} /></label>
        <label>Minutes <input type="number" min={15} max={240} value={row.durationMinutes} disabled={disabled}
          onChange={(e) => setRow({ ...row, durationMinutes: Number(e.target.value) })} /></label>
        <button type="button" disabled={disabled || !row.tag} onClick={() => { onChange([...list, row]); setRow({ ...row, tag: '' }); }}>Add chat</button>
      </div>
    </fieldset>
  );
}

function Policy({ settings, managed, locked, onApply }: {
  settings: AppSettings; managed: Partial<AppSettings>; locked: string[]; onApply: (p: Partial<AppSettings>) => Promise<string[]>;
}) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const apply = async (json: string) => {
    const result = parsePolicy(json, { ruleIds: RULE_IDS });
    if (!result.ok) return setStatus({ ok: false, message: result.error });
    const errors = await onApply(result.settings);
    setStatus(errors.length ? { ok: false, message: errors.join('\n') } : { ok: true, message: `Policy applied: ${Object.keys(result.settings).join(', ') || 'nothing to change'}.` });
  };
  return (
    <fieldset>
      <legend>Organisation policy</legend>
      {locked.length > 0 && (
        <div data-managed="">
          <p>Your organisation sets these, and they cannot be changed here: <strong>{locked.join(', ')}</strong>.</p>
          <pre className="muted">{exportPolicy(managed)}</pre>
        </div>
      )}
      <div className="row">
        <label>Import a policy file <input type="file" accept="application/json,.json" data-policy-file=""
          onChange={async (e) => { const f = e.target.files?.[0]; if (f) await apply(await f.text()); e.target.value = ''; }} /></label>
        <button type="button" onClick={() => download('post-coach-policy.json', 'application/json', exportPolicy(settings))}>Export my settings as a policy</button>
      </div>
      <label htmlFor="policy-text">…or paste the policy JSON</label>
      <textarea id="policy-text" rows={4} style={{ width: '100%' }} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void apply(text)}>Apply pasted policy</button>
      {status && <pre role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'error'} data-policy-status={status.ok ? 'ok' : 'error'}>{status.message}</pre>}
    </fieldset>
  );
}
