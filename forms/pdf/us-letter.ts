/** US Letter, the paper size used in Canada, in PDF points. */
export const US_LETTER = { width: 612, height: 792 } as const;
