import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/index.js';
import { createRestAdapter } from '../../src/adapter/rest/index.js';
import type { Attachment, BookingPreview, Planning } from '../../src/domain/index.js';

/* The REST adapter's query strings, computations (previews) and file uploads. */

const base = 'https://commune.example/api/v1';

const planning: Planning = {
  from: '2027-01-01',
  to: '2027-01-31',
  at: '2026-12-20T09:00:00+01:00',
  timeZone: 'Europe/Brussels',
  currency: 'EUR',
  activities: [],
  children: [],
};
const preview: BookingPreview = { items: [], totalDeltaCents: 0, currency: 'EUR' };
const attachment: Attachment = {
  id: 'att-1',
  name: 'certificat.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 9,
};

/** A fetch that keeps each request and answers `status` with `body`. */
function fakeServer(status: number, body: unknown) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
  };
  return { fetch, requests };
}

const adapterOn = (server: ReturnType<typeof fakeServer>) =>
  createRestAdapter({
    baseUrl: base,
    fetch: server.fetch,
    csrf: () => 'csrf-1',
    retry: { limit: 0 },
  });

describe('REST adapter: queries, previews and files', () => {
  it('sends a read’s parameters as its query string', async () => {
    const server = fakeServer(200, planning);
    const answer = await adapterOn(server).getPlanning({ from: '2027-01-01', to: '2027-01-31' });
    expect(answer).to.deep.equal(planning);
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).to.equal(
      `GET ${base}/planning?from=2027-01-01&to=2027-01-31`,
    );
  });

  it('sends a preview as JSON without an idempotency key, with the CSRF token', async () => {
    const server = fakeServer(200, preview);
    const booking = {
      childIds: ['chi-1'],
      from: '2027-01-04',
      to: '2027-01-29',
      weeks: 'every' as const,
      slots: [{ weekday: 1, unitId: 'repas' }],
    };
    const given = { idempotencyKey: 'ignored' } as unknown as { signal?: AbortSignal };
    expect(await adapterOn(server).previewPeriodBooking(booking, given)).to.deep.equal(preview);
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).to.equal(`POST ${base}/period-bookings/previews`);
    expect(request?.headers.has('Idempotency-Key')).to.equal(false);
    expect(request?.headers.get('X-CSRF-Token')).to.equal('csrf-1');
    expect(request?.headers.get('Content-Type')).to.equal('application/json');
    expect(await request?.json()).to.deep.equal(booking);
  });

  it('uploads a file as multipart, in the field `file` under its name, with its idempotency key', async () => {
    const server = fakeServer(201, attachment);
    const file = new File(['%PDF-1.7\n'], 'certificat.pdf', { type: 'application/pdf' });
    expect(await adapterOn(server).uploadAttachment(file, { idempotencyKey: 'key-1' })).to.deep.equal(
      attachment,
    );
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).to.equal(`POST ${base}/attachments`);
    expect(request?.headers.get('Idempotency-Key')).to.equal('key-1');
    expect(request?.headers.get('Content-Type')).to.match(/^multipart\/form-data; boundary=/);
    const sent = (await request?.formData())?.get('file');
    expect(sent).to.be.instanceOf(File);
    expect((sent as File).name).to.equal('certificat.pdf');
    expect(await (sent as File).text()).to.equal('%PDF-1.7\n');
  });

  it('tells a refused file as a validation error with its code', async () => {
    const server = fakeServer(413, {
      type: 'https://family-portal.example/problems/validation',
      status: 413,
      code: 'attachment.too-large',
      requestId: 'req-9',
      fieldIssues: [{ field: 'file', code: 'attachment.too-large' }],
    });
    const file = new File(['x'], 'grand.pdf', { type: 'application/pdf' });
    const error = await adapterOn(server)
      .uploadAttachment(file, { idempotencyKey: 'key-2' })
      .then(
        () => undefined,
        (reason: unknown) => reason,
      );
    expect(error).to.be.instanceOf(AdapterError);
    const { type, code, fieldIssues, requestId } = error as AdapterError;
    expect({ type, code, fieldIssues, requestId }).to.deep.equal({
      type: 'validation',
      code: 'attachment.too-large',
      fieldIssues: [{ field: 'file', code: 'attachment.too-large' }],
      requestId: 'req-9',
    });
  });
});
