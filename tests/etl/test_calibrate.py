"""The confidence fit is recalibrated on out-of-fold scores, so that an over-confident fit is shrunk."""

import numpy as np

from etl.extract import calibrate


def test_platt_slope_shrinks_logits_that_claim_twice_the_evidence() -> None:
    rng = np.random.default_rng(0)
    true_logit = rng.normal(0.0, 1.5, 20000)
    right = (rng.random(20000) < 1.0 / (1.0 + np.exp(-true_logit))).astype(float)
    slope, offset = calibrate._platt(2.0 * true_logit, right)
    assert abs(slope - 0.5) < 0.05
    assert abs(offset) < 0.05


def test_folds_keep_a_document_whole() -> None:
    samples = [([f"f{i % 3}"], bool(i % 2), f"doc{i % 7}.txt") for i in range(70)]
    folds: dict[str, set[int]] = {}
    for _, _, doc in samples:
        folds.setdefault(doc, set()).add(calibrate._fold(doc))
    assert all(len(f) == 1 for f in folds.values())
    assert len({next(iter(f)) for f in folds.values()}) > 1


def test_out_of_fold_scores_do_not_see_their_own_labels() -> None:
    # a feature unique to each document predicts its label perfectly in-sample and carries nothing out of fold
    samples = [([f"doc:{i}", "bias"], bool(i % 2), f"d{i}.txt") for i in range(200)]
    names = sorted({f for fs, _, _ in samples for f in fs})
    x, y = calibrate._design(samples, names)
    in_sample = x @ calibrate._logistic(x, y, calibrate._L2)
    out_of_fold = calibrate._out_of_fold_logits(samples, names)
    assert in_sample[y == 1].min() > in_sample[y == 0].max()
    assert out_of_fold[y == 1].mean() <= out_of_fold[y == 0].mean() + 0.05
