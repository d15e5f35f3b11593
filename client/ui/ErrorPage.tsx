import { Link } from './Link.tsx';

/** A plain explanation when a page cannot be shown, with a way back. */
export function ErrorPage({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="page page--error">
      <main id="main">
        <h1>{title}</h1>
        <p>{detail}</p>
        <p>
          <Link href="/">Go to all protocols</Link>
        </p>
      </main>
    </div>
  );
}
