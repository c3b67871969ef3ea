import {
  demoDocuments,
  demoMessageInstant,
  demoMessageServices,
  demoThreads,
} from '../../src/demo-data/messages.js';
import { demoFamilies, type DemoProfile } from '../../src/demo-data/index.js';
import type { Db } from './db.js';
import { publishDocument } from './documents.js';

/*
 * The demo commune's services a family writes to and what it publishes for
 * every family (its rules, the month's menus, their PDFs made by the server's
 * PDF writer), and each demo family's threads: the same as the in-browser
 * demo backend's (src/demo-data/messages.ts). A commune edits its own
 * services and documents (server/README.md); the families' threads are the
 * demo's only.
 */

/** The commune's services and published documents, when there are none yet. */
export async function seedMessageServices(tx: Db, profile: DemoProfile, now: Date): Promise<void> {
  for (const [position, service] of demoMessageServices[profile].entries())
    await tx.query(
      `insert into message_services (id, name, description, themes, position)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [
        service.id,
        JSON.stringify(service.name),
        service.description ? JSON.stringify(service.description) : null,
        JSON.stringify(service.themes),
        position,
      ],
    );
  for (const document of demoDocuments(profile, now)) await publishDocument(tx, document);
}

/** The demo families' threads as of `now` (a family not seeded has none), their answers read or not. */
export async function seedDemoThreads(tx: Db, profile: DemoProfile, now: Date): Promise<void> {
  for (const name of demoFamilies) {
    const familyId = `fam-${name}`;
    const [family] = await tx.query('select 1 from families where id = $1', [familyId]);
    if (!family) continue;
    for (const thread of demoThreads(name)) {
      const sent = thread.messages.map((message) => demoMessageInstant(profile, now, message));
      const startedAt = sent[0] ?? now;
      const lastAt = sent.reduce((last, at) => (at > last ? at : last), startedAt);
      await tx.query(
        `insert into threads (id, family_id, service_id, theme_id, subject, started_at, last_message_at)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [thread.id, familyId, thread.serviceId, thread.themeId ?? null, thread.subject, startedAt, lastAt],
      );
      for (const [index, message] of thread.messages.entries()) {
        const at = sent[index]!;
        // A message read was opened once shown: an hour later, never after now.
        const readAt =
          message.from === 'service' && message.read
            ? new Date(Math.min(at.getTime() + 3600_000, now.getTime()))
            : null;
        await tx.query(
          `insert into thread_messages (id, thread_id, sender, author_name, sent_at, body, read_at)
           values ($1, $2, $3, $4, $5, $6, $7)`,
          [
            `${thread.id}-${index + 1}`,
            thread.id,
            message.from,
            message.authorName,
            at,
            message.body,
            readAt,
          ],
        );
      }
    }
  }
}
