/** The story format's JSON Schema as a plain JSON document (schema/story-v1.schema.json). */
import { StorySchema } from "./story-schema";

export function storyJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "chokepoint-story-v1.schema.json",
    ...JSON.parse(JSON.stringify(StorySchema)),
  };
}
