/**
 * PNG of the current view at a chosen size, drawn by @sigma/export-image (a temporary
 * sigma on the same graph, settings, reducers and camera, its layers composed on a
 * canvas). Two ways to size it:
 *  - `view`: the view as it is on screen, rendered at `scale` device pixels per CSS pixel
 *    (2 gives a sharp picture of the same composition at twice the width and height);
 *  - `custom`: a canvas of `width` x `height` pixels at one pixel per CSS pixel (more room
 *    around the same camera, labels at their screen size).
 * Sigma sizes its canvases by window.devicePixelRatio, so that value is set to the wanted
 * ratio while the temporary renderer is built and drawn (synchronously), then restored;
 * the result is checked, and redrawn to the exact size should a future version differ.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type { SessionSigma } from "../graph/sigma-context";

export type PngSize = { readonly kind: "view"; readonly scale: number } | { readonly kind: "custom"; readonly width: number; readonly height: number };

export const MIN_PNG_SIDE = 100;
/** Browsers refuse WebGL drawing buffers much beyond this. */
export const MAX_PNG_SIDE = 8192;
export const PNG_SCALES = [1, 2, 3, 4] as const;
/** The graph stage's background (styles.css --canvas), so the picture matches the view. */
const BACKGROUND = "#fbfbf9";

export class PngSizeError extends Error {
  readonly kind = "png-size";
}

/** Pixel size of the picture and the CSS size the temporary view is laid out at. */
export function pngLayout(size: PngSize, view: { width: number; height: number }): { css: { width: number; height: number }; ratio: number; pixels: { width: number; height: number } } {
  const css = size.kind === "view" ? { width: Math.round(view.width), height: Math.round(view.height) } : { width: size.width, height: size.height };
  const ratio = size.kind === "view" ? size.scale : 1;
  if (size.kind === "view" && !PNG_SCALES.includes(size.scale as (typeof PNG_SCALES)[number]))
    throw new PngSizeError(`the scale must be one of ${PNG_SCALES.join(", ")}, not ${size.scale}`);
  const pixels = { width: css.width * ratio, height: css.height * ratio };
  for (const side of ["width", "height"] as const) {
    const value = pixels[side];
    if (!Number.isInteger(value) || value < MIN_PNG_SIDE || value > MAX_PNG_SIDE)
      throw new PngSizeError(`the picture's ${side} must be a whole number of pixels from ${MIN_PNG_SIDE} to ${MAX_PNG_SIDE}, not ${value}`);
  }
  return { css, ratio, pixels };
}

function withDevicePixelRatio<T>(ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function exactSize(canvas: HTMLCanvasElement, pixels: { width: number; height: number }): HTMLCanvasElement {
  if (canvas.width === pixels.width && canvas.height === pixels.height) return canvas;
  const exact = document.createElement("canvas");
  exact.width = pixels.width;
  exact.height = pixels.height;
  exact.getContext("2d")?.drawImage(canvas, 0, 0, pixels.width, pixels.height);
  return exact;
}

export async function renderPng(sigma: SessionSigma, size: PngSize): Promise<Blob> {
  const { css, ratio, pixels } = pngLayout(size, sigma.getDimensions());
  // The package is typed for sigma's default attribute types; it only reads the instance.
  const generic = sigma as unknown as Parameters<typeof drawOnCanvas>[0];
  const drawing = withDevicePixelRatio(ratio, () => drawOnCanvas(generic, { width: css.width, height: css.height, backgroundColor: BACKGROUND }));
  const canvas = exactSize(await drawing, pixels);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngSizeError("the browser could not encode a picture this large"))), "image/png"),
  );
}
