import { escapeHtml } from '../../shared/publish/escapeHtml.ts';

/**
 * A small self-contained HTML error page (inline style only, which the CSP allows).
 * Callers pass fixed, user-facing text: never a stack trace or a file-system path.
 */
export function errorPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">Go to your documents</a></p>
</main>
</body>
</html>
`;
}
