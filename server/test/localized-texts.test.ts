import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  CampEnrolmentSummarySchema,
  CampSchema,
  CommuneSettingsSchema,
  SchoolSiteSchema,
  groupFor,
  textIn,
  type Camp,
} from '../../src/domain/index.js';
import { enrolInCamp, getCampEnrolments } from '../src/camps.js';
import { getCamps } from '../src/places.js';
import { communeOf, insertCamp } from '../src/seed.js';
import { familyOfAccount } from '../src/requests.js';
import { startBackend, type Backend } from '../src/start.js';
import { signIn } from './support.js';

/**
 * The commune's texts per language (LocalizedText) stored and answered as
 * they were given: an object of languages stays one, a plain string (every
 * camp stored before texts had languages) stays a string.
 */

let backend: Backend;
before(async () => {
  backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, log: () => undefined });
});
after(() => backend.close());

async function read(path: string): Promise<unknown> {
  const signed = await signIn(backend.app, 'known');
  const answer = await backend.app.request(`/api/v1${path}`, { headers: { cookie: signed.cookie } });
  assert.equal(answer.status, 200, await answer.clone().text());
  return answer.json();
}

describe('the commune’s texts per language', () => {
  it('answers the demo’s camps, grades, service name and notice in every language', async () => {
    const camps = z.array(CampSchema).parse(await read('/camps'));
    const summer = camps.find((camp) => camp.kind === 'plaine')!;
    assert.deepEqual(summer.weeks[1]?.theme, {
      fr: 'Les pirates',
      nl: 'De piraten',
      de: 'Die Piraten',
      en: 'Pirates',
    });
    assert.equal(textIn(summer.name, 'de'), `Sommerferienbetreuung ${summer.id.slice(4)}`);
    const [site] = z.array(SchoolSiteSchema).parse(await read('/schools'));
    assert.equal(textIn(site!.grades[3]!.label, 'en'), 'Primary year 1');
    const commune = CommuneSettingsSchema.parse(await read('/commune'));
    assert.equal(textIn(commune.serviceName, 'nl'), 'Dienst Buitenschoolse Opvang');
    assert.match(textIn(commune.notice ?? '', 'de'), /ÖSHZ/);
  });

  it('keeps a camp given in one language as plain strings, and one given per language as it was', async () => {
    const { db } = backend;
    const [summer] = (await getCamps(db)).filter((camp) => camp.kind === 'plaine');
    const plain: Camp = {
      ...structuredClone(summer!),
      id: 'mercredis',
      name: 'Mercredis récréatifs',
      weeks: summer!.weeks.map((week) => ({
        ...week,
        id: week.id.replace(summer!.id, 'mercredis'),
        theme: 'Jeux',
        days: week.days.map((day) => ({
          ...day,
          closedReason: day.closedReason === undefined ? undefined : 'Fermé',
          activities: day.activities.map((activity) => ({ ...activity, name: 'Atelier' })),
        })),
      })),
    };
    const partial: Camp = {
      ...structuredClone(plain),
      id: 'ateliers',
      name: { nl: 'Woensdagnamiddagen', fr: 'Mercredis après-midi' },
      weeks: plain.weeks.map((week) => ({
        ...week,
        id: week.id.replace('mercredis', 'ateliers'),
        theme: { en: 'Games' },
      })),
    };
    await db.transaction(async (tx) => {
      await insertCamp(tx, plain);
      await insertCamp(tx, partial);
    });
    const stored = z.array(CampSchema).parse(await read('/camps'));
    const byId = Object.fromEntries(stored.map((camp) => [camp.id, camp]));
    assert.equal(byId['mercredis']?.name, 'Mercredis récréatifs');
    assert.equal(byId['mercredis']?.weeks[0]?.theme, 'Jeux');
    assert.deepEqual(byId['ateliers']?.name, { nl: 'Woensdagnamiddagen', fr: 'Mercredis après-midi' });
    assert.deepEqual(byId['ateliers']?.weeks[0]?.theme, { en: 'Games' });

    // An enrolment names its camp in every language the camp has, or in its one plain string.
    const family = (await familyOfAccount(db, 'known'))!;
    const [lea] = await db.query<{ identity: { birthDate: string } }>(
      "select identity from children where id = 'chi-1'",
    );
    assert.ok(groupFor(partial, lea!.identity));
    const options = { commune: communeOf('be'), registration: 'automatic' as const, now: () => new Date() };
    for (const camp of [plain, partial]) {
      const day = camp.weeks[2]!.days.find((candidate) => candidate.open)!.date;
      await db.transaction((tx) =>
        enrolInCamp(tx, family, { campId: camp.id, childId: 'chi-1', days: [{ date: day }] }, options),
      );
    }
    const summaries = await getCampEnrolments(db, family);
    const named = (campId: string) => summaries.find((summary) => summary.campId === campId)?.campName;
    assert.equal(named('mercredis'), 'Mercredis récréatifs');
    assert.deepEqual(named('ateliers'), { nl: 'Woensdagnamiddagen', fr: 'Mercredis après-midi' });
    const answered = z.array(CampEnrolmentSummarySchema).parse(await read('/camp-enrolments'));
    assert.deepEqual(
      answered.find((summary) => summary.campId === 'ateliers')?.campName,
      named('ateliers'),
      'the same over HTTP',
    );
  });
});
