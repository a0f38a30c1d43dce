import { describe, expect, it } from 'vitest';
import { messageHeaderProblem } from '../../../bin/commands/message-header-problem.js';

const problem = (text: string | Uint8Array) =>
  messageHeaderProblem(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);

describe('telling an email message from another file', () => {
  it('accepts messages, folded headers, LF or CRLF, and an mbox separator line', () => {
    expect(problem('From: a@b.example\r\nSubject: x\r\n\r\nbody')).toBeUndefined();
    expect(problem('Received: from x\n  by y; Mon, 1 Jan 2026\nFrom: a@b.example\n\nbody')).toBeUndefined();
    expect(problem('From a@b.example Mon Jan  1 00:00:00 2026\nFrom: a@b.example\n\n')).toBeUndefined();
  });

  it('refuses, with the reason, what is not one', () => {
    expect(problem('')).toBe('the file is empty');
    expect(problem('# jas-intake\n\nSome text: here\n')).toMatch(/first line is not a header field/);
    expect(problem('%PDF-1.7\n...')).toMatch(/it is a PDF/);
    expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatch(/binary/);
    expect(problem('Subject: hello\nthis is not a header\n\nbody')).toBe(
      'line 2 of its header is neither a header field nor a continuation of one',
    );
    expect(problem('Subject: hello\n\nbody')).toMatch(/no `From:` header/);
  });
});
