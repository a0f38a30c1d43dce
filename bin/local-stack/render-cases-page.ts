import type { CaseState } from '../../functions/domain/case-record.js';
import { CASE_STATE_NAMES } from '../../functions/domain/case-state-names.js';
import type { CaseHistory } from '../../functions/domain/reports/case-history.js';
import { TASK_STATUS_LABELS } from '../../functions/domain/reports/gcms-tasks.js';
import { STATE_LABELS } from '../../functions/domain/reports/state-labels.js';
import type { TrackingRow } from '../../functions/domain/reports/tracking-row.js';
import { TRACKING_COLUMNS } from '../../functions/reports/tracking-columns.js';
import type { BilingualText } from '../../kernel/bilingual-text.js';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;margin:1.5rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef4}form{margin:1rem 0;display:flex;gap:1rem;align-items:end;flex-wrap:wrap}label{display:flex;flex-direction:column;font-size:.9rem}
.muted{color:#555;font-size:.9rem}.overdue{color:#a40000;font-weight:bold}nav a{margin-right:1rem}`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const both = (text: BilingualText) => (text.en === text.fr ? text.en : `${text.en} / ${text.fr}`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><nav><a href="/">Cases / Dossiers</a></nav>${body}</body></html>
`;
}

function options(values: readonly { value: string; label: string }[], selected: string | undefined): string {
  return [{ value: '', label: 'All / Tous' }, ...values]
    .map(
      ({ value, label }) =>
        `<option value="${escapeHtml(value)}"${value === (selected ?? '') ? ' selected' : ''}>${escapeHtml(label)}</option>`,
    )
    .join('');
}

/** The filter a person chose: a state and an office, each optional. */
export interface CasesFilter {
  readonly state?: string;
  readonly office?: string;
}

/**
 * The read-only list of cases: filter by state and office, each case's state and days in it, and
 * its next deadline with its date; each case id opens the case's timeline.
 */
export function renderCaseList(rows: readonly TrackingRow[], filter: CasesFilter, today: string): string {
  const shown = rows.filter(
    (row) => (!filter.state || row.state === filter.state) && (!filter.office || row.office === filter.office),
  );
  const states = (Object.keys(STATE_LABELS) as CaseState[]).map((state) => ({
    value: state,
    label: both(STATE_LABELS[state]),
  }));
  const offices = [...new Set(rows.map((row) => row.office))]
    .sort()
    .map((office) => ({ value: office, label: office }));
  const lines = shown
    .map((row) => {
      const deadline = row.nextDeadline;
      return `<tr data-case="${escapeHtml(row.caseId)}">
<td><a href="/cases/${encodeURIComponent(row.caseId)}">${escapeHtml(row.caseId)}</a></td>
<td>${escapeHtml(row.office)}</td><td>${escapeHtml(row.caseType)}</td>
<td class="state">${escapeHtml(both(STATE_LABELS[row.state]))}</td><td>${row.daysInState}</td>
<td>${deadline ? escapeHtml(both(deadline.what)) : '—'}</td>
<td${deadline && deadline.daysLeft < 0 ? ' class="overdue"' : ''}>${deadline ? `${deadline.on} (${deadline.daysLeft} d / j)` : '—'}</td>
</tr>`;
    })
    .join('\n');
  return page(
    'JAS cases / Dossiers PAC',
    `<h1>JAS cases / Dossiers PAC</h1>
<p class="muted">Read-only, as of ${today} (case time zone). No names or health details: open a case with <code>jas cases show ID</code> for its file. / Lecture seule, au ${today}. Aucun nom ni renseignement de santé.</p>
<form method="get" action="/">
<label>State / État<select name="state">${options(states, filter.state)}</select></label>
<label>Local office / Bureau local<select name="office">${options(offices, filter.office)}</select></label>
<button type="submit">Filter / Filtrer</button>
</form>
<p class="muted" id="count">${shown.length} of ${rows.length} case(s) / ${shown.length} dossier(s) sur ${rows.length}</p>
<table><thead><tr><th>Case / Dossier</th><th>Office / Bureau</th><th>Type</th><th>State / État</th><th>Days in state / Jours</th><th>Next deadline / Prochaine échéance</th><th>Date</th></tr></thead>
<tbody>
${lines}
</tbody></table>`,
  );
}

/** One case: its state, every step's date as the spreadsheet has it, and its audit trail (roles, not addresses). */
export function renderCase(
  row: TrackingRow,
  history: CaseHistory,
  scrub: (text: string) => string,
  dateOf: (instant: string) => string,
): string {
  const steps = TRACKING_COLUMNS.map((column) => ({ column, value: column.value(row) }))
    .filter(({ column, value }) => value !== undefined && !column.key.startsWith('task-') && column.key !== 'caseId')
    .map(({ column, value }) => {
      const shown =
        value && 'date' in value ? value.date : value && 'number' in value ? String(value.number) : (value?.text ?? '');
      return `<tr><th scope="row">${escapeHtml(both(column.header))}</th><td>${escapeHtml(shown)}</td></tr>`;
    })
    .join('\n');
  const tasks = row.gcmsTasks
    .map(
      ({ task, status }) =>
        `<li>${escapeHtml(`Step ${task.step} / Étape ${task.step}: ${both(task.title)}`)} — ${escapeHtml(both(TASK_STATUS_LABELS[status]))}</li>`,
    )
    .join('');
  const events = history.events
    .map(
      (
        event,
      ) => `<tr class="event"><td>${dateOf(event.at)}</td><td>${escapeHtml(event.type)}</td><td>${escapeHtml(event.actor.role)}</td>
<td>${escapeHtml(scrub(event.summary))}</td></tr>`,
    )
    .join('\n');
  const state = CASE_STATE_NAMES[row.state];
  return page(
    `${row.caseId} / JAS`,
    `<h1>${escapeHtml(row.caseId)}</h1>
<p id="state"><strong>${escapeHtml(both(STATE_LABELS[row.state]))}</strong> — ${escapeHtml(state.en)} / ${escapeHtml(state.fr)}, ${row.daysInState} d / j</p>
<h2>Steps / Étapes</h2>
<table id="steps">${steps}</table>
<h2>ROC-O’s tasks / Tâches du COR-O (OB 646, 5 &amp; 7)</h2>
<ul>${tasks}</ul>
<h2>Timeline / Historique</h2>
<table id="timeline"><thead><tr><th>Date</th><th>Event / Événement</th><th>By / Par</th><th>Summary / Résumé</th></tr></thead>
<tbody>
${events}
</tbody></table>`,
  );
}
