import type { OutboxEmail } from '../../bin/local-stack/outbox-server.js';
import { fillForm } from '../../forms/fill-form.js';
import { sampleImm1324 } from '../../forms/imm1324/sample.js';
import { sampleImm5492 } from '../../forms/imm5492/sample.js';
import { sampleImm5494 } from '../../forms/imm5494/sample.js';
import { sampleJasRecommendation } from '../../forms/jas-recommendation/sample.js';
import { sampleJasRolesChecklist } from '../../forms/jas-roles-checklist/sample.js';
import type { CaseRecord, MessageOutcome } from '../../functions/domain/case-record.js';
import { addCalendarMonths, todayIn } from '../../kernel/policy-calendar.js';
import type { TestStack } from './local-stack.js';

export {
  IN_MAILBOX,
  IN_OFFICER,
  OFFICE_MAILBOX,
  OFFICER,
  ROC_O_MAILBOX,
  ROC_O_OFFICER,
  RSTP_MAILBOX,
  SPO,
  SPONSOR,
  SUPERVISOR,
  TRIAGE_MAILBOX,
} from './sample-parties.js';

export const TODAY = todayIn();

type Attachment = { filename: string; content: Buffer };

/** One person of the scenario, writing to the pipeline through SMTP as they would from their mail client. */
export class Scenario {
  private outboxSeen = 0;

  constructor(private readonly stack: TestStack) {}

  async send(from: string, subject: string, text = '', attachments: Attachment[] = []): Promise<MessageOutcome> {
    const key = await this.stack.sendMail({ from, to: 'jas-intake@jas.example', subject, text, attachments });
    return this.stack.outcomeOf(key);
  }

  /** The same message, unsigned: what a forger who writes a staff member's address in From: sends. */
  async sendForged(from: string, subject: string, text = '', attachments: Attachment[] = []): Promise<MessageOutcome> {
    const key = await this.stack.sendMail(
      { from, to: 'jas-intake@jas.example', subject, text, attachments },
      { sign: false },
    );
    return this.stack.outcomeOf(key);
  }

  /** Notices sent since the last call. */
  async newNotices(): Promise<OutboxEmail[]> {
    const all = await this.stack.outbox();
    const fresh = all.slice(this.outboxSeen);
    this.outboxSeen = all.length;
    return fresh;
  }

  async caseOf(caseId: string): Promise<CaseRecord> {
    return (await this.stack.pipeline.dependencies.cases.getCase(caseId))!;
  }

  async events(caseId: string): Promise<string[]> {
    return (await this.stack.pipeline.dependencies.cases.listEvents(caseId)).map((event) => event.type);
  }
}

/** A filled recommendation form for a distinct client. */
export async function recommendationPdf(
  uci: string,
  overrides: Record<string, string | boolean> = {},
): Promise<Attachment> {
  const content = Buffer.from(
    await fillForm('jas-recommendation', { ...sampleJasRecommendation(TODAY), 'client.uci': uci, ...overrides }),
  );
  return { filename: 'jas-recommendation.pdf', content };
}

/** The sponsor's undertaking (IMM 1324, IMM 5492, IMM 5494) for the client of `uci` who arrived on `arrivalDate`. */
export async function undertakingPdfs(uci: string, arrivalDate: string): Promise<Attachment[]> {
  const refugee = { 'refugee.uci': uci };
  const imm1324 = {
    ...sampleImm1324(TODAY),
    ...refugee,
    'refugee.arrivalDate': arrivalDate,
    'sponsorship.startDate': arrivalDate,
    'sponsorship.endDate': addCalendarMonths(arrivalDate, 24),
  };
  return [
    { filename: 'IMM1324.pdf', content: Buffer.from(await fillForm('imm1324', imm1324)) },
    { filename: 'IMM5492.pdf', content: Buffer.from(await fillForm('imm5492', { ...sampleImm5492(), ...refugee })) },
    {
      filename: 'IMM5494.pdf',
      content: Buffer.from(await fillForm('imm5494', { ...sampleImm5494(TODAY), ...refugee })),
    },
  ];
}

export async function checklistPdf(uci: string): Promise<Attachment> {
  return {
    filename: 'jas-roles-checklist.pdf',
    content: Buffer.from(
      await fillForm('jas-roles-checklist', { ...sampleJasRolesChecklist(TODAY), 'client.uci': uci }),
    ),
  };
}

/** Who received a notice, and its subject. */
export function addressed(notices: readonly OutboxEmail[]): { to: string; subject: string }[] {
  return notices.flatMap((notice) => notice.destination.to.map((to) => ({ to, subject: notice.subject })));
}
