import { useId, useState, type ReactNode } from 'react';
import { download } from '../../components/download.ts';
import { HostPermission } from '../../components/HostPermission.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useNotices, useSettings } from '../../components/use-stores.tsx';
import { rules } from '../../lib/engine/index.ts';
import { SPECIALTY_NAMES } from '../../lib/engine/hashtags/specialties.ts';
import type { ConferenceTag, IgnoredTerm, Severity, TweetChat } from '../../lib/engine/types.ts';
import { MAX_POLICY_CHARS, exportPolicy, parsePolicy } from '../../lib/store/policy.ts';
import type { AppSettings } from '../../lib/store/stores.ts';
import { CATEGORY_NAMES, readableProblem, ruleName } from './labels.ts';
import { Trainees } from './Trainees.tsx';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEVERITIES: { value: Severity; label: string }[] = [
  { value: 'info', label: 'Note' },
  { value: 'warn', label: 'Warning' },
  { value: 'block', label: 'Stop before posting' },
];
const RULE_IDS = rules.map((r) => r.id);
/** The page's sections, in order, for the table of contents. */
const SECTIONS = [
  ['coaching', 'Coaching'],
  ['specialties', 'Specialties'],
  ['conferences', 'Conference hashtags'],
  ['chats', 'Tweet chats'],
  ['words', 'Words'],
  ['rules', 'Rules'],
  ['policy', 'Organisation policy'],
  ['trainees', 'Trainees'],
] as const;
type SectionId = (typeof SECTIONS)[number][0];

type Update = (at: SectionId, patch: Partial<AppSettings>) => Promise<string[]>;

/** Everything a physician or an organisation can set, plus the trainer's roster. */
export function Options() {
  const settings = useSettings();
  const notices = useNotices();
  const s = settings.effective;
  const locked = new Set(settings.locked);
  // A change's problems are shown in the section where it was made.
  const [problems, setProblems] = useState<{ at: SectionId; lines: string[] } | null>(null);
  const update: Update = async (at, patch) => {
    const errors = await settings.update(patch);
    setProblems(errors.length ? { at, lines: errors } : null);
    return errors;
  };
  const lock = (key: string) => locked.has(key);
  const problemsAt = (at: SectionId) => (problems?.at === at ? <Problems lines={problems.lines} /> : null);
  return (
    <PageShell title="Options" notices={notices} theme={s.theme}>
      <main className="options">
        <h1>Physician Post Coach: options</h1>
        <HostPermission />
        <nav aria-label="Sections of this page" className="toc">
          <ul>{SECTIONS.map(([id, title]) => <li key={id}><a href={`#${id}`}>{title}</a></li>)}</ul>
        </nav>

        <Section id="coaching" title="Coaching">
          {problemsAt('coaching')}
          <Check label="Coach on (master switch)" checked={s.enabled} disabled={lock('enabled')} setting="enabled"
            onChange={(v) => void update('coaching', { enabled: v })} /><Locked on={lock('enabled')} />
          <Check label="Coach compose boxes on x.com and twitter.com" checked={s.sites.x} disabled={lock('sites')} setting="sites.x"
            onChange={(v) => void update('coaching', { sites: { x: v } })} /><Locked on={lock('sites')} />
          <Check label="Check for patient identifiers before posting" checked={s.gate} disabled={lock('gate')} setting="gate"
            onChange={(v) => void update('coaching', { gate: v })} /><Locked on={lock('gate')} />
          <Check label="X Premium (posts up to 25,000 characters)" checked={s.premium} disabled={lock('premium')} setting="premium"
            onChange={(v) => void update('coaching', { premium: v })} /><Locked on={lock('premium')} />
          <Check label="My posts are for patients (plain-language reading target)" checked={s.patientFacing} disabled={lock('patientFacing')}
            setting="patientFacing" onChange={(v) => void update('coaching', { patientFacing: v })} />
          <label className="row">Reading grade target
            <input type="number" min={3} max={16} value={s.gradeTarget} disabled={lock('gradeTarget')} data-setting="gradeTarget"
              onChange={(e) => void update('coaching', { gradeTarget: Number(e.target.value) })} />
          </label>
          <label className="row">Colours of these pages
            <select value={s.theme ?? 'auto'} onChange={(e) => void update('coaching', { theme: e.target.value as AppSettings['theme'] })} data-setting="theme">
              <option value="auto">Follow the system</option><option value="light">Light</option><option value="dark">Dark</option>
            </select>
          </label>
        </Section>

        <Section id="specialties" title="Specialties" locked={lock('specialty')}>
          {problemsAt('specialties')}
          <p className="muted">Hashtag suggestions favour the communities of these specialties.</p>
          <div className="specialties">
            {SPECIALTY_NAMES.map((name) => (
              <Check key={name} label={name} checked={s.specialty.includes(name)} disabled={lock('specialty')} setting={`specialty:${name}`}
                onChange={(v) => void update('specialties', { specialty: v ? [...s.specialty, name] : s.specialty.filter((x) => x !== name) })} />
            ))}
          </div>
        </Section>

        <Section id="conferences" title="Conference hashtags" locked={lock('conferences')}>
          {problemsAt('conferences')}
          <Conferences list={s.conferences} disabled={lock('conferences')} onChange={(conferences) => update('conferences', { conferences })} />
        </Section>

        <Section id="chats" title="Tweet chats" locked={lock('tweetChats')}>
          {problemsAt('chats')}
          <Chats list={s.tweetChats} disabled={lock('tweetChats')} onChange={(tweetChats) => update('chats', { tweetChats })} />
        </Section>

        <Section id="words" title="Words">
          {problemsAt('words')}
          <p className="muted">Both lists stay on this computer: they are not synced to your other browsers.</p>
          <Terms label="Watch terms: local names to flag (your hospital, unit, town), one per line" value={s.watchTerms} disabled={lock('watchTerms')}
            onSave={(watchTerms) => void update('words', { watchTerms })} />
          <IgnoredTerms list={s.ignoredTerms} disabled={lock('ignoredTerms')} onChange={(ignoredTerms) => void update('words', { ignoredTerms })} />
        </Section>

        <Section id="rules" title="Rules" locked={lock('rules')}>
          {problemsAt('rules')}
          <table className="rules">
            <thead><tr><th scope="col">Rule</th><th scope="col">On</th><th scope="col">How strongly</th></tr></thead>
            <tbody>
              {rules.map((r) => {
                const o = s.rules[r.id] ?? {};
                const name = ruleName(r.id);
                return (
                  <tr key={r.id} data-rule-row={r.id}>
                    <th scope="row"><span className="rule-name">{name}</span> <span className="muted">({CATEGORY_NAMES[r.category] ?? r.category})</span>
                      <div className="muted rule-description">{r.description}</div></th>
                    <td><input type="checkbox" aria-label={`${name}: on`} checked={o.enabled !== false} disabled={lock('rules')}
                      onChange={(e) => void update('rules', { rules: { ...s.rules, [r.id]: { ...o, enabled: e.target.checked } } })} /></td>
                    <td><select aria-label={`${name}: how strongly`} value={o.severity ?? r.severity} disabled={lock('rules')}
                      onChange={(e) => void update('rules', { rules: { ...s.rules, [r.id]: { ...o, severity: e.target.value as Severity } } })}>
                      {SEVERITIES.map((v) => <option key={v.value} value={v.value}>{v.label}</option>)}
                    </select></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Section>

        <Section id="policy" title="Organisation policy">
          <Policy settings={settings.data} managed={settings.managed} locked={settings.locked} onApply={(p) => settings.update(p)} />
        </Section>

        <Trainees />
      </main>
    </PageShell>
  );
}

function Section({ id, title, locked, children }: { id: SectionId; title: string; locked?: boolean; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="options-section">
      <h2 id={`${id}-title`}>{title}<Locked on={!!locked} /></h2>
      {children}
    </section>
  );
}

/** Validator lines as sentences, where the change was made. */
function Problems({ lines }: { lines: string[] }) {
  return (
    <div role="alert" className="error problems">
      <p>This change was not saved:</p>
      <ul>{lines.map((e) => <li key={e}>{readableProblem(e)}</li>)}</ul>
    </div>
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

/** Terms a person chose never to see flagged again, each for the rule it was flagged by. */
function IgnoredTerms({ list, disabled, onChange }: { list: IgnoredTerm[]; disabled: boolean; onChange: (l: IgnoredTerm[]) => void }) {
  return (
    <div data-ignored-terms="">
      <h3>Ignored terms</h3>
      {list.length === 0 ? (
        <p className="muted">None. A finding&apos;s “Add to ignore list” adds its words here, for that rule only.</p>
      ) : (
        <ul>{list.map((t, i) => (
          <li key={`${t.rule}\n${t.term}`}>“{t.term}” for {ruleName(t.rule)}{' '}
            <button type="button" disabled={disabled} onClick={() => onChange(list.filter((_, j) => j !== i))}
              aria-label={`Flag “${t.term}” again for ${ruleName(t.rule)}`}>Remove</button></li>
        ))}</ul>
      )}
    </div>
  );
}

function Conferences({ list, disabled, onChange }: { list: ConferenceTag[]; disabled: boolean; onChange: (l: ConferenceTag[]) => Promise<string[]> }) {
  const [row, setRow] = useState<ConferenceTag>({ tag: '', start: '', end: '' });
  const errorId = useId();
  // Checked as the dates are typed, beside the field; what was typed stays.
  const reversed = row.start !== '' && row.end !== '' && row.end < row.start;
  return (
    <>
      <p className="muted">During these dates the coach suggests the meeting&apos;s hashtag.</p>
      <ul>{list.map((c, i) => (
        <li key={`${c.tag}${i}`}>{c.tag} · {c.start} to {c.end}{' '}
          <button type="button" disabled={disabled} onClick={() => void onChange(list.filter((_, j) => j !== i))} aria-label={`Remove ${c.tag}`}>Remove</button></li>
      ))}</ul>
      <div className="row">
        <label>Hashtag <input value={row.tag} disabled={disabled} onChange={(e) => setRow({ ...row, tag: e.target.value })} placeholder="#ASCO27" /></label>
        <label>From <input type="date" value={row.start} disabled={disabled} onChange={(e) => setRow({ ...row, start: e.target.value })} /></label>
        <label>To <input type="date" value={row.end} disabled={disabled} aria-invalid={reversed || undefined} aria-describedby={reversed ? errorId : undefined}
          onChange={(e) => setRow({ ...row, end: e.target.value })} /></label>
        {reversed && <span id={errorId} className="error" role="alert" data-field-error="end">The end date is before the start date.</span>}
        <button type="button" disabled={disabled || !row.tag || !row.start || !row.end || reversed}
          onClick={async () => { if (!(await onChange([...list, row])).length) setRow({ tag: '', start: '', end: '' }); }}>Add conference</button>
      </div>
    </>
  );
}

function Chats({ list, disabled, onChange }: { list: TweetChat[]; disabled: boolean; onChange: (l: TweetChat[]) => Promise<string[]> }) {
  const [row, setRow] = useState<TweetChat>({ tag: '', weekday: 3, time: '21:00', durationMinutes: 60 });
  return (
    <>
      <p className="muted">During its weekly slot the coach reminds you of the chat&apos;s tag and answer format.</p>
      <ul>{list.map((c, i) => (
        <li key={`${c.tag}${i}`}>{c.tag} · {WEEKDAYS[c.weekday]} {c.time} for {c.durationMinutes} min{' '}
          <button type="button" disabled={disabled} onClick={() => void onChange(list.filter((_, j) => j !== i))} aria-label={`Remove ${c.tag}`}>Remove</button></li>
      ))}</ul>
      <div className="row">
        <label>Hashtag <input value={row.tag} disabled={disabled} onChange={(e) => setRow({ ...row, tag: e.target.value })} placeholder="#MedEdChat" /></label>
        <label>Day <select value={row.weekday} disabled={disabled} onChange={(e) => setRow({ ...row, weekday: Number(e.target.value) })}>
          {WEEKDAYS.map((d, i) => <option key={d} value={i}>{d}</option>)}</select></label>
        <label>Time <input type="time" value={row.time} disabled={disabled} onChange={(e) => setRow({ ...row, time: e.target.value })} /></label>
        <label>Minutes <input type="number" min={15} max={240} value={row.durationMinutes} disabled={disabled}
          onChange={(e) => setRow({ ...row, durationMinutes: Number(e.target.value) })} /></label>
        <button type="button" disabled={disabled || !row.tag}
          onClick={async () => { if (!(await onChange([...list, row])).length) setRow({ ...row, tag: '' }); }}>Add chat</button>
      </div>
    </>
  );
}


function Policy({ settings, managed, locked, onApply }: {
  settings: AppSettings; managed: Partial<AppSettings>; locked: string[]; onApply: (p: Partial<AppSettings>) => Promise<string[]>;
}) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: true; message: string } | { ok: false; lines: string[] } | null>(null);
  const apply = async (json: string) => {
    const result = parsePolicy(json, { ruleIds: RULE_IDS });
    if (!result.ok) return setStatus({ ok: false, lines: result.error.split('\n') });
    const errors = await onApply(result.settings);
    setStatus(errors.length ? { ok: false, lines: errors } : { ok: true, message: `Policy applied: ${Object.keys(result.settings).join(', ') || 'nothing to change'}.` });
  };
  return (
    <>
      {locked.length > 0 && (
        <div data-managed="">
          <p>Your organisation sets these, and they cannot be changed here: <strong>{locked.join(', ')}</strong>.</p>
          <pre className="muted">{exportPolicy(managed)}</pre>
        </div>
      )}
      <div className="row">
        <label>Import a policy file <input type="file" accept="application/json,.json" data-policy-file=""
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            if (f.size > MAX_POLICY_CHARS * 4) return void setStatus({ ok: false, lines: [`The file is ${Math.round(f.size / 1024)} KB; a policy file is at most ${MAX_POLICY_CHARS / 1024} KB.`] });
            await apply(await f.text());
          }} /></label>
        <button type="button" onClick={() => download('post-coach-policy.json', 'application/json', exportPolicy(settings))}>Export my settings as a policy</button>
      </div>
      <label htmlFor="policy-text">…or paste the policy JSON</label>
      <textarea id="policy-text" rows={4} style={{ width: '100%' }} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void apply(text)}>Apply pasted policy</button>
      {status?.ok === true && <p role="status" data-policy-status="ok">{status.message}</p>}
      {status?.ok === false && (
        <div role="alert" className="error" data-policy-status="error">
          <p>The policy was not applied:</p>
          <ul>{status.lines.map((l) => <li key={l}>{readableProblem(l)}</li>)}</ul>
        </div>
      )}
    </>
  );
}
