// Pixel counts of screenshots and exported pictures. The WebGL canvases cannot be read
// back after compositing, so a test screenshots the area (or takes the exported PNG) and
// decodes it in a blank page of the same browser, where a 2D canvas can read it.
import type { Page } from "playwright-core";

/**
 * - "marked": pixels clearly different from the picture's most common colour (its background);
 * - "coloured": saturated pixels, i.e. coloured marks and not the greys of faded ones.
 */
export type PixelCount = "marked" | "coloured";

export interface PixelTally {
  readonly count: number;
  readonly total: number;
}

export async function countPixels(page: Page, png: Uint8Array, what: PixelCount): Promise<PixelTally> {
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(
      async ({ base64, what }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, image.width, image.height);
        const total = data.length / 4;
        let count = 0;
        if (what === "coloured") {
          for (let i = 0; i < data.length; i += 4) {
            if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 50) count++;
          }
          return { count, total };
        }
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i] - br) + Math.abs(data[i + 1] - bg) + Math.abs(data[i + 2] - bb) > 60) count++;
        }
        return { count, total };
      },
      { base64: Buffer.from(png).toString("base64"), what },
    );
  } finally {
    await decoder.close();
  }
}

/** Counts pixels of an element's screenshot (by default the graph area). */
export async function countScreenPixels(page: Page, what: PixelCount, selector = ".sigma-container"): Promise<PixelTally> {
  return countPixels(page, await page.locator(selector).screenshot(), what);
}
