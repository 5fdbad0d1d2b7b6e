/** A readable error page: the dataset failed to load, with every located error listed. */
import type { DatasetError } from "../../model/dataset-errors";
import { formatError } from "../../model/dataset-errors";

export function ErrorPanel({ title, errors, detail }: { title: string; errors?: readonly DatasetError[]; detail?: string }) {
  return (
    <main className="error-page">
      <section className="error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{title}</h1>
        {detail && <p>{detail}</p>}
        {errors && errors.length > 0 && (
          <>
            <p>
              {errors.length} problem{errors.length === 1 ? "" : "s"} found. Each line gives the file, line and column, the
              place in the document, and what is wrong:
            </p>
            <ol className="error-list">
              {errors.slice(0, 200).map((error, i) => (
                <li key={i}>
                  <code>{formatError(error)}</code> <span className="muted">({error.kind})</span>
                </li>
              ))}
            </ol>
            {errors.length > 200 && <p>… and {errors.length - 200} more.</p>}
          </>
        )}
        <p>
          <a href="./">Reload the default dataset</a>
        </p>
      </section>
    </main>
  );
}
