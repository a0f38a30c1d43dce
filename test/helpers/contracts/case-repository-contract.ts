import { describe, expect, it } from 'vitest';
import type { JasRecommendation } from '../../../forms/jas-recommendation/schema.js';
import type { CaseRecord, MessageOutcome } from '../../../functions/domain/case-record.js';
import type { CaseRepository, CaseWrite } from '../../../functions/domain/ports.js';

const RECOMMENDATION = {
  caseType: 'GAR',
  client: { uci: '12345678', familyName: 'Doe', givenNames: 'Jane' },
  localOffice: 'TORONTO',
} as JasRecommendation;

const aCase = (caseId: string, overrides: Partial<CaseRecord> = {}): CaseRecord => ({
  caseId,
  state: 'received',
  recommendation: RECOMMENDATION,
  flags: [],
  createdBy: 'raw/first',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  version: 1,
  ...overrides,
});

const anOutcome = (messageKey: string, outcome: MessageOutcome['outcome']): MessageOutcome => ({
  messageKey,
  outcome,
  caseIds: [],
  formsFound: [],
  problems: [],
  noticesSent: [],
  at: new Date().toISOString(),
});

/** What makes a repository under test: a fresh one, and one whose leases run on the given clock. */
export interface CaseRepositoryUnderTest {
  repository(): CaseRepository;
  withClock(now: () => Date): CaseRepository;
}

/**
 * The contract every CaseRepository honours, whatever stores it: the DynamoDB adapter (against
 * dynalite) and the in-memory one the fast use-case tests run on are both held to it.
 */
export function caseRepositoryContract(name: string, subject: CaseRepositoryUnderTest): void {
  describe(`${name}: the case repository contract`, () => {
    const repository = () => subject.repository();

    it('binds a client to one case, whoever asks first', async () => {
      const results = await Promise.all(
        ['JAS-2026-AAAAAA', 'JAS-2026-BBBBBB', 'JAS-2026-CCCCCC'].map((id) => repository().claimClient('99990000', id)),
      );
      expect(new Set(results).size).toBe(1);
      expect(await repository().claimClient('99990000', 'JAS-2026-DDDDDD')).toBe(results[0]);
      expect(await repository().findClientCase('99990000')).toBe(results[0]);
      expect(await repository().findClientCase('99990001')).toBeUndefined();
    });

    it('links message ids to a case, first link wins (a later one is not refused), and finds the case from a reply’s ids in order', async () => {
      const link = (caseId: string, messageId: string): CaseWrite => ({ write: 'link-message-id', caseId, messageId });
      expect(
        await repository().writeTogether([
          link('JAS-2026-AAAAAA', '<notice-1@ca-central-1.amazonses.com>'),
          link('JAS-2026-AAAAAA', '<filed@spo.example>'),
        ]),
      ).toEqual({ refused: [] });
      expect(
        await repository().writeTogether([
          link('JAS-2026-BBBBBB', '<Notice-1@CA-CENTRAL-1.amazonses.com>'),
          link('JAS-2026-BBBBBB', '<other@spo.example>'),
        ]),
      ).toEqual({ refused: [] });
      expect(await repository().findCaseByMessageIds(['<unknown@x.example>', '<filed@spo.example>'])).toBe(
        'JAS-2026-AAAAAA',
      );
      expect(await repository().findCaseByMessageIds(['<notice-1@ca-central-1.amazonses.com>'])).toBe(
        'JAS-2026-AAAAAA',
      );
      expect(await repository().findCaseByMessageIds(['<other@spo.example>'])).toBe('JAS-2026-BBBBBB');
      expect(await repository().findCaseByMessageIds([])).toBeUndefined();
    });

    it('remembers which message applied to a case by its fingerprints: a copy under another key is told the first', async () => {
      expect(
        await repository().recordAppliedMessage('JAS-2026-000009', ['<m1@spo.example>', 'dkim:abc'], 'raw/first'),
      ).toBeUndefined();
      expect(
        await repository().recordAppliedMessage('JAS-2026-000009', ['<m1@spo.example>'], 'raw/first'),
      ).toBeUndefined();
      expect(
        await repository().recordAppliedMessage('JAS-2026-000009', ['<m2@spo.example>', 'dkim:abc'], 'raw/copy'),
      ).toBe('raw/first');
      expect(
        await repository().recordAppliedMessage('JAS-2026-000010', ['<m1@spo.example>'], 'raw/other-case'),
      ).toBeUndefined();
    });

    it('creates a case once and returns undefined for one that does not exist', async () => {
      expect(await repository().getCase('JAS-2026-NOPE00')).toBeUndefined();
      await repository().createCase(aCase('JAS-2026-000001'));
      const second = await repository().createCase(aCase('JAS-2026-000001', { state: 'declined' }));
      expect(second.state).toBe('received');
      expect(await repository().getCase('JAS-2026-000001')).toEqual(aCase('JAS-2026-000001'));
    });

    it('refuses an update made from a stale read (optimistic concurrency)', async () => {
      await repository().createCase(aCase('JAS-2026-000002'));
      const read = (await repository().getCase('JAS-2026-000002'))!;
      expect(await repository().updateCase({ ...read, flags: ['late'], version: read.version + 1 })).toBe(true);
      expect(await repository().updateCase({ ...read, state: 'local_review', version: read.version + 1 })).toBe(false);
      expect(await repository().updateCase(aCase('JAS-2026-NEVER0', { version: 2 }))).toBe(false);
      expect(await repository().getCase('JAS-2026-000002')).toMatchObject({
        flags: ['late'],
        state: 'received',
        version: 2,
      });
    });

    it('of concurrent updates from the same read, exactly one wins', async () => {
      await repository().createCase(aCase('JAS-2026-000004'));
      const read = (await repository().getCase('JAS-2026-000004'))!;
      const writes = await Promise.all(
        ['a', 'b', 'c', 'd'].map((flag) => repository().updateCase({ ...read, flags: [flag], version: 2 })),
      );
      expect(writes.filter(Boolean)).toHaveLength(1);
    });

    it('keeps documents and events once each, events in time order', async () => {
      const event = {
        caseId: 'JAS-2026-000003',
        actor: { address: 'spo@spo.example', role: 'sender' as const },
        summary: 's',
      };
      await repository().appendEvent({ ...event, eventId: 'b', at: '2026-11-23T12:00:00.000Z', type: 'second' });
      await repository().appendEvent({ ...event, eventId: 'a', at: '2026-11-23T11:00:00.000Z', type: 'first' });
      await repository().appendEvent({ ...event, eventId: 'a', at: '2026-11-23T13:00:00.000Z', type: 'redelivered' });
      expect((await repository().listEvents('JAS-2026-000003')).map((stored) => stored.type)).toEqual([
        'first',
        'second',
      ]);

      const document = {
        caseId: 'JAS-2026-000003',
        documentId: 'd1',
        formId: 'jas-recommendation',
        formVersion: '2026.1',
        fileName: 'f.pdf',
        objectKey: 'cases/x/f.pdf',
        messageKey: 'raw/m',
        receivedAt: '2026-11-23T11:00:00.000Z',
      };
      await repository().addDocument({ ...document, documentId: 'd2', receivedAt: '2026-11-23T12:00:00.000Z' });
      await repository().addDocument(document);
      await repository().addDocument({ ...document, fileName: 'again.pdf' });
      expect((await repository().listDocuments('JAS-2026-000003')).map((stored) => stored.documentId)).toEqual([
        'd1',
        'd2',
      ]);
      expect((await repository().listDocuments('JAS-2026-000003'))[0]).toEqual(document);
    });

    describe('a change written together', () => {
      const event = (caseId: string, eventId: string) => ({
        caseId,
        eventId,
        at: '2026-11-24T10:00:00.000Z',
        type: 'recommendation_received',
        actor: { address: 'spo@spo.example', role: 'spo' as const },
        summary: 'opened',
      });
      const document = (caseId: string) => ({
        caseId,
        documentId: 'opened-document',
        formId: 'jas-recommendation',
        formVersion: '2026.1',
        fileName: 'form.pdf',
        objectKey: `cases/${caseId}/documents/form.pdf`,
        messageKey: 'raw/opening',
        receivedAt: '2026-11-24T10:00:00.000Z',
      });
      const opening = (caseId: string, uci: string): CaseWrite[] => [
        { write: 'claim-client', uci, caseId },
        { write: 'create-case', caseRecord: aCase(caseId) },
        {
          write: 'apply-message',
          caseId,
          fingerprint: `message-id:<${caseId}@spo.example>`,
          messageKey: 'raw/opening',
        },
        { write: 'add-document', document: document(caseId) },
        { write: 'append-event', event: event(caseId, 'raw/opening#opened') },
        { write: 'lease-notice', noticeKey: `raw/opening-${caseId}#ack`, leaseId: 'lease-1', leaseMs: 60_000 },
      ];

      it('writes every item of a new case at once', async () => {
        expect(await repository().writeTogether(opening('JAS-2026-00000A', '90000001'))).toEqual({ refused: [] });
        expect(await repository().findClientCase('90000001')).toBe('JAS-2026-00000A');
        expect(await repository().getCase('JAS-2026-00000A')).toEqual(aCase('JAS-2026-00000A'));
        expect(await repository().listDocuments('JAS-2026-00000A')).toEqual([document('JAS-2026-00000A')]);
        expect((await repository().listEvents('JAS-2026-00000A')).map((stored) => stored.eventId)).toEqual([
          'raw/opening#opened',
        ]);
        expect(await repository().claimNotice('raw/opening-JAS-2026-00000A#ack', 60_000)).toMatchObject({
          status: 'held',
        });
        // The message that applied the fingerprint may apply it again (a redelivery); another may not.
        expect(
          await repository().recordAppliedMessage(
            'JAS-2026-00000A',
            ['message-id:<JAS-2026-00000A@spo.example>'],
            'raw/copy',
          ),
        ).toBe('raw/opening');
      });

      it('writes nothing when the client is taken, and says which write was refused', async () => {
        await repository().claimClient('90000002', 'JAS-2026-00000B');
        const writes = opening('JAS-2026-00000C', '90000002');
        expect(await repository().writeTogether(writes)).toEqual({ refused: [writes[0]] });
        expect(await repository().getCase('JAS-2026-00000C')).toBeUndefined();
        expect(await repository().listEvents('JAS-2026-00000C')).toEqual([]);
        expect(await repository().listDocuments('JAS-2026-00000C')).toEqual([]);
        expect(await repository().findClientCase('90000002')).toBe('JAS-2026-00000B');
      });

      it('updates a case from the version it read, with its event, once; a fingerprint another message applied refuses it', async () => {
        await repository().createCase(aCase('JAS-2026-00000D'));
        const change = (messageKey: string, version: number): CaseWrite[] => [
          {
            write: 'apply-message',
            caseId: 'JAS-2026-00000D',
            fingerprint: 'message-id:<action@ircc.example>',
            messageKey,
          },
          { write: 'update-case', caseRecord: aCase('JAS-2026-00000D', { state: 'local_review', version }) },
          { write: 'append-event', event: event('JAS-2026-00000D', `${messageKey}#0`) },
        ];
        expect(await repository().writeTogether(change('raw/action', 2))).toEqual({ refused: [] });
        // A copy of the action under another key, deciding on version 1 too: both refusals named.
        const copy = change('raw/copy', 2);
        expect(await repository().writeTogether(copy)).toEqual({ refused: [copy[0], copy[1]] });
        expect((await repository().listEvents('JAS-2026-00000D')).map((stored) => stored.eventId)).toEqual([
          'raw/action#0',
        ]);
        expect(await repository().findMessageOutcomeAndCase('raw/action', 'JAS-2026-00000D')).toEqual({
          caseRecord: aCase('JAS-2026-00000D', { state: 'local_review', version: 2 }),
        });
      });

      it('records an outcome with its notices sent and message ids linked, once', async () => {
        const outcome = anOutcome('raw/settled', 'case_updated');
        const settle: CaseWrite[] = [
          { write: 'record-outcome', outcome },
          { write: 'mark-notice-sent', noticeKey: 'raw/settled#ack', leaseId: 'lease-9', messageId: '<settled@test>' },
          { write: 'link-message-id', caseId: 'JAS-2026-00000E', messageId: '<ses-9@ca-central-1.amazonses.com>' },
        ];
        expect(await repository().writeTogether(settle)).toEqual({ refused: [] });
        expect(await repository().findMessageOutcomeAndCase('raw/settled', 'JAS-2026-00000E')).toEqual({ outcome });
        expect(await repository().claimNotice('raw/settled#ack', 60_000)).toEqual({
          status: 'sent',
          messageId: '<settled@test>',
        });
        expect(await repository().findCaseByMessageIds(['<ses-9@ca-central-1.amazonses.com>'])).toBe('JAS-2026-00000E');
        expect(await repository().writeTogether(settle)).toEqual({ refused: [settle[0]] });
      });

      it('records an outcome with what came with it; after another attempt’s outcome, what came with this one still lands', async () => {
        const first = anOutcome('raw/twice', 'case_updated');
        const sentWithFirst: CaseWrite[] = [
          { write: 'mark-notice-sent', noticeKey: 'raw/twice#ack', leaseId: 'lease-a', messageId: '<a@test>' },
          { write: 'append-event', event: event('JAS-2026-00000F', 'raw/twice#0') },
        ];
        expect(await repository().recordMessageOutcome(first, sentWithFirst)).toEqual(first);
        const second = anOutcome('raw/twice', 'quarantined');
        const recorded = await repository().recordMessageOutcome(second, [
          { write: 'mark-notice-sent', noticeKey: 'raw/twice#triage', leaseId: 'lease-b', messageId: '<b@test>' },
          { write: 'append-event', event: event('JAS-2026-00000F', 'raw/twice#0') },
          { write: 'link-message-id', caseId: 'JAS-2026-00000F', messageId: '<twice@spo.example>' },
        ]);
        expect(recorded).toEqual(first);
        expect(await repository().findMessageOutcome('raw/twice')).toEqual(first);
        expect(await repository().claimNotice('raw/twice#triage', 60_000)).toEqual({
          status: 'sent',
          messageId: '<b@test>',
        });
        expect(await repository().findCaseByMessageIds(['<twice@spo.example>'])).toBe('JAS-2026-00000F');
        expect(await repository().listEvents('JAS-2026-00000F')).toHaveLength(1);
      });

      it('an event already in the trail does not keep an outcome from being recorded with it', async () => {
        await repository().appendEvent(event('JAS-2026-00000G', 'automatic#raw/again'));
        const outcome = anOutcome('raw/again', 'case_updated');
        expect(
          await repository().recordMessageOutcome(outcome, [
            { write: 'append-event', event: event('JAS-2026-00000G', 'automatic#raw/again') },
          ]),
        ).toEqual(outcome);
        expect(await repository().findMessageOutcome('raw/again')).toEqual(outcome);
      });
    });

    it('records the first outcome of a message and keeps it', async () => {
      const first = await repository().recordMessageOutcome(anOutcome('raw/once', 'rejected'));
      const second = await repository().recordMessageOutcome(anOutcome('raw/once', 'quarantined'));
      expect(second).toEqual(first);
      expect(await repository().findMessageOutcome('raw/once')).toEqual(first);
      expect(await repository().findMessageOutcome('raw/never')).toBeUndefined();
      expect((await repository().listMessageOutcomes()).map((outcome) => outcome.messageKey)).toContain('raw/once');
    });

    it('gives a held fragment its final outcome, once; any other outcome stays as recorded', async () => {
      await repository().recordMessageOutcome(anOutcome('raw/held-part', 'held'));
      await repository().recordMessageOutcome(anOutcome('raw/rejected-part', 'rejected'));
      const settled = await repository().settleHeldOutcome(anOutcome('raw/held-part', 'quarantined'));
      expect(settled.outcome).toBe('quarantined');
      expect(await repository().findMessageOutcome('raw/held-part')).toEqual(settled);
      expect((await repository().settleHeldOutcome(anOutcome('raw/held-part', 'case_updated'))).outcome).toBe(
        'quarantined',
      );
      expect((await repository().settleHeldOutcome(anOutcome('raw/rejected-part', 'quarantined'))).outcome).toBe(
        'rejected',
      );
      // A message with no outcome yet gets this one, as recordMessageOutcome would give it.
      expect((await repository().settleHeldOutcome(anOutcome('raw/no-outcome', 'quarantined'))).outcome).toBe(
        'quarantined',
      );
    });

    it('lists every case, newest first', async () => {
      for (let i = 10; i < 16; i += 1)
        await repository().createCase(aCase(`JAS-2026-0000${i}`, { createdAt: `2026-11-${i}T00:00:00.000Z` }));
      const listed = (await repository().listCases())
        .map((record) => record.caseId)
        .filter((id) => id >= 'JAS-2026-000010' && id <= 'JAS-2026-000015');
      expect(listed).toEqual([
        'JAS-2026-000015',
        'JAS-2026-000014',
        'JAS-2026-000013',
        'JAS-2026-000012',
        'JAS-2026-000011',
        'JAS-2026-000010',
      ]);
    });

    it('lists the outcomes recorded between two instants, both included, oldest first', async () => {
      for (const at of ['2026-01-31T23:59:59.999Z', '2026-02-01T00:00:00.000Z', '2026-02-14T12:00:00.000Z'])
        await repository().recordMessageOutcome({ ...anOutcome(`raw/period-${at}`, 'rejected'), at });
      await repository().recordMessageOutcome({
        ...anOutcome('raw/period-end', 'rejected'),
        at: '2026-02-28T23:59:59.999Z',
      });
      await repository().recordMessageOutcome({
        ...anOutcome('raw/period-after', 'rejected'),
        at: '2026-03-01T00:00:00.000Z',
      });
      const listed = await repository().listMessageOutcomesBetween(
        '2026-02-01T00:00:00.000Z',
        '2026-02-28T23:59:59.999Z',
      );
      expect(listed.map((outcome) => outcome.messageKey)).toEqual([
        'raw/period-2026-02-01T00:00:00.000Z',
        'raw/period-2026-02-14T12:00:00.000Z',
        'raw/period-end',
      ]);
    });

    describe('notice claims under a lease', () => {
      let clock = new Date('2026-11-23T10:00:00.000Z');
      const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
      const leases = () => subject.withClock(() => clock);

      it('one of several attempts at once acquires the lease; the others see it held until when', async () => {
        const attempts = await Promise.all([1, 2, 3].map(() => leases().claimNotice('raw/lease-1#ack', 60_000)));
        expect(attempts.filter((attempt) => attempt.status === 'claimed')).toHaveLength(1);
        expect(attempts.filter((attempt) => attempt.status === 'held')).toEqual([
          { status: 'held', leaseEndsAt: new Date(clock.getTime() + 60_000) },
          { status: 'held', leaseEndsAt: new Date(clock.getTime() + 60_000) },
        ]);
      });

      it('an attempt that crashed before recording the send is taken over once its lease has run out', async () => {
        const crashed = await leases().claimNotice('raw/lease-2#ack', 60_000);
        later(59_999);
        const tooEarly = await leases().claimNotice('raw/lease-2#ack', 60_000);
        later(1);
        const takeover = await leases().claimNotice('raw/lease-2#ack', 60_000);
        expect(crashed.status).toBe('claimed');
        expect(tooEarly.status).toBe('held');
        expect(takeover.status).toBe('claimed');
        expect(takeover).not.toEqual(crashed);
      });

      it('once sent, every later attempt finds it sent, whatever the lease', async () => {
        const lease = await leases().claimNotice('raw/lease-3#ack', 60_000);
        if (lease.status !== 'claimed') throw new Error('expected to claim the notice');
        await leases().writeTogether([
          {
            write: 'mark-notice-sent',
            noticeKey: 'raw/lease-3#ack',
            leaseId: lease.leaseId,
            messageId: '<notice@ca-central-1.amazonses.com>',
          },
        ]);
        later(3_600_000);
        // With the Message-ID SES gave it: a later attempt links it to the case as the first would have.
        expect(await leases().claimNotice('raw/lease-3#ack', 60_000)).toEqual({
          status: 'sent',
          messageId: '<notice@ca-central-1.amazonses.com>',
        });
      });

      it('a lease written with a change is held for its length from the write, on the repository’s clock, and ends early when given back', async () => {
        const lease = (noticeKey: string): CaseWrite => ({
          write: 'lease-notice',
          noticeKey,
          leaseId: 'with-change',
          leaseMs: 60_000,
        });
        expect(await leases().writeTogether([lease('raw/lease-5#ack'), lease('raw/lease-6#ack')])).toEqual({
          refused: [],
        });
        later(59_999);
        expect(await leases().claimNotice('raw/lease-5#ack', 60_000)).toEqual({
          status: 'held',
          leaseEndsAt: new Date(clock.getTime() + 1),
        });
        later(1);
        expect((await leases().claimNotice('raw/lease-5#ack', 60_000)).status).toBe('claimed');
        await leases().releaseNotice('raw/lease-6#ack', 'with-change');
        expect((await leases().claimNotice('raw/lease-6#ack', 60_000)).status).toBe('claimed');
        // Leased again by a change: refused, since some attempt holds or sent it already.
        const again = lease('raw/lease-6#ack');
        expect(await leases().writeTogether([again])).toEqual({ refused: [again] });
      });

      it('a lease ended after a failed send is acquired again at once; ending someone else’s changes nothing', async () => {
        const failed = await leases().claimNotice('raw/lease-4#ack', 60_000);
        if (failed.status !== 'claimed') throw new Error('expected to claim the notice');
        await leases().releaseNotice('raw/lease-4#ack', failed.leaseId);
        const retry = await leases().claimNotice('raw/lease-4#ack', 60_000);
        await leases().releaseNotice('raw/lease-4#ack', failed.leaseId);
        expect(retry.status).toBe('claimed');
        expect((await leases().claimNotice('raw/lease-4#ack', 60_000)).status).toBe('held');
      });
    });
  });
}
