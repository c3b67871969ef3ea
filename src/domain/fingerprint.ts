/**
 * A stable fingerprint of a payload: same content, same string, whatever the
 * key order. What an idempotency key is checked against (a replay must carry
 * the same payload), and how two versions of a record are compared.
 */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
