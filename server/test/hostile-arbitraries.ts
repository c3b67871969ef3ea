import fc from 'fast-check';
import type * as z from 'zod/mini';

/*
 * Generated input for the fuzz suite: bodies shaped by an operation's schema
 * (so that they reach the rules behind the schema check) whose leaves are
 * hostile, and bodies of any shape at all.
 */

/** Strings attackers and broken clients send. */
export const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' or 1=1 --",
  '../../../etc/passwd',
  '%00',
  '%',
  '{{7*7}}',
  '${process.exit()}',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  'é'.repeat(5000),
  '🧒🏽'.repeat(50),
  '2025-02-30',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Any JSON value at all, a little deep: type confusion everywhere. */
export const anyJson = fc.jsonValue({ maxDepth: 4 });

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string>;
  format?: string;
};

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values of the schema's shape whose leaves are often hostile: strings from
 * `known` (real ids, so the rules behind the check run), hostile strings,
 * dates, or any JSON in place of the expected type.
 */
export function shapedBy(schema: z.ZodMiniType, known: readonly string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const confused = anyJson;
  switch (def.type) {
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([name, field]) => [name, shapedBy(field, known)]),
      );
      return fc.oneof(
        { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        { weight: 1, arbitrary: confused },
      );
    }
    case 'array':
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(shapedBy(def.element!, known), { maxLength: 4 }) },
        { weight: 1, arbitrary: confused },
      );
    case 'optional':
      return fc.option(shapedBy(def.innerType!, known), { nil: undefined });
    case 'enum':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) },
        { weight: 1, arbitrary: hostileString },
      );
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: confused });
    case 'string': {
      const typical =
        def.format === 'date'
          ? fc
              .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
              .map((date) => date.toISOString().slice(0, 10))
          : known.length > 0
            ? fc.constantFrom(...known)
            : fc.string({ maxLength: 12 });
      return fc.oneof(
        { weight: 3, arbitrary: typical },
        { weight: 3, arbitrary: hostileString },
        { weight: 1, arbitrary: confused },
      );
    }
    default:
      return confused;
  }
}

/** A request body as bytes: JSON of a value, or text that is not JSON at all. */
export function bodyText(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const deep = fc.integer({ min: 30, max: 3000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
  return fc.oneof(
    { weight: 8, arbitrary: shaped.map((value) => JSON.stringify(value ?? null)) },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '"\\ud800"', '{"a":"\\u0000"}', 'nope') },
  );
}

/**
 * A path parameter as an attacker writes it in the URL: encoded, lone
 * surrogates as the bytes a broken encoder sends (not valid UTF-8).
 */
export function encodeHostile(value: string): string {
  let encoded = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    else encoded += encodeURIComponent(char);
  }
  return encoded;
}
