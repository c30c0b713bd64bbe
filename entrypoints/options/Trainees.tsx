import { useState } from 'react';
import { download } from '../../components/download.ts';
import { useTrainees } from '../../components/use-stores.tsx';
import { traineesCsv, traineesMarkdown } from '../../lib/trainees/export.ts';


/** The trainer's roster: physicians only (never patients), with the next follow-up and a note. */
export function Trainees() {
  const trainees = useTrainees();
  const [name, setName] = useState('');
  return (
    <section aria-labelledby="trainees-title">
      <h2 id="trainees-title">Trainees</h2>
      <p className="muted">The physicians you are training. A reminder appears on each follow-up date. Keep patients&apos; names out of notes.</p>
      <table>
        <thead><tr>{['Name', 'Specialty', 'Assistant', 'Progress %', 'Follow-up', 'Note', ''].map((h, i) => <th key={i} scope="col">{h || <span className="visually-hidden">Actions</span>}</th>)}</tr></thead>
        <tbody>
          {trainees.data.map((t) => (
            <tr key={t.id} data-trainee={t.id}>
              <td><input aria-label="Name" value={t.name} onChange={(e) => void trainees.update(t.id, { name: e.target.value })} /></td>
              <td><input aria-label={`${t.name} specialty`} value={t.specialty} onChange={(e) => void trainees.update(t.id, { specialty: e.target.value })} /></td>
              <td><input aria-label={`${t.name} assistant`} value={t.assistant} onChange={(e) => void trainees.update(t.id, { assistant: e.target.value })} /></td>
              <td><input aria-label={`${t.name} progress`} type="number" min={0} max={100} value={t.progress}
                onChange={(e) => void trainees.update(t.id, { progress: Number(e.target.value) })} /></td>
              <td><input aria-label={`${t.name} follow-up date`} type="date" value={t.followUp} onChange={(e) => void trainees.update(t.id, { followUp: e.target.value })} /></td>
              <td><input aria-label={`${t.name} note`} value={t.note} onChange={(e) => void trainees.update(t.id, { note: e.target.value })} /></td>
              <td><button type="button" onClick={() => void trainees.remove(t.id)} aria-label={`Remove ${t.name}`}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <label>New trainee <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Dr. …" /></label>
        <button type="button" disabled={!name.trim()} onClick={() => { void trainees.add({ name: name.trim() }); setName(''); }}>Add trainee</button>
        <button type="button" disabled={!trainees.data.length} onClick={() => download('trainees.csv', 'text/csv', traineesCsv(trainees.data))}>Export CSV</button>
        <button type="button" disabled={!trainees.data.length} onClick={() => download('trainees.md', 'text/markdown', traineesMarkdown(trainees.data))}>Export Markdown</button>
      </div>
    </section>
  );
}
