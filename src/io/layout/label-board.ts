/**
 * Label collision avoidance: the rectangles of the labels drawn so far in one frame. A
 * label that would overlap one already drawn is skipped, so crowded places (the US-Mexico
 * border in the geographic layout, the force layout while it settles) show a readable
 * subset of names instead of a pile of overlapping text; zooming in spreads the nodes and
 * reveals the others. Sigma's own label grid only caps labels per grid cell; it does not
 * test overlaps. The app clears it before every render (SigmaHost); the SVG export uses it
 * to pick, for each label, a side where it overlaps nothing. Pure, so both layers share it.
 *
 * A linear scan per label: sigma draws at most a few hundred labels per frame (its grid
 * and `labelRenderedSizeThreshold` cap them), so a spatial index would not pay off.
 */
export interface LabelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class LabelBoard {
  private readonly placed: LabelRect[] = [];

  clear(): void {
    this.placed.length = 0;
  }

  /** Records the rectangle and returns true when it overlaps no label drawn so far. */
  tryPlace(rect: LabelRect, margin = 2): boolean {
    if (!this.fits(rect, margin)) return false;
    this.placed.push(rect);
    return true;
  }

  /** True when the rectangle overlaps no recorded one (nothing is recorded). */
  fits(rect: LabelRect, margin = 2): boolean {
    for (const other of this.placed) {
      if (
        rect.x < other.x + other.width + margin &&
        other.x < rect.x + rect.width + margin &&
        rect.y < other.y + other.height + margin &&
        other.y < rect.y + rect.height + margin
      ) {
        return false;
      }
    }
    return true;
  }

  /** Records a rectangle whatever it overlaps (a node's disc, or a label placed as a last resort). */
  place(rect: LabelRect): void {
    this.placed.push(rect);
  }

  get size(): number {
    return this.placed.length;
  }
}
