/**
 * PNG of the current view at a chosen size (picture-size.ts), drawn by
 * @sigma/export-image: a temporary sigma on the same graph, settings, reducers and camera,
 * its canvas layers composed on one canvas (the HTML column titles are not part of it).
 * Sigma sizes its canvases by window.devicePixelRatio, so that value is set to the wanted
 * ratio while the temporary renderer is built and drawn (synchronously), then restored;
 * the result is checked, and redrawn to the exact size should a future version differ.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type { SessionSigma } from "../graph/sigma-context";
import { PictureSizeError, pngLayout, type PngSize } from "./picture-size";

/** The graph stage's background (app/base.css --canvas), so the picture matches the view. */
const BACKGROUND = "#fbfbf9";

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
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PictureSizeError("the browser could not encode a picture this large"))), "image/png"),
  );
}
