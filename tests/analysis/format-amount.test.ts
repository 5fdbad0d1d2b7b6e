import { describe, expect, it } from "vitest";
import { formatAmount } from "../../src/analysis/report/format-amount";

describe("formatAmount", () => {
  it("keeps three significant digits below 1000 and groups thousands", () => {
    expect(formatAmount(54903.2)).toBe("54,903");
    expect(formatAmount(938)).toBe("938");
    expect(formatAmount(26.4)).toBe("26.4");
    expect(formatAmount(15.08)).toBe("15.1");
    expect(formatAmount(0.675)).toBe("0.675");
    expect(formatAmount(2.5)).toBe("2.5");
    expect(formatAmount(40)).toBe("40");
    expect(formatAmount(0)).toBe("0");
    expect(formatAmount(-91.4)).toBe("-91.4");
    expect(formatAmount(1234567.8)).toBe("1,234,568");
    expect(formatAmount(Infinity)).toBe("unbounded");
  });
});
