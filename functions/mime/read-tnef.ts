import { tnefUnreadable } from './container-error.js';

/** A file Outlook packed into winmail.dat. */
export interface TnefAttachment {
  readonly fileName?: string;
  readonly mimeType?: string;
  readonly content: Uint8Array;
}

// MS-OXTNEF: the stream's signature, the two levels, and the attributes that carry attachments.
const TNEF_SIGNATURE = 0x223e9f78;
const LEVEL_ATTACHMENT = 0x02;
const ATT_ATTACH_REND_DATA = 0x9002;
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACHMENT = 0x9005;
// MAPI properties of an attachment (MS-OXPROPS).
const PID_TAG_ATTACH_DATA = 0x3701;
const PID_TAG_ATTACH_LONG_FILENAME = 0x3707;
const PID_TAG_ATTACH_MIME_TAG = 0x370e;
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_OBJECT = 0x000d;
const MULTI_VALUED = 0x1000;
// Sizes of fixed-length property values as TNEF stores them (each padded to 4 bytes).
const FIXED_SIZES: Readonly<Record<number, number>> = {
  2: 4, // PtypInteger16
  3: 4, // PtypInteger32
  4: 4, // PtypFloating32
  5: 8, // PtypFloating64
  6: 8, // PtypCurrency
  7: 8, // PtypFloatingTime
  10: 4, // PtypErrorCode
  11: 4, // PtypBoolean
  20: 8, // PtypInteger64
  64: 8, // PtypTime
  72: 16, // PtypGuid
};
const VARIABLE_TYPES = new Set([PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT]);
// An embedded message is itself a TNEF stream after a 16-byte interface id; Outlook nests a few.
const MAX_EMBEDDED_DEPTH = 4;

class Cursor {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
  take(length: number): Uint8Array {
    if (length < 0 || length > this.remaining) throw tnefUnreadable();
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  u8(): number {
    return this.take(1)[0]!;
  }
  u16(): number {
    const [low, high] = this.take(2);
    return low! | (high! << 8);
  }
  u32(): number {
    const bytes = this.take(4);
    return (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  }
}

interface Draft {
  title?: string;
  data?: Uint8Array;
  longFileName?: string;
  mimeType?: string;
  embedded?: TnefAttachment[];
}

/**
 * Reads the attachments of an Outlook winmail.dat (TNEF, MS-OXTNEF): their bytes, long file names
 * and MIME types, and those of embedded messages. Every length is checked against the bytes left
 * and every attribute's checksum verified, so a damaged or hostile file ends in a `ContainerError`
 * (`TNEF_UNREADABLE`) and never reads past its end.
 */
export function readTnefAttachments(bytes: Uint8Array, depth = 0): TnefAttachment[] {
  const cursor = new Cursor(bytes);
  if (cursor.remaining < 6 || cursor.u32() !== TNEF_SIGNATURE) throw tnefUnreadable();
  cursor.u16(); // the legacy key, meaningless to readers
  const drafts: Draft[] = [];
  while (cursor.remaining > 0) {
    const level = cursor.u8();
    const name = cursor.u32() & 0xffff;
    const data = cursor.take(cursor.u32());
    if (cursor.u16() !== checksumOf(data)) throw tnefUnreadable();
    if (name === ATT_ATTACH_REND_DATA) drafts.push({});
    const draft = drafts.at(-1);
    if (level !== LEVEL_ATTACHMENT || !draft) continue;
    if (name === ATT_ATTACH_TITLE) draft.title = decodeString8(data);
    else if (name === ATT_ATTACH_DATA) draft.data = data;
    else if (name === ATT_ATTACHMENT) applyProperties(draft, data, depth);
  }
  return drafts.flatMap((draft): TnefAttachment[] => {
    if (draft.embedded) return draft.embedded;
    if (!draft.data) return [];
    const fileName = draft.longFileName ?? draft.title;
    return [
      {
        content: draft.data,
        ...(fileName ? { fileName } : {}),
        ...(draft.mimeType ? { mimeType: draft.mimeType } : {}),
      },
    ];
  });
}

function checksumOf(data: Uint8Array): number {
  let sum = 0;
  for (const byte of data) sum += byte;
  return sum & 0xffff;
}

function applyProperties(draft: Draft, data: Uint8Array, depth: number): void {
  const cursor = new Cursor(data);
  const count = cursor.u32();
  for (let index = 0; index < count; index += 1) {
    const type = cursor.u16();
    const id = cursor.u16();
    if (id >= 0x8000) skipPropertyName(cursor);
    const baseType = type & ~MULTI_VALUED;
    const fixedSize = FIXED_SIZES[baseType];
    if (fixedSize === undefined && !VARIABLE_TYPES.has(baseType)) return; // an unknown type: nothing after it can be located
    const values: Uint8Array[] = [];
    if (fixedSize !== undefined && !(type & MULTI_VALUED)) values.push(cursor.take(fixedSize));
    else {
      const valueCount = cursor.u32();
      if (valueCount > cursor.remaining) throw tnefUnreadable();
      for (let value = 0; value < valueCount; value += 1) {
        const length = fixedSize ?? cursor.u32();
        values.push(cursor.take(length));
        cursor.take(Math.min(cursor.remaining, (4 - (length % 4)) % 4));
      }
    }
    const value = values[0];
    if (!value) continue;
    if (id === PID_TAG_ATTACH_LONG_FILENAME) draft.longFileName = decodeString(baseType, value);
    else if (id === PID_TAG_ATTACH_MIME_TAG) draft.mimeType = decodeString(baseType, value);
    else if (id === PID_TAG_ATTACH_DATA && baseType === PT_BINARY) draft.data ??= value;
    else if (id === PID_TAG_ATTACH_DATA && baseType === PT_OBJECT) draft.embedded = readEmbedded(value, depth);
  }
}

function skipPropertyName(cursor: Cursor): void {
  cursor.take(16); // the property set's GUID
  if (cursor.u32() === 0) cursor.take(4);
  else {
    const length = cursor.u32();
    cursor.take(length + ((4 - (length % 4)) % 4));
  }
}

function readEmbedded(value: Uint8Array, depth: number): TnefAttachment[] {
  if (depth >= MAX_EMBEDDED_DEPTH || value.length < 16) throw tnefUnreadable();
  return readTnefAttachments(value.subarray(16), depth + 1);
}

const STRING8 = new TextDecoder('windows-1252');
const UNICODE = new TextDecoder('utf-16le');

function decodeString(type: number, value: Uint8Array): string | undefined {
  const text = (type === PT_UNICODE ? UNICODE.decode(value) : STRING8.decode(value)).replace(/\0+$/, '').trim();
  return text === '' ? undefined : text;
}

function decodeString8(value: Uint8Array): string | undefined {
  return decodeString(PT_STRING8, value);
}
