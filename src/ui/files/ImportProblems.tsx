/**
 * Every problem a failed import found, each with its location: file:line:column (XML,
 * CSV, and JSON too), and for JSON the JSON Pointer of the value. Shown as text, like
 * every label and message from a file.
 */
import { useState } from "react";
import { formatProblem, type ImportProblem } from "../../io/import-error";

/** More than this many are listed in full only in the copied text. */
export const PROBLEMS_SHOWN = 500;

export function problemLocation(problem: ImportProblem): string {
  return [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
}

export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const [copied, setCopied] = useState("");
  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(problems.map(formatProblem).join("\n"));
      setCopied("Copied");
    } catch {
      setCopied("Copy failed");
    }
  };
  return (
    <div className="import-problems">
      <ol>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
          <li key={i} data-problem-kind={problem.kind}>
            <code className="problem-location">{problemLocation(problem)}</code>
            {problem.path !== undefined && (
              <>
                {" "}
                <span className="muted">at</span> <code className="problem-path">{problem.path}</code>
              </>
            )}
            <span className="problem-message">{problem.message}</span>
            <span className="muted small"> ({problem.kind})</span>
          </li>
        ))}
      </ol>
      {problems.length > PROBLEMS_SHOWN && (
        <p>
          … and {(problems.length - PROBLEMS_SHOWN).toLocaleString("en-US")} more, in the copied list.
        </p>
      )}
      <p>
        <button type="button" onClick={() => void copyAll()}>
          Copy the list of problems
        </button>{" "}
        <span role="status" className="small">
          {copied}
        </span>
      </p>
    </div>
  );
}
