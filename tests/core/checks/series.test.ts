import { checkRows, CLEAN, codes } from "./builder";

const SHARE = {
  ...CLEAN,
  indicator: "介護保険事業所に占める登録事業の割合",
  baseline: "40%",
  previousTarget: "50%",
  actuals: ["41.1%", "56.0%", "62.4%", "64.8%"],
  target: "68.0%",
  basis: "R6の現状から5%増加。",
};

describe("SERIES_BREAK", () => {
  it("a note that the definition changed: 64.8%(R6年度から3市町村平均)", () => {
    const f = checkRows([{ ...SHARE, actuals: ["41.1%", "56.0%", "62.4%", "64.8%(R6年度から3市町村平均)"] }]);
    expect(codes(f)).toEqual([["SERIES_BREAK", "K5"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].messageKey).toBe("SERIES_BREAK.note");
  });

  it("a note that only says what is included is not a break", () => {
    expect(codes(checkRows([{ ...SHARE, actuals: ["41.1%", "56.0%", "62.4%", "64.8%(3市町村平均)"] }]))).toEqual([]);
  });

  const TAXI = {
    ...CLEAN,
    indicator: "乗合タクシー利用者数",
    baseline: "1日平均: 30.3件 乗合率: 35.9%",
    previousTarget: "1日平均: 120.0件 乗合率: 45.0%",
    target: "1日平均:129.8件 乗合率:38.6%",
  };

  it("a cell that splits into more metrics than the earlier years", () => {
    const f = checkRows([
      {
        ...TAXI,
        actuals: [
          "1日平均:88.9件 乗合率:37.7%",
          "1日平均:111.7件 乗合率:41.2%",
          "乗合タクシー 1日平均:123.4件 乗合率:33.8% 運賃補助 1日平均:125.3件",
          "乗合タクシー 1日平均:122.3件 乗合率:36.4% 運賃補助 1日平均:153.9件",
        ],
      },
    ]);
    expect(codes(f, "SERIES_BREAK")).toEqual([["SERIES_BREAK", "J5"]]);
    expect(f.find((x) => x.code === "SERIES_BREAK")?.params).toMatchObject({ found: 3, expected: 2 });
  });

  it("the same number of metrics every year is not a break", () => {
    const f = checkRows([
      {
        ...TAXI,
        actuals: [
          "1日平均:88.9件 乗合率:37.7%",
          "1日平均:111.7件 乗合率:41.2%",
          "1日平均:123.4件 乗合率:33.8%",
          "1日平均:122.3件 乗合率:36.4%",
        ],
      },
    ]);
    expect(codes(f, "SERIES_BREAK")).toEqual([]);
  });
});
