/** Text a person reads, always in both official languages. */
export interface BilingualText {
  readonly en: string;
  readonly fr: string;
}
