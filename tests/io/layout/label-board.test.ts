import { describe, expect, it } from "vitest";
import { LabelBoard } from "../../../src/io/layout/label-board";

describe("LabelBoard", () => {
  it("accepts labels that do not overlap, refuses one that does, and forgets everything when cleared", () => {
    const board = new LabelBoard();
    expect(board.tryPlace({ x: 0, y: 0, width: 50, height: 12 })).toBe(true);
    expect(board.tryPlace({ x: 0, y: 20, width: 50, height: 12 })).toBe(true);
    expect(board.tryPlace({ x: 40, y: 5, width: 50, height: 12 })).toBe(false);
    expect(board.tryPlace({ x: 51, y: 0, width: 10, height: 12 }, 0)).toBe(true);
    expect(board.size).toBe(3);
    board.clear();
    expect(board.tryPlace({ x: 40, y: 5, width: 50, height: 12 })).toBe(true);
  });
});
