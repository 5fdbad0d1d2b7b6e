/**
 * Sizes of the picture exports, checked before anything is drawn.
 *  - PNG `view`: the view as on screen, rendered at `scale` device pixels per CSS pixel
 *    (2 gives a sharp picture of the same composition at twice the width and height);
 *  - PNG `custom`: `width` x `height` pixels at one pixel per CSS pixel (more room around
 *    the same camera, labels at their screen size);
 *  - SVG: a width and height in CSS pixels (the io layer's limits).
 */
export type PngSize = { readonly kind: "view"; readonly scale: number } | { readonly kind: "custom"; readonly width: number; readonly height: number };

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_PNG_SIDE = 100;
/** Browsers refuse WebGL drawing buffers much beyond this. */
export const MAX_PNG_SIDE = 8192;
export const PNG_SCALES = [1, 2, 3, 4] as const;
export const MIN_SVG_SIDE = 200;
export const MAX_SVG_SIDE = 20_000;

export class PictureSizeError extends Error {
  readonly kind = "picture-size";
}

export interface PngLayout {
  /** The size the temporary view is laid out at, CSS pixels. */
  readonly css: Size;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** The picture's size. */
  readonly pixels: Size;
}

/** Throws PictureSizeError (saying why) for a size outside the limits. */
export function pngLayout(size: PngSize, view: Size): PngLayout {
  if (size.kind === "view" && !PNG_SCALES.includes(size.scale as (typeof PNG_SCALES)[number]))
    throw new PictureSizeError(`the scale must be one of ${PNG_SCALES.join(", ")}, not ${size.scale}`);
  const css = size.kind === "view" ? { width: Math.round(view.width), height: Math.round(view.height) } : { width: size.width, height: size.height };
  const ratio = size.kind === "view" ? size.scale : 1;
  const pixels = { width: css.width * ratio, height: css.height * ratio };
  for (const side of ["width", "height"] as const) {
    const value = pixels[side];
    if (!Number.isInteger(value) || value < MIN_PNG_SIDE || value > MAX_PNG_SIDE)
      throw new PictureSizeError(`the picture's ${side} must be a whole number of pixels from ${MIN_PNG_SIDE} to ${MAX_PNG_SIDE}, not ${Number.isNaN(value) ? "empty" : value}`);
  }
  return { css, ratio, pixels };
}

/** Why a PNG size cannot be drawn, or null. */
export function pngProblem(size: PngSize, view: Size): string | null {
  try {
    pngLayout(size, view);
    return null;
  } catch (error) {
    if (error instanceof PictureSizeError) return error.message;
    throw error;
  }
}

/** Why an SVG size cannot be written, or null. */
export function svgProblem(size: Size): string | null {
  for (const side of ["width", "height"] as const)
    if (!Number.isInteger(size[side]) || size[side] < MIN_SVG_SIDE || size[side] > MAX_SVG_SIDE)
      return `the SVG ${side} must be a whole number of pixels from ${MIN_SVG_SIDE} to ${MAX_SVG_SIDE}`;
  return null;
}

/** The SVG's default size: the view's proportions at a width of 1400. */
export function svgSizeFor(view: Size, width = 1400): Size {
  const height = view.width > 0 && view.height > 0 ? Math.round((width * view.height) / view.width) : Math.round(width * 0.65);
  return { width, height: Math.min(MAX_SVG_SIDE, Math.max(MIN_SVG_SIDE * 2, height)) };
}
