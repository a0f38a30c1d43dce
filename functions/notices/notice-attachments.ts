import { getForm } from '../../forms/registry.js';
import type { CaseRecord } from '../domain/case-record.js';
import type { CaseRepository, MailStore } from '../domain/ports.js';
import { draftProfileFormValues } from './deidentified-profile.js';
import type { NoticeAttachment } from './mailer.js';
import type { OriginalCarriage } from './original-carriage.js';
import { prefilledFormValues } from './prefilled-form-values.js';

/** How large an original a notice may carry (SES sends at most 40 MB once encoded), and how long a link to a larger one works. */
export interface OriginalLimits {
  readonly maxAttachedBytes: number;
  readonly linkValidHours: number;
}

/** Where the files notices carry come from: the case file, the forms' blanks, the de-identified profile. */
export interface NoticeFiles {
  /** Documents of the case file, by object key; a key with no object is left out. */
  caseDocuments(keys: readonly string[]): Promise<NoticeAttachment[]>;
  /** The latest recommendation form filed to the case, as the SPO sent it. */
  latestRecommendationForm(caseId: string): Promise<NoticeAttachment[]>;
  /** Fillable forms, by form id, with what the case already says filled in (see `prefilledFormValues`). */
  prefilledForms(formIds: readonly string[], caseRecord: CaseRecord): Promise<NoticeAttachment[]>;
  /** The case profile RSTP shares (approved or corrected by ROC-O), for promotion. */
  profile(caseRecord: CaseRecord): Promise<NoticeAttachment[]>;
  /** The draft profile as the fillable profile form, for ROC-O to approve or correct and send back. */
  draftProfileForm(caseRecord: CaseRecord): Promise<NoticeAttachment[]>;
  /** Whether the stored message `messageKey` can be attached, or must be linked. */
  original(raw: Uint8Array, messageKey: string): Promise<OriginalCarriage>;
}

/** Files read from the case file through the domain's ports, built on demand otherwise. */
export function noticeFiles(ports: {
  readonly cases: CaseRepository;
  readonly mailStore: MailStore;
  readonly originals: OriginalLimits;
}): NoticeFiles {
  const pdf = (fileName: string, content: Uint8Array): NoticeAttachment => ({
    fileName,
    contentType: 'application/pdf',
    content,
  });
  return {
    async caseDocuments(keys) {
      const loaded: NoticeAttachment[] = [];
      for (const key of keys) {
        const content = await ports.mailStore.getCaseDocument(key);
        if (content) loaded.push(pdf(key.split('/').pop()!, content));
      }
      return loaded;
    },
    async latestRecommendationForm(caseId) {
      const documents = await ports.cases.listDocuments(caseId);
      const latest = documents.filter((document) => document.formId === 'jas-recommendation').at(-1);
      if (!latest) return [];
      const content = await ports.mailStore.getCaseDocument(latest.objectKey);
      return content ? [pdf(latest.fileName, content)] : [];
    },
    // Built with pdf-lib, loaded when a notice first needs a PDF built: most messages need none. The
    // blank is built in memory (the bundle carries no forms/ folder), then filled with the case.
    prefilledForms: async (formIds, caseRecord) => {
      const [{ buildBlankPdf }, { fillForm }] = await Promise.all([
        import('../../forms/build-blank-pdf.js'),
        import('../../forms/fill-form.js'),
      ]);
      return Promise.all(
        formIds.map(async (formId) =>
          pdf(
            `${formId}.pdf`,
            await fillForm(formId, prefilledFormValues(formId, caseRecord), {
              onto: await buildBlankPdf(getForm(formId)!),
            }),
          ),
        ),
      );
    },
    profile: async (caseRecord) => {
      const { buildProfilePdf } = await import('./build-profile-pdf.js');
      return [pdf(`${caseRecord.caseId}-profile.pdf`, await buildProfilePdf(caseRecord))];
    },
    draftProfileForm: async (caseRecord) => {
      const [{ buildBlankPdf }, { fillForm }] = await Promise.all([
        import('../../forms/build-blank-pdf.js'),
        import('../../forms/fill-form.js'),
      ]);
      const form = getForm('jas-case-profile');
      const filled = await fillForm(form.id, await draftProfileFormValues(caseRecord), {
        onto: await buildBlankPdf(form),
      });
      return [pdf(`${caseRecord.caseId}-profile-draft.pdf`, filled)];
    },
    async original(raw, messageKey) {
      const { maxAttachedBytes, linkValidHours } = ports.originals;
      if (raw.byteLength <= maxAttachedBytes) return { attached: true };
      return {
        attached: false,
        messageKey,
        sizeBytes: raw.byteLength,
        limitBytes: maxAttachedBytes,
        link: await ports.mailStore.rawMessageLink(messageKey, linkValidHours * 3600),
        linkValidHours,
      };
    },
  };
}
