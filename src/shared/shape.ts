/**
 * The shape of what an element kept itself (a draft in sessionStorage, a
 * form's restored state), checked when read back: a few lines instead of
 * zod, which elements do not download before a parent's first check. The
 * answers of a backend and what a parent sends are checked with the domain's
 * zod schemas, in the adapters and on submission.
 *
 * A shape has zod's `safeParse`, so a zod schema can stand where one is expected.
 */
export type Parsed<T> = { success: true; data: T } | { success: false };

export interface Shape<T> {
  safeParse(value: unknown): Parsed<T>;
}

/** The type a shape checks for. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

const shape = <T>(accepts: (value: unknown) => boolean): Shape<T> => ({
  safeParse: (value) => (accepts(value) ? { success: true, data: value as T } : { success: false }),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const string = (): Shape<string> => shape((value) => typeof value === 'string');

/** A string with at least one character (an identifier, a signature). */
export const filled = (): Shape<string> => shape((value) => typeof value === 'string' && value !== '');

export const boolean = (): Shape<boolean> => shape((value) => typeof value === 'boolean');

export const literals = <const T extends readonly string[]>(values: T): Shape<T[number]> =>
  shape((value) => values.includes(value as string));

export const array = <T>(item: Shape<T>): Shape<T[]> =>
  shape((value) => Array.isArray(value) && value.every((entry) => item.safeParse(entry).success));

/** An object whose values are all of one shape (a form's fields by name). */
export const record = <T>(item: Shape<T>): Shape<Record<string, T>> =>
  shape((value) => isObject(value) && Object.values(value).every((entry) => item.safeParse(entry).success));

/** A member that may be missing (or undefined). */
export interface Optional<T> extends Shape<T | undefined> {
  readonly optional: true;
}

export const optional = <T>(inner: Shape<T>): Optional<T> => ({
  ...shape<T | undefined>((value) => value === undefined || inner.safeParse(value).success),
  optional: true,
});

type Members = Record<string, Shape<unknown>>;
type OptionalKeys<M extends Members> = {
  [K in keyof M]: M[K] extends Optional<unknown> ? K : never;
}[keyof M];
type ObjectOf<M extends Members> = { [K in Exclude<keyof M, OptionalKeys<M>>]: Infer<M[K]> } & {
  [K in OptionalKeys<M>]?: Infer<M[K]>;
};

/** An object with these members (others are allowed and kept). */
export const object = <M extends Members>(members: M): Shape<{ [K in keyof ObjectOf<M>]: ObjectOf<M>[K] }> =>
  shape(
    (value) =>
      isObject(value) &&
      Object.entries(members).every(([name, member]) => member.safeParse(value[name]).success),
  );
