import { expect } from '@open-wc/testing';
import { attachmentCheck, attachmentName, sniffedMediaType } from '../../src/domain/attachment-check.js';
import { attachmentRules } from '../../src/domain/index.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const pdf = new TextEncoder().encode('%PDF-1.7\n');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46);
const exe = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0);

describe('attachment check', () => {
  it('knows a PDF, a PNG and a JPEG by their first bytes, and nothing else', () => {
    expect([pdf, png, jpeg, exe, bytes()].map(sniffedMediaType)).to.deep.equal([
      'application/pdf',
      'image/png',
      'image/jpeg',
      undefined,
      undefined,
    ]);
  });

  const cases: [string, Parameters<typeof attachmentCheck>[0], ReturnType<typeof attachmentCheck>][] = [
    ['a PDF', { sizeBytes: 9, declaredType: 'application/pdf', head: pdf }, { mediaType: 'application/pdf' }],
    ['a PNG sent without a type', { sizeBytes: 8, declaredType: '', head: png }, { mediaType: 'image/png' }],
    [
      'a JPEG sent as octet-stream',
      { sizeBytes: 8, declaredType: 'application/octet-stream', head: jpeg },
      { mediaType: 'image/jpeg' },
    ],
    [
      'exactly 10 MB',
      { sizeBytes: attachmentRules.maxBytes, declaredType: 'application/pdf', head: pdf },
      { mediaType: 'application/pdf' },
    ],
    [
      '10 MB and one byte',
      { sizeBytes: attachmentRules.maxBytes + 1, declaredType: 'application/pdf', head: pdf },
      { fault: 'attachment.too-large' },
    ],
    [
      'an empty file',
      { sizeBytes: 0, declaredType: 'application/pdf', head: bytes() },
      { fault: 'attachment.empty' },
    ],
    [
      'a program renamed .pdf',
      { sizeBytes: 8, declaredType: 'application/pdf', head: exe },
      { fault: 'attachment.type' },
    ],
    [
      'a PNG declared as a PDF',
      { sizeBytes: 8, declaredType: 'application/pdf', head: png },
      { fault: 'attachment.type' },
    ],
  ];
  for (const [name, file, expected] of cases) {
    it(`checks ${name}`, () => {
      expect(attachmentCheck(file)).to.deep.equal(expected);
    });
  }

  it('keeps a safe name that ends in the type’s extension', () => {
    expect(attachmentName('C:\\fakepath\\Certificat médical.PDF', 'application/pdf')).to.equal(
      'Certificat médical.pdf',
    );
    expect(attachmentName('../../etc/passwd', 'application/pdf')).to.equal('passwd.pdf');
    expect(attachmentName('scan', 'image/png')).to.equal('scan.png');
    expect(attachmentName('photo.jpeg', 'image/jpeg')).to.equal('photo.jpeg');
    expect(attachmentName('ordonnance.exe', 'application/pdf')).to.equal('ordonnance.exe.pdf');
    expect(attachmentName('fdp\u202Efdp.exe', 'application/pdf')).to.equal('fdpfdp.exe.pdf');
    expect(attachmentName('a<b>\u0000c\n.pdf', 'application/pdf')).to.equal('abc.pdf');
    expect(attachmentName('...', 'application/pdf')).to.equal('piece-jointe.pdf');
    const long = attachmentName(`${'é'.repeat(300)}.pdf`, 'application/pdf');
    expect([...long].length).to.equal(255);
    expect(long.endsWith('é.pdf')).to.equal(true);
  });
});
