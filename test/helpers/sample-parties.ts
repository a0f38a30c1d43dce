/** The sample parties of the tests: who writes to the pipeline, and the mailboxes it writes to (config/local directory). */
export const SPO = 'intake@spo.example';
export const SPONSOR = 'sah@church.example';
export const OFFICER = 'officer.toronto@ircc.example';
export const SUPERVISOR = 'supervisor.toronto@ircc.example';
export const IN_OFFICER = 'officer.in@ircc.example';
export const ROC_O_OFFICER = 'officer.roc-o@ircc.example';
export const OFFICE_MAILBOX = 'toronto.jas@ircc.example';
export const IN_MAILBOX = 'resettlement-operations.in@ircc.example';
export const ROC_O_MAILBOX = 'roc-o.jas@ircc.example';
export const RSTP_MAILBOX = 'promotion@rstp.example';
export const TRIAGE_MAILBOX = 'triage.jas@ircc.example';
