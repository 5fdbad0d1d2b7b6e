/** A list of source citations, each a link when the source has a URL (new tab, no opener). */
import type { Dataset } from "../../model/types";
import "./sources.css";

export function Sources({ dataset, ids, label = "Sources" }: { dataset: Dataset; ids: readonly string[]; label?: string }) {
  if (ids.length === 0) return <p className="muted">No sources cited.</p>;
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  return (
    <div className="sources">
      <span className="sources-label">{label}:</span>
      <ul>
        {ids.map((id) => {
          const source = byId.get(id);
          if (!source) return <li key={id}>{id}</li>;
          const title = [source.title, source.publisher, source.date].filter(Boolean).join(", ");
          return (
            <li key={id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {source.kind !== "primary" && <span className="badge badge-quiet">{source.kind}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
