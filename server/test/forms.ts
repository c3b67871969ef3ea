import type { Hono } from 'hono';

/**
 * A form of the server's own pages (/dev, the simulated provider) posted as
 * the browser would: with the form cookie and the token its page gives.
 */
export async function postForm(
  app: Pick<Hono, 'request'>,
  pagePath: string,
  action: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const page = await app.request(pagePath);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return app.request(action, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ ...fields, csrf }).toString(),
  });
}
