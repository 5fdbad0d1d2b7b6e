/**
 * Attaching file, line and column to document errors (datasets, stories), from the location table the parser
 * recorded. An error about a key (an unknown property) points at the key; an error about
 * something missing points at the object that lacks it; others point at the value.
 */
import { compareErrors, datasetError, type DatasetError, type LocatedError } from "./dataset-errors";
import type { JsonLocations } from "./json-locations";
import type { JsonParseError } from "./located-json";

export function locateErrors<E extends LocatedError>(errors: readonly E[], locations: JsonLocations, file: string): E[] {
  return errors
    .map((error) => {
      const found = locations.nearest(error.path);
      const exact = found.pointer === error.path;
      const position = exact && error.kind === "unknown-property" && found.key ? found.key : found.value;
      return { ...error, file, line: position.line, column: position.column };
    })
    .sort(compareErrors);
}

/** The dataset error for text that could not be read as JSON. */
export function parseFailure(error: JsonParseError, file: string): DatasetError {
  const located = datasetError(error.kind, error.path, error.message);
  return error.position ? { ...located, file, line: error.position.line, column: error.position.column } : { ...located, file };
}
