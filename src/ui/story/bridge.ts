/**
 * The link between story components and the graph's camera. The camera lives inside the
 * sigma host (StoryCamera.tsx attaches to the bridge); the presenter and the editor live
 * outside it and ask through the bridge. A move asked before the camera is attached (its
 * code loads lazily) waits and is applied on attach.
 */
import type { StoryCamera as CameraState } from "../../model/story/story-types";

export interface CameraTarget {
  /** An exact camera, or (when absent) frame these nodes (or the whole graph when none). */
  readonly camera?: CameraState;
  readonly nodes: readonly string[];
  /** The layout is changing: wait for the nodes to arrive before moving. */
  readonly afterLayoutChange: boolean;
}

export interface CameraHandlers {
  read(): CameraState;
  move(target: CameraTarget): void;
}

export interface StoryBridge {
  /** The camera now, or null when the graph is not there. */
  readCamera(): CameraState | null;
  moveCamera(target: CameraTarget): void;
  /** Called by the camera controller; returns the detach function. */
  attach(handlers: CameraHandlers): () => void;
}

export function createStoryBridge(): StoryBridge {
  let handlers: CameraHandlers | null = null;
  let pending: CameraTarget | null = null;
  return {
    readCamera: () => handlers?.read() ?? null,
    moveCamera(target) {
      if (handlers) handlers.move(target);
      else pending = target;
    },
    attach(next) {
      handlers = next;
      if (pending) {
        next.move(pending);
        pending = null;
      }
      return () => {
        if (handlers === next) handlers = null;
      };
    },
  };
}
