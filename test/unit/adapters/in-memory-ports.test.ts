import { caseRepositoryContract } from '../../helpers/contracts/case-repository-contract.js';
import { fragmentStoreContract, mailStoreContract } from '../../helpers/contracts/mail-store-contract.js';
import { mailerContract } from '../../helpers/contracts/mailer-contract.js';
import { policyClocksContract } from '../../helpers/contracts/policy-clocks-contract.js';
import { InMemoryCaseRepository } from '../../helpers/in-memory/in-memory-case-repository.js';
import { InMemoryFragmentStore } from '../../helpers/in-memory/in-memory-fragment-store.js';
import { InMemoryMailStore } from '../../helpers/in-memory/in-memory-mail-store.js';
import { InMemoryMailer } from '../../helpers/in-memory/in-memory-mailer.js';
import { InMemoryPolicyClocks } from '../../helpers/in-memory/in-memory-policy-clocks.js';

// The in-memory ports the use-case tests run on are held to the same contracts as the real adapters
// (test/integration/dynamodb-case-repository.test.ts, s3-mail-store-and-mailer.test.ts,
// sfn-policy-clocks.test.ts).

let now = () => new Date();
const repository = new InMemoryCaseRepository(() => now());
caseRepositoryContract('in memory', {
  repository: () => repository,
  withClock: (clock) => {
    now = clock;
    return repository;
  },
});

const mailStore = new InMemoryMailStore();
mailStoreContract('in memory', {
  store: () => mailStore,
  storeRawMessage: async (key, raw) => mailStore.storeRawMessage(key, raw),
});

const fragments = new InMemoryFragmentStore();
fragmentStoreContract('in memory', () => fragments);

const mailer = new InMemoryMailer();
mailerContract('in memory', {
  mailer: () => mailer,
  delivered: async () =>
    mailer.sent.map((mail) => ({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachmentNames: (mail.attachments ?? []).map((attachment) => attachment.fileName),
      messageId: mail.messageId,
    })),
});

const policyClocks = new InMemoryPolicyClocks();
policyClocksContract(
  'in memory',
  {
    clocks: () => policyClocks,
    running: async (caseId) => policyClocks.running(caseId).map(({ purpose, dueOn }) => ({ purpose, dueOn })),
  },
  'JAS-2031-',
);
