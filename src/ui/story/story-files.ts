/** Saving a story file to the user's disk and reading one they pick (the browser's own dialogs). */

/** A file name from a story title: "The precursor loophole" -> "the-precursor-loophole.story.json". */
export function storyFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "story"}.story.json`;
}

/** Offers `text` as a download (a blob URL; the CSP allows blob: for this). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files larger than this are refused before reading (a story is a few kilobytes). */
export const MAX_STORY_FILE_BYTES = 1024 * 1024;

export async function readStoryFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_STORY_FILE_BYTES) return { ok: false, message: `${file.name} is ${file.size} bytes; a story file is at most ${MAX_STORY_FILE_BYTES}` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `${file.name} could not be read` };
  }
}
