/** The sponsoring group once known: from the form, the "sponsor found" action or the undertaking. */
export interface CaseSponsor {
  readonly name: string;
  readonly email: string;
}
