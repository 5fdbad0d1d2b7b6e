import { describe, expect, it } from "vitest";
import { dateProblem, daysInMonth, isIsoDate } from "../../src/model/dates";
import { closest, editDistance } from "../../src/model/suggest";

describe("dates", () => {
  it("accepts real days only, with Gregorian leap years", () => {
    expect(isIsoDate("2019-05-01")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-04-31")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
    expect(isIsoDate("2023-12-00")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("2023-01-01T00:00")).toBe(false);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it("says what is wrong with a date", () => {
    expect(dateProblem("2023-02-30")).toMatch(/month 2 of 2023 has 28 days/);
    expect(dateProblem("2023-13-01")).toMatch(/no month 13/);
    expect(dateProblem("yesterday")).toMatch(/YYYY-MM-DD/);
    expect(dateProblem("2023-02-28")).toBeUndefined();
  });
});

describe("suggestions", () => {
  it("computes edit distances, stopping past the limit", () => {
    expect(editDistance("capacity", "capacty", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyz-long-word", 2)).toBe(3);
  });

  it("suggests a close candidate for words of 4+ characters, nothing otherwise", () => {
    expect(closest("declard", ["declared", "mislabeled", "smuggled"])).toBe("declared");
    expect(closest("cn.npp-contrl", ["cn.npp-control", "mx.precursor-law"])).toBe("cn.npp-control");
    expect(closest("banana", ["declared", "mislabeled"])).toBeUndefined();
    expect(closest("CA", ["CN", "US"])).toBeUndefined();
  });
});
