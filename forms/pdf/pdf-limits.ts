// The limits on reading PDFs, apart from the reader: configuration imports them without loading pdf-lib.

/** Default size limit of one PDF (issue 3): forms are small; scans inside them are not wanted. */
export const DEFAULT_MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * Default for how many bytes reading one message's PDFs may decode, all streams and filter chains
 * together. pdf-lib decodes only structure (object and cross-reference streams, XFA), never page
 * images: our forms decode to under 1 MB, IRCC's XFA forms to a few.
 */
export const DEFAULT_MAX_DECODED_BYTES = 64 * 1024 * 1024;
