import { bytesToBase64, chosenFileProblem, detectFileKind, detectTextKind, fileTooLarge, MAX_REQUEST_BYTES, pastedProblem, requestBytes, verifyInput } from './credential-input';

const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectTextKind', () => {
  it('should recognise JSON, SVG and compact JWS', () => {
    expect(detectTextKind('\uFEFF  {"@context": []}')).toBe('json');
    expect(detectTextKind('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe('svg');
    expect(detectTextKind(' eyJhbGciOiJSUzI1NiJ9.eyJ2YyI6e319.c2lnbmF0dXJl \n')).toBe('jwt');
    expect(detectTextKind('eyJhbGciOiJub25lIn0.eyJ2YyI6e319.')).toBe('jwt');
    expect(detectTextKind('hello world')).toBeNull();
    expect(detectTextKind('<html></html>')).toBeNull();
  });
});

describe('detectFileKind', () => {
  it('should go by the PNG signature first, whatever the name', () => {
    expect(detectFileKind('badge.json', PNG_HEAD, () => '')).toBe('png');
  });

  it('should go by the content of text files, then by the extension', () => {
    expect(detectFileKind('clr.txt', bytes('{"a":1}'), () => '{"a":1}')).toBe('json');
    expect(detectFileKind('badge.svg', bytes('<svg>'), () => '<svg></svg>')).toBe('svg');
    expect(detectFileKind('badge.jws', bytes('x.y.z'), () => 'x.y.z')).toBe('jwt');
    expect(detectFileKind('odd.JSON', bytes('???'), () => '???')).toBe('json');
    expect(detectFileKind('notes.txt', bytes('???'), () => '???')).toBeNull();
  });

  it('should keep a broken .png a PNG so the verifier can say what is wrong with it', () => {
    expect(detectFileKind('truncated.png', new Uint8Array([0x89, 0x50]), () => '')).toBe('png');
  });
});

describe('verifyInput', () => {
  it('should send a PNG as base64 and text as a trimmed document, with the e-mail only when given', () => {
    expect(verifyInput({ kind: 'png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, '  ')).toEqual({ pngBase64: 'iVBORw==' });
    expect(verifyInput({ kind: 'json', text: '  {"a":1}\n' }, ' zoe@example.edu ')).toEqual({
      document: '{"a":1}',
      recipientEmail: 'zoe@example.edu',
    });
  });

  it('should encode large images without exhausting the stack', () => {
    const big = new Uint8Array(200_000).fill(65);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('input problems found before sending', () => {
  const file = (kind: Parameters<typeof chosenFileProblem>[0]['kind'], text: string) => ({ kind, bytes: bytes(text), text });

  it('should call an empty or blank file empty, whatever its name', () => {
    expect(chosenFileProblem(file('json', ''))).toBe('EMPTY_FILE');
    expect(chosenFileProblem(file('json', ' \n'))).toBe('EMPTY_FILE');
    expect(chosenFileProblem({ kind: 'png', bytes: new Uint8Array(), text: '' })).toBe('EMPTY_FILE');
  });

  it('should refuse a file of no supported kind, such as a PDF', () => {
    expect(detectFileKind('cv.pdf', bytes('%PDF-1.7'), () => '%PDF-1.7')).toBeNull();
    expect(chosenFileProblem(file(null, '%PDF-1.7'))).toBe('UNSUPPORTED_FILE');
  });

  it('should catch JSON that does not parse, pasted or in a file', () => {
    expect(pastedProblem('{not json')).toBe('INVALID_JSON');
    expect(pastedProblem('{"a": 1}')).toBeNull();
    expect(pastedProblem('eyJhbGciOiJub25lIn0.eyJ2YyI6e319.')).toBeNull();
    expect(pastedProblem('   ')).toBeNull();
    expect(chosenFileProblem(file('json', '{"a":'))).toBe('INVALID_JSON');
    expect(chosenFileProblem(file('json', '{"a":1}'))).toBeNull();
  });

  it('should measure the request as sent, a PNG a third larger as base64', () => {
    expect(fileTooLarge(9 * 1024 * 1024)).toBe(true);
    expect(fileTooLarge(10 * 1024)).toBe(false);
    const png = new Uint8Array(6.5 * 1024 * 1024);
    expect(requestBytes(verifyInput({ kind: 'png', bytes: png }, ''))).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(requestBytes(verifyInput({ kind: 'json', text: '{"a":1}' }, ''))).toBeLessThan(MAX_REQUEST_BYTES);
  });
});
