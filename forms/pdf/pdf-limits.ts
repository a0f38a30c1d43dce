// The limits on reading PDFs, apart from the reader: configuration imports them without loading pdf-lib.

/** Default size limit of one PDF (issue 3): forms are small; scans inside them are not wanted. */
export const DEFAULT_MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * Default for how many bytes reading one message's PDFs may decode, all streams and filter chains
 * together. pdf-lib decodes only structure (object and cross-reference streams, XFA), never page
 * images: our forms decode to under 1 MB, IRCC's XFA forms to a few.
 */
export const DEFAULT_MAX_DECODED_BYTES = 64 * 1024 * 1024;

/**
 * Default for how many objects reading one PDF may build (see `PdfObjectBudget`): IRCC's largest
 * XFA form builds about 29,000, ours 2,000 to 8,000. At the worst a hostile file can do, a few
 * hundred bytes of heap each, this many stay far below the reading worker's 192 MB heap.
 */
export const DEFAULT_MAX_PDF_OBJECTS = 250_000;
