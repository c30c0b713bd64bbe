import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { download } from '../../components/download.ts';
import { useSettings, useTrainees } from '../../components/use-stores.tsx';
import type { Trainee } from '../../lib/store/stores.ts';
import { traineesCsv, traineesMarkdown } from '../../lib/trainees/export.ts';
import { describeRisks, noteRisks } from '../../lib/trainees/note-privacy.ts';

/**
 * Reminders need `alarms` and `notifications`; those the manifest makes optional (both in Chrome,
 * `notifications` in Firefox) are asked for when the first follow-up date is set.
 */
function reminderPermissions(): { permissions: Browser.runtime.ManifestPermission[] } {
  const wanted = ['alarms', 'notifications'] as Browser.runtime.ManifestPermission[];
  try {
    const optional = (browser.runtime.getManifest().optional_permissions ?? []) as string[];
    return { permissions: wanted.filter((p) => optional.includes(p)) };
  } catch {
    return { permissions: wanted };
  }
}

type Export = { kind: 'csv' | 'md'; risky: Trainee[] };

/** The trainer's roster: physicians only (never patients), with the next follow-up and a note. */
export function Trainees() {
  const trainees = useTrainees();
  const settings = useSettings().effective;
  const [name, setName] = useState('');
  const [removed, setRemoved] = useState<{ trainee: Trainee; index: number } | null>(null);
  const [pendingExport, setPendingExport] = useState<Export | null>(null);
  const [reminders, setReminders] = useState<'unknown' | 'on' | 'off'>('unknown');

  useEffect(() => {
    // Whether reminders can be shown now (granted before, or kept from an older version).
    (async () => setReminders((await browser.permissions.contains(reminderPermissions())) ? 'on' : 'off'))().catch(() => undefined);
  }, []);
  const askForReminders = async () => {
    try {
      setReminders((await browser.permissions.request(reminderPermissions())) ? 'on' : 'off');
    } catch {
      setReminders('off');
    }
  };
  const setFollowUp = async (t: Trainee, followUp: string) => {
    // Asked during the change (a user gesture), before anything is awaited.
    const asking = followUp && reminders !== 'on' ? askForReminders() : undefined;
    await trainees.update(t.id, { followUp });
    await asking;
  };
  const remove = (t: Trainee) => {
    setRemoved({ trainee: t, index: trainees.data.findIndex((x) => x.id === t.id) });
    void trainees.remove(t.id);
  };
  const exportFile = (kind: 'csv' | 'md', checked = false) => {
    const risky = trainees.data.filter((t) => noteRisks(t.note, settings).length > 0);
    if (risky.length && !checked) return setPendingExport({ kind, risky });
    setPendingExport(null);
    if (kind === 'csv') download('trainees.csv', 'text/csv', traineesCsv(trainees.data));
    else download('trainees.md', 'text/markdown', traineesMarkdown(trainees.data));
  };

  return (
    <section id="trainees" aria-labelledby="trainees-title" className="options-section">
      <h2 id="trainees-title">Trainees</h2>
      <p className="muted">The physicians you are training. A reminder appears on each follow-up date. Keep patients&apos; names out of notes: notes are checked like a post.</p>
      {reminders === 'off' && trainees.data.some((t) => t.followUp) && (
        <p role="status" data-reminders="off">Reminders are off: the browser was not allowed to show them.{' '}
          <button type="button" onClick={() => void askForReminders()}>Allow reminders</button></p>
      )}
      <table className="trainees">
        <colgroup>
          <col className="c-name" /><col className="c-specialty" /><col className="c-assistant" /><col className="c-progress" />
          <col className="c-date" /><col className="c-note" /><col className="c-actions" />
        </colgroup>
        <thead><tr>{['Name', 'Specialty', 'Assistant', 'Progress %', 'Follow-up', 'Note', ''].map((h, i) => <th key={i} scope="col">{h || <span className="visually-hidden">Actions</span>}</th>)}</tr></thead>
        <tbody>
          {trainees.data.map((t) => (
            <TraineeRow key={t.id} t={t} onUpdate={(patch) => void trainees.update(t.id, patch)} onFollowUp={(d) => void setFollowUp(t, d)}
              onRemove={() => remove(t)} risksOf={(note) => noteRisks(note, settings)} />
          ))}
        </tbody>
      </table>
      {removed && (
        <p role="status" data-trainee-removed="">Removed {removed.trainee.name || 'a trainee'}.{' '}
          <button type="button" onClick={() => { void trainees.restore(removed.trainee, removed.index); setRemoved(null); }}>Undo</button></p>
      )}
      <div className="row">
        <label>New trainee <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dr. …" /></label>
        <button type="button" disabled={!name.trim()} onClick={() => { void trainees.add({ name: name.trim() }); setName(''); }}>Add trainee</button>
        <button type="button" disabled={!trainees.data.length} onClick={() => exportFile('csv')}>Export CSV</button>
        <button type="button" disabled={!trainees.data.length} onClick={() => exportFile('md')}>Export Markdown</button>
      </div>
      {pendingExport && (
        <div role="alert" className="warning" data-export-warning="">
          <p>These notes may identify a patient and would go into the file:</p>
          <ul>{pendingExport.risky.map((t) => <li key={t.id}>{t.name || 'A trainee'}: {describeRisks(noteRisks(t.note, settings))}</li>)}</ul>
          <div className="row">
            <button type="button" onClick={() => setPendingExport(null)}>Cancel and edit the notes</button>
            <button type="button" onClick={() => exportFile(pendingExport.kind, true)}>Export anyway</button>
          </div>
        </div>
      )}
    </section>
  );
}

function TraineeRow({ t, onUpdate, onFollowUp, onRemove, risksOf }: {
  t: Trainee;
  onUpdate: (patch: Partial<Omit<Trainee, 'id'>>) => void;
  onFollowUp: (date: string) => void;
  onRemove: () => void;
  risksOf: typeof noteRisks;
}) {
  // The note is saved when the field is left, after the privacy check; a risky note waits for a choice.
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const label = t.name || 'Trainee';
  const risks = note !== null && confirming ? risksOf(note) : [];
  const saveNote = (force = false) => {
    if (note === null) return;
    if (!force && risksOf(note).length) return setConfirming(true);
    onUpdate({ note });
    setNote(null);
    setConfirming(false);
  };
  return (
    <>
      <tr data-trainee={t.id}>
        <td><input aria-label="Name" value={t.name} onChange={(e) => onUpdate({ name: e.target.value })} /></td>
        <td><input aria-label={`${label} specialty`} value={t.specialty} onChange={(e) => onUpdate({ specialty: e.target.value })} /></td>
        <td><input aria-label={`${label} assistant`} value={t.assistant} onChange={(e) => onUpdate({ assistant: e.target.value })} /></td>
        <td><input aria-label={`${label} progress`} type="number" min={0} max={100} value={t.progress} onChange={(e) => onUpdate({ progress: Number(e.target.value) })} /></td>
        <td><input aria-label={`${label} follow-up date`} type="date" value={t.followUp} onChange={(e) => onFollowUp(e.target.value)} /></td>
        <td><textarea aria-label={`${label} note`} rows={1} value={note ?? t.note} aria-invalid={confirming || undefined}
          onChange={(e) => { setNote(e.target.value); setConfirming(false); }} onBlur={() => saveNote()} /></td>
        <td>{removing ? (
          <span className="confirm-remove">
            <button type="button" onClick={onRemove} aria-label={`Yes, remove ${label}`}>Remove</button>{' '}
            <button type="button" onClick={() => setRemoving(false)} aria-label={`Keep ${label}`}>Keep</button>
          </span>
        ) : (
          <button type="button" onClick={() => setRemoving(true)} aria-label={`Remove ${label}`}>Remove…</button>
        )}</td>
      </tr>
      {confirming && risks.length > 0 && (
        <tr className="note-warning" data-note-warning={t.id}>
          <td colSpan={7}>
            <div role="alert" className="warning">
              This note may identify a patient: {describeRisks(risks)}. It is not saved yet.{' '}
              <button type="button" onClick={() => saveNote(true)}>Save it anyway</button>{' '}
              <button type="button" onClick={() => { setNote(null); setConfirming(false); }}>Discard the change</button>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
