/**
 * A step's narrative as React elements: text, <em>, <strong>, and <a> for http(s) links
 * only (src/model/story/narrative.ts decides what is a link). Nothing is ever inserted as
 * HTML, so markup in a narrative shows as the characters it is made of.
 */
import { isSafeHref, parseNarrative, type NarrativeInline } from "../../model/story/narrative";

function Inline({ token }: { token: NarrativeInline }) {
  switch (token.kind) {
    case "text":
      return <>{token.text}</>;
    case "emphasis":
      return <em>{token.text}</em>;
    case "strong":
      return <strong>{token.text}</strong>;
    case "link":
      // Checked again here: a link reaches the DOM only if it is an http(s) address.
      return isSafeHref(token.href) ? (
        <a href={token.href} target="_blank" rel="noopener noreferrer">
          {token.text}
        </a>
      ) : (
        <>{token.text}</>
      );
  }
}

export function Narrative({ source, className }: { source: string; className?: string }) {
  const { paragraphs } = parseNarrative(source);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((token, t) => (
            <Inline key={t} token={token} />
          ))}
        </p>
      ))}
    </div>
  );
}
