import { describe, expect, it } from 'vitest';
import { classifyPdfError } from '../../../forms/pdf/classify-pdf-error.js';
import { decodePdfTextBytes } from '../../../forms/pdf/decode-pdf-text.js';

describe('decodePdfTextBytes', () => {
  it('decodes UTF-16BE, UTF-16LE and UTF-8 by their byte-order marks', () => {
    expect(decodePdfTextBytes(Uint8Array.from([0xfe, 0xff, 0x00, 0x5a, 0x00, 0xe9]))).toBe('Zé');
    expect(decodePdfTextBytes(Uint8Array.from([0xff, 0xfe, 0x5a, 0x00, 0xe9, 0x00]))).toBe('Zé');
    expect(decodePdfTextBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x5a, 0xc3, 0xa9]))).toBe('Zé');
  });

  it('decodes PDFDocEncoding where it differs from Latin-1', () => {
    expect(decodePdfTextBytes(Uint8Array.from([0x8d, 0x4f, 0x90, 0x8e, 0x20, 0xa0, 0x85, 0xe9]))).toBe('“O’” €–é');
  });
});

describe('classifyPdfError', () => {
  it('tells encryption failures from damage by pdf-lib’s messages', () => {
    expect(classifyPdfError(new Error('Password incorrect')).code).toBe('PDF_ENCRYPTED');
    expect(classifyPdfError(new Error('NEEDS PASSWORD')).code).toBe('PDF_ENCRYPTED');
    expect(classifyPdfError(new Error('unsupported encryption algorithm')).code).toBe('PDF_ENCRYPTED');
    expect(classifyPdfError(new RangeError('Maximum call stack size exceeded')).code).toBe('PDF_CORRUPT');
    expect(
      classifyPdfError(new Error('Failed to parse PDF document (line:0 col:0 offset=0): No PDF header found')).code,
    ).toBe('PDF_CORRUPT');
  });

  it('keeps the original error as the cause, for operators', () => {
    const original = new Error('Password incorrect');
    expect(classifyPdfError(original).cause).toBe(original);
  });
});
