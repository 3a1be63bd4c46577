// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput, findInvalidUtf8, tooLargeReason } from '../../src/ingest/decode-input.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('accepts UTF-8, drops a BOM and normalises line ends and control characters', () => {
    const r = decodeInput(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\nLavrov said “yes”.\u0007\r')]),
    );
    expect(r).toEqual({ ok: true, text: 'Title\nLavrov said “yes”. \n' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeInput(utf8(' \n\t\n'))).toEqual({
      ok: false,
      reason: 'empty file (only whitespace)',
    });
  });

  it('rejects binary data by its NUL bytes', () => {
    expect(decodeInput(new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'binary file (NUL bytes)',
    });
  });

  it('names the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...utf8('abc é'), 0xc3, 0x28, ...utf8('tail')]);
    expect(decodeInput(bytes)).toEqual({ ok: false, reason: 'invalid UTF-8 at byte 6' });
  });

  it('rejects files over the limit with both sizes in the reason', () => {
    const r = decodeInput(utf8('x'.repeat(2048)), { maxBytes: 1024 });
    expect(r).toEqual({ ok: false, reason: tooLargeReason(2048, 1024) });
    expect(tooLargeReason(52 * 1024 * 1024)).toBe('file too large (52 MB > 10 MB limit)');
  });

  it('decodes UTF-16 with a BOM instead of calling it binary', () => {
    const text = 'Hi “there”';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      bytes[2 + i * 2] = c & 0xff;
      bytes[3 + i * 2] = c >> 8;
    }
    expect(decodeInput(bytes)).toEqual({ ok: true, text });
  });
});

describe('findInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on tricky sequences', () => {
    const cases: number[][] = [
      [0xe2, 0x80, 0x9c], // “
      [0xf0, 0x9f, 0x98, 0x80], // emoji
      [0xc0, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // surrogate
      [0xf4, 0x90, 0x80, 0x80], // > U+10FFFF
      [0xe2, 0x80], // truncated
      [0x80], // lone continuation
    ];
    for (const c of cases) {
      const bytes = new Uint8Array(c);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(bytes) === -1).toBe(valid);
    }
  });

  // decodeInput rejects what the fatal decoder rejects and asks findInvalidUtf8 only where:
  // the two must agree on every byte string, not only the tricky cases above.
  it('agrees with a fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const byte = fc.constantFrom(
      0x41,
      0x7f,
      0x80,
      0x9f,
      0xa0,
      0xbf,
      0xc1,
      0xc2,
      0xe0,
      0xed,
      0xf0,
      0xf4,
      0xf5,
      0xff,
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 8 }),
        fc.array(byte, { maxLength: 8 }),
        (raw, picked) => {
          const bytes = Uint8Array.from([...raw, ...picked]);
          let valid = true;
          try {
            decoder.decode(bytes);
          } catch {
            valid = false;
          }
          expect(findInvalidUtf8(bytes) === -1).toBe(valid);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
