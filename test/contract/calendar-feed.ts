import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';

/**
 * The family's private iCal feed: a secret URL, renewed or revoked. A backend
 * without one (the memory adapter: no URL a calendar application could fetch)
 * says so with `feature.unavailable`, and has no feed to show or revoke.
 */
export function calendarFeedContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  let adapter: FamilyPortalAdapter;
  beforeEach(async () => {
    backend = current();
    adapter = await backend.adapter('known');
  });

  describe('the calendar feed', () => {
    it('has none at first; renewing gives a secret URL, the previous one stops working', async () => {
      assert.deepEqual(await adapter.getCalendarFeed(), { feed: null });
      if (!backend.fetchFeed) {
        const error = await failure(adapter.renewCalendarFeed(key()));
        assert.deepEqual(
          [error.type, error.code, error.retryable],
          ['not-found', 'feature.unavailable', false],
        );
        assert.deepEqual(await adapter.revokeCalendarFeed(key()), { feed: null });
        return;
      }
      const first = await adapter.renewCalendarFeed(key());
      assert.match(first.url, /^https?:\/\/.+\/calendar-feeds\/[\w-]+\.[\w-]+\.ics$/);
      assert.ok(Date.parse(first.createdAt) > 0);
      assert.deepEqual(await adapter.getCalendarFeed(), { feed: first });
      const answer = await backend.fetchFeed(first.url);
      assert.equal(answer.status, 200);
      assert.match(answer.type, /^text\/calendar/);
      assert.match(answer.text, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR/);

      const second = await adapter.renewCalendarFeed(key());
      assert.notEqual(second.url, first.url);
      assert.deepEqual(await adapter.getCalendarFeed(), { feed: second });
      assert.equal((await backend.fetchFeed(first.url)).status, 404, 'the previous URL no longer works');
      assert.equal((await backend.fetchFeed(second.url)).status, 200);
    });

    it('answers a repeated renewal with the same URL, which works', async () => {
      if (!backend.fetchFeed) return;
      const options = key();
      const feed = await adapter.renewCalendarFeed(options);
      assert.deepEqual(await adapter.renewCalendarFeed(options), feed);
      assert.equal((await backend.fetchFeed(feed.url)).status, 200);
    });

    it('stops working when revoked, and is the family’s own', async () => {
      const other = await backend.adapter('empty');
      if (!backend.fetchFeed) {
        assert.deepEqual(await other.getCalendarFeed(), { feed: null });
        return;
      }
      const feed = await adapter.renewCalendarFeed(key());
      assert.deepEqual(await other.getCalendarFeed(), { feed: null }, 'another family sees no feed');
      assert.deepEqual(await other.revokeCalendarFeed(key()), { feed: null });
      assert.equal((await backend.fetchFeed(feed.url)).status, 200, 'another family cannot revoke it');
      assert.deepEqual(await adapter.revokeCalendarFeed(key()), { feed: null });
      assert.deepEqual(await adapter.getCalendarFeed(), { feed: null });
      const revoked = await backend.fetchFeed(feed.url);
      assert.equal(revoked.status, 404);
      assert.doesNotMatch(revoked.text, /VCALENDAR/);
    });
  });
}
