"""Length-based sentence alignment (Gale & Church 1993), with anchors.

Dynamic programming over the two sequences, with beads 1-1, 1-2, 2-1, 1-0, 0-1, 2-2 and 1-3. A
bead's cost is the Gale-Church one — how unlikely the English length is given the Chinese
length, for a ratio of English to Chinese characters fitted on the texts themselves — minus a
bonus for each anchor (number, glossary term) both sides share and plus a penalty for each
one only one side has. Linear in the product of the lengths only within a band around the
diagonal, so long texts stay cheap.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

# Prior probabilities of bead shapes (Gale & Church's figures, with more room for 1-2 and 2-1,
# since Chinese joins with commas what English splits into sentences and the other way round,
# and less for 2-2, which otherwise swallows a loose translation beside a tight one). A long
# Chinese sentence of clauses joined by semicolons often comes out as three English ones: 1-3
# is rare but, without it, the first of the three is left alone and its source lost.
PRIORS = {
    (1, 1): 0.85,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.06,
    (1, 2): 0.07,
    (2, 2): 0.002,
    (1, 3): 0.01,
}
ANCHOR_BONUS = 2.0
ANCHOR_PENALTY = 1.0
BAND = 60  # how far from the diagonal (after scaling) the path may stray


@dataclass(frozen=True)
class Bead:
    """Chinese items [zh_start, zh_end) aligned with English items [en_start, en_end)."""

    zh_start: int
    zh_end: int
    en_start: int
    en_end: int
    confidence: float

    @property
    def shape(self) -> str:
        """`1-1`, `2-1`, `1-0`...: how many Chinese and English items the bead holds."""
        return f"{self.zh_end - self.zh_start}-{self.en_end - self.en_start}"


def _normal_tail(z: float) -> float:
    """Two-sided tail probability of a standard normal beyond |z|."""
    return math.erfc(abs(z) / math.sqrt(2))


class Aligner:
    """Aligns two sequences of lengths (Chinese characters, English characters)."""

    def __init__(self, ratio: float, variance: float) -> None:
        self.ratio = ratio
        self.variance = variance

    @classmethod
    def fitted(cls, zh: list[int], en: list[int]) -> Aligner:
        """An aligner whose ratio is the texts' own: English characters per Chinese one."""
        total_zh, total_en = sum(zh), sum(en)
        ratio = total_en / total_zh if total_zh and total_en else 3.0
        # Start wide (English from Chinese varies more than Gale and Church's European pairs);
        # `refit` narrows it to what the texts show.
        return cls(ratio, variance=ratio * 6.0)

    def refit(self, beads: list[Bead], zh: list[int], en: list[int]) -> Aligner:
        """An aligner whose variance is fitted on the 1-1 beads of a first alignment (the
        median of δ² is 0.455 for a standard normal); unchanged with fewer than five."""
        squares = []
        for b in beads:
            if b.shape == "1-1":
                a, e = zh[b.zh_start], en[b.en_start]
                mean = (a + e / self.ratio) / 2 or 1.0
                squares.append((e - a * self.ratio) ** 2 / mean)
        if len(squares) < 5:
            return self
        squares.sort()
        variance = squares[len(squares) // 2] / 0.455
        return Aligner(self.ratio, max(variance, self.ratio))

    def delta(self, zh_len: int, en_len: int) -> float:
        """How many standard deviations `en_len` is from what `zh_len` predicts."""
        mean = (zh_len + en_len / self.ratio) / 2 or 1.0
        return (en_len - zh_len * self.ratio) / math.sqrt(mean * self.variance)

    def length_cost(self, zh_len: int, en_len: int) -> float:
        """-log of the probability of this length pair (Gale & Church's match cost)."""
        p = max(_normal_tail(self.delta(zh_len, en_len)), 1e-12)
        return -math.log(p)

    def align(
        self,
        zh: list[int],
        en: list[int],
        zh_anchors: list[Counter[str]] | None = None,
        en_anchors: list[Counter[str]] | None = None,
    ) -> list[Bead]:
        """The cheapest sequence of beads covering both sequences, in order."""
        n, m = len(zh), len(en)
        problem = _Problem(
            self,
            zh,
            en,
            zh_anchors or [Counter() for _ in zh],
            en_anchors or [Counter() for _ in en],
        )
        cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
        back: dict[tuple[int, int], tuple[int, int]] = {}
        band = max(BAND, abs(n - m) + 5)
        for i in range(n + 1):
            centre = i * m / n if n else 0
            lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
            for j in range(lo, hi + 1):
                if i == 0 and j == 0:
                    continue
                best, arg = math.inf, (0, 0)
                for (di, dj), prior in PRIORS.items():
                    previous = cost.get((i - di, j - dj)) if i >= di and j >= dj else None
                    if previous is None:
                        continue
                    c = previous + problem.cost(i - di, i, j - dj, j) - math.log(prior)
                    if c < best:
                        best, arg = c, (di, dj)
                if best < math.inf:
                    cost[(i, j)] = best
                    back[(i, j)] = arg
        beads = []
        i, j = n, m
        while i > 0 or j > 0:
            di, dj = back[(i, j)]
            beads.append(problem.bead(i - di, i, j - dj, j))
            i, j = i - di, j - dj
        beads.reverse()
        return beads


@dataclass(frozen=True)
class _Problem:
    """One alignment: the lengths and anchors of both sides, and what beads of them cost."""

    aligner: Aligner
    zh: list[int]
    en: list[int]
    za: list[Counter[str]]
    ea: list[Counter[str]]

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Length cost of a bead, less its shared anchors, plus its unshared ones."""
        if i0 == i1 or j0 == j1:
            return 0.0  # 1-0 and 0-1 cost only their prior
        length = self.aligner.length_cost(sum(self.zh[i0:i1]), sum(self.en[j0:j1]))
        shared, unshared = _anchor_counts(self.za[i0:i1], self.ea[j0:j1])
        return length - ANCHOR_BONUS * shared + ANCHOR_PENALTY * unshared

    def bead(self, i0: int, i1: int, j0: int, j1: int) -> Bead:
        """The bead with its confidence: the length fit, raised by shared anchors, lowered a
        little by unshared ones and by a shape other than 1-1; one-sided beads are never
        confident."""
        if i0 == i1 or j0 == j1:
            return Bead(i0, i1, j0, j1, 0.2)
        # A gentle fit: translations stray a standard deviation or two from the mean length
        # as a matter of course (exp(-δ²/8): 0.88 at one, 0.61 at two, 0.32 at three).
        delta = self.aligner.delta(sum(self.zh[i0:i1]), sum(self.en[j0:j1]))
        confidence = math.exp(-(delta**2) / 8)
        shared, unshared = _anchor_counts(self.za[i0:i1], self.ea[j0:j1])
        if shared:
            confidence = max(confidence, 1 - 0.5 ** (shared + 1))
        # Unshared anchors lower it only a little: a number missing from a translation is what
        # the source-aware rules are there to find, so it must not take the source away.
        confidence *= 0.9**unshared
        if (i1 - i0, j1 - j0) != (1, 1):
            confidence *= 0.9
        return Bead(i0, i1, j0, j1, round(min(confidence, 1.0), 3))


def _anchor_counts(za: list[Counter[str]], ea: list[Counter[str]]) -> tuple[int, int]:
    zh_keys: Counter[str] = sum(za, Counter())
    en_keys: Counter[str] = sum(ea, Counter())
    shared = sum((zh_keys & en_keys).values())
    unshared = sum((zh_keys - en_keys).values()) + sum((en_keys - zh_keys).values())
    return shared, unshared
