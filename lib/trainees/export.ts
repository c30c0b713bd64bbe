// The trainer's roster as CSV (spreadsheets) and Markdown (emails), and who is due a follow-up.
export interface Trainee {
  id: string;
  name: string;
  specialty: string;
  assistant: string;
  /** 0..100 */
  progress: number;
  /** YYYY-MM-DD or '' */
  followUp: string;
  note: string;
}

const COLUMNS: [keyof Trainee, string][] = [
  ['name', 'Name'], ['specialty', 'Specialty'], ['assistant', 'Assistant'], ['progress', 'Progress (%)'], ['followUp', 'Next follow-up'], ['note', 'Note'],
];

/**
 * RFC 4180 field, with formula-looking cells neutralised so a spreadsheet never runs them: a sign
 * that starts the field, or starts a piece a spreadsheet may split off (after a line break, or
 * after ';', ',', '|' or a tab in locales that use those to separate cells), gets a leading quote.
 */
function csvField(value: unknown): string {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  s = s.replace(/([;,|\t\r\n])(\s*)(?=[=+\-@])/g, "$1$2'");
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function traineesCsv(list: Trainee[]): string {
  const rows = [COLUMNS.map(([, h]) => h), ...list.map((t) => COLUMNS.map(([k]) => t[k]))];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// Cells are text, never markup: no raw HTML (so no script or image), no link syntax (so no javascript: link).
const mdCell = (value: unknown) =>
  String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([[\]()!`])/g, '\\$1')
    .replace(/\r?\n/g, ' ');

export function traineesMarkdown(list: Trainee[]): string {
  const head = `| ${COLUMNS.map(([, h]) => h).join(' | ')} |`;
  const rule = `| ${COLUMNS.map(() => '---').join(' | ')} |`;
  return `${[head, rule, ...list.map((t) => `| ${COLUMNS.map(([k]) => mdCell(t[k])).join(' | ')} |`)].join('\n')}\n`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Trainees whose follow-up date (YYYY-MM-DD) is `today` or earlier; empty or malformed dates are never due. */
export function dueFollowUps(list: Trainee[], today: string): Trainee[] {
  return list.filter((t) => ISO_DATE.test(t.followUp) && t.followUp <= today);
}
