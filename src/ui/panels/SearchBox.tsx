/**
 * Search nodes by name: an ARIA 1.2 combobox with a listbox popup. Arrow keys move
 * through the matches, Enter picks, Escape closes; the pointer works too.
 */
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useSession } from "../app/context";
import { NODE_KIND_LABEL } from "../../io/style/palette";

const MAX_RESULTS = 12;

export function SearchBox({ onPick }: { onPick: (nodeId: string) => void }) {
  const session = useSession();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle === "") return [];
    const found: { id: string; label: string; kind: string; rank: number }[] = [];
    for (const node of session.dataset.nodes) {
      const label = node.label.toLowerCase();
      const at = label.indexOf(needle);
      const idAt = node.id.indexOf(needle);
      if (at < 0 && idAt < 0) continue;
      found.push({ id: node.id, label: node.label, kind: NODE_KIND_LABEL[node.kind], rank: at === 0 ? 0 : at > 0 ? 1 : 2 });
      if (found.length > 500) break;
    }
    found.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
    return found.slice(0, MAX_RESULTS);
  }, [query, session]);
  const expanded = open && matches.length > 0;

  const pick = (index: number) => {
    const match = matches[index];
    if (!match) return;
    onPick(match.id);
    setQuery(match.label);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (matches.length === 0 ? 0 : (i + 1) % matches.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (matches.length === 0 ? 0 : (i - 1 + matches.length) % matches.length));
    } else if (event.key === "Enter") {
      if (expanded) {
        event.preventDefault();
        pick(active);
      }
    } else if (event.key === "Escape") {
      if (expanded) event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search nodes by name"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder="Search places and actors…"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching nodes" className="search-results" hidden={!expanded}>
        {matches.map((match, index) => (
          <li
            key={match.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "search-option search-option-active" : "search-option"}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(index);
            }}
          >
            <span className="search-option-label">{match.label}</span>
            <span className="search-option-kind">{match.kind}</span>
          </li>
        ))}
      </ul>
      {open && query.trim() !== "" && matches.length === 0 && <p className="search-empty">No node matches “{query}”.</p>}
    </div>
  );
}
