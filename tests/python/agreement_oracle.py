"""Recomputes agreement statistics with the reference implementations, as an oracle.

Reads a JSON list of cases on standard input and writes a JSON list of results (a number, or
null where the reference gives NaN or refuses) on standard output, one per case, in order.
A case is {"kind": ..., "data": [[value or null, ...] per coder], ...}:

- "alpha": krippendorff.alpha with "level" nominal, ordinal, interval or ratio;
- "alpha-jaccard", "alpha-masi": NLTK's AnnotationTask.alpha with jaccard_distance or
  masi_distance, values lists of codes;
- "cohen": sklearn.metrics.cohen_kappa_score on the units both coders coded, with "weights"
  (null, "linear", "quadratic") and "labels" (null or the categories in order);
- "fleiss", "randolph": statsmodels.stats.inter_rater.fleiss_kappa on the count table over
  "categories" (complete data), method "fleiss" or "randolph";
- "gwet": irrCAC.raw.CAC(...).gwet() with "weights" (identity, linear, quadratic) and
  "categories";
- "bp": irrCAC's Brennan-Prediger coefficient (free-marginal kappa) with "categories";
- "cohen-variance": the variance of Cohen's kappa, plain or weighted (Fleiss, Cohen & Everitt
  1969), from statsmodels.stats.inter_rater.cohens_kappa on the table of the units both coders
  coded, over "labels" (or the categories they used, sorted), with "weights" as for "cohen";
- "fleiss-variance", "gwet-variance", "bp-variance": the squared standard error irrCAC gives
  with Fleiss' kappa, AC1/AC2 and the Brennan-Prediger coefficient (Gwet 2008).

Variances rather than standard errors are compared: near zero the square root would turn
rounding noise of 1e-18 into differences of 1e-9.

Used by tests/it/agreement_stats/oracle.rs.
"""

import json
import math
import sys
import warnings

import krippendorff
import numpy as np
import pandas as pd
from irrCAC.raw import CAC
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import jaccard_distance, masi_distance
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa

warnings.simplefilter("ignore")


def number(x):
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def alpha(case):
    data = np.array([[math.nan if v is None else v for v in row] for row in case["data"]],
                    dtype=float)
    return krippendorff.alpha(reliability_data=data, level_of_measurement=case["level"])


def alpha_sets(case, distance):
    triples = []
    for c, row in enumerate(case["data"]):
        for u, v in enumerate(row):
            if v is not None:
                triples.append((str(c), str(u), frozenset(v)))
    return AnnotationTask(data=triples, distance=distance).alpha()


def cohen(case):
    a, b = case["data"]
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    return cohen_kappa_score([x for x, _ in pairs], [y for _, y in pairs],
                             labels=case.get("labels"), weights=case.get("weights"))


def cohen_variance(case):
    a, b = case["data"]
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    labels = case.get("labels") or sorted({v for pair in pairs for v in pair})
    position = {v: i for i, v in enumerate(labels)}
    counts = np.zeros((len(labels), len(labels)))
    for x, y in pairs:
        counts[position[x], position[y]] += 1
    return cohens_kappa(counts, wt=case.get("weights")).var_kappa


def table(case):
    categories = case["categories"]
    units = len(case["data"][0])
    return np.array([[sum(1 for row in case["data"] if row[u] == k) for k in categories]
                     for u in range(units)])


def irr(case):
    units = len(case["data"][0])
    frame = pd.DataFrame({str(c): [math.nan if row[u] is None else row[u] for u in range(units)]
                          for c, row in enumerate(case["data"])})
    return CAC(frame, weights=case.get("weights", "identity"), categories=case["categories"],
               digits=17)


def compute(case):
    kind = case["kind"]
    if kind == "alpha":
        return alpha(case)
    if kind == "alpha-jaccard":
        return alpha_sets(case, jaccard_distance)
    if kind == "alpha-masi":
        return alpha_sets(case, masi_distance)
    if kind == "cohen":
        return cohen(case)
    if kind in ("fleiss", "randolph"):
        return fleiss_kappa(table(case), method=kind)
    if kind == "gwet":
        return irr(case).gwet()["est"]["coefficient_value"]
    if kind == "bp":
        return irr(case).bp()["est"]["coefficient_value"]
    if kind == "cohen-variance":
        return cohen_variance(case)
    if kind in ("fleiss-variance", "gwet-variance", "bp-variance"):
        method = kind.removesuffix("-variance")
        return irr(case).__getattribute__(method)()["est"]["se"] ** 2
    raise ValueError(f"unknown kind {kind}")


def main():
    results = []
    for case in json.load(sys.stdin):
        try:
            results.append(number(compute(case)))
        except (ValueError, ZeroDivisionError, AssertionError):
            results.append(None)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
