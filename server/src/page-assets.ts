/**
 * The files the server's own pages load: their stylesheet and the demo
 * sign-in's script, served from these strings so that the pages need no
 * inline style or script and keep a strict Content-Security-Policy.
 */

export const pageStylesheet = `body {
  font: 1rem/1.5 system-ui, sans-serif;
  max-width: 48rem;
  margin: 2rem auto;
  padding: 0 1rem;
  color: #1b1b1b;
}
button {
  font: inherit;
  padding: 0.5rem 1rem;
  margin: 0.25rem 0.5rem 0.25rem 0;
  cursor: pointer;
}
li {
  margin-bottom: 1rem;
}
pre {
  white-space: pre-wrap;
  background: #f3f2f1;
  padding: 1rem;
}
.muted {
  color: #505a5f;
}
`;

/** The demo sign-in: a button per account; back to the page's `data-back` (a path checked by the server). */
export const signInScript = `const back = document.querySelector('[data-back]')?.dataset.back ?? '/demo/';
for (const button of document.querySelectorAll('[data-account]')) {
  button.addEventListener('click', async () => {
    const answer = await fetch('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: button.dataset.account }),
    });
    if (answer.ok) location.href = back;
  });
}
`;
