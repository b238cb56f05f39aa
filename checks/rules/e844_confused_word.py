"""E844 confused-word."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.confusables import PREFILTER, SLIPS
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# One pattern of every confusion, each its own branch, so one pass over a text finds them
# all in text order; the branch that matched says which confusion it is.
_BRANCHES = [f"(?P<c{i}>{slip.pattern.pattern})" for i, slip in enumerate(SLIPS)]
_PATTERN = regex.compile("|".join(_BRANCHES), regex.IGNORECASE)


def _which(m: regex.Match[str]) -> int:
    for i in range(len(SLIPS)):
        if m.start(f"c{i}") >= 0:
            return i
    raise AssertionError("a match of no confusion")


@rule("E844", "confused-word", Severity.WARNING, Fix.UNSAFE)
def confused_word(ctx: Context) -> pl.DataFrame:
    """A word confused with a near-homophone or a near form, where the words around settle it.

    ## What it does
    Finds a word put for another that sounds or looks like it, only where its neighbours
    leave one reading: "principal" for principle before "of" and a lower-case abstract noun
    ("adhere to the principal of mutual benefit"; not "the principal of the school", "the
    principal of a loan") or after "guiding", "fundamental", "basic", "core" or "agreed in";
    "principle" for principal before "contradiction", "leaders", "reason"; "wreck havoc";
    "stamp down on" (clamp down on); "free-duty"; "the upper-hand"; a noun of a verb and its
    particle used as the verb after a modal or an infinitive's "to" ("will crackdown on",
    "to setup a fund": crack down, set up); two words run together ("alot", "infact",
    "eachother", "upto", "bottomline") and "everyday" as an adverb ("open everyday from 9
    am"); "peek season", "reached its peek", "sneak peak", "peaked their interest"; "loose"
    for lose before its object ("not loose sight of"); "breath new life"; "advice" as a verb
    ("will advice residents"); "affect" as a noun ("a great affect on", "came into affect");
    "insure the safety"; "then" in a comparison ("more then ever"); "lead" for led after
    "has" or "was" ("was lead by"); "it's own"; "complimentary advantages"; "urban planing";
    "raised by 8 percent" of a figure that went up by itself; "play a key roll"; "construction
    sight"; "whether forecast"; "a through investigation"; "have excess to"; "cease the
    opportunity"; "medical personal"; "boarder trade"; "flaunt the rules"; "tow the line";
    "free reign"; "deep-seeded"; "baited breath"; "case and point"; "could of been";
    "was suppose to"; "conscience of" (conscious); "risk adverse"; "proceeded by"; a school
    called a "Collage" after its kind ("Vocational Collage"; not "an art collage"); "shoulder
    by shoulder"; a moment called a "junction" ("at a critical junction in bilateral
    relations", "reached an important junction in its history": juncture; not "at the
    junction of two railways"); "the shot term"; "along
    side the river" (alongside; not "along side roads"); "anew level", "anew stage" (a new).

    ## Why is this bad?
    A spelling checker passes every one of these: each is a real word, the wrong one. They are
    slips of the ear and of the keyboard that editors of any English catch, and a reader
    stumbles on them ("advice" where the verb stands) or misreads them ("principal" as the
    head of a school).

    ## Example
    ```text
    The two cities will adhere to the principal of mutual benefit and crackdown on smuggling.
    ```

    ## Use instead
    ```text
    The two cities will adhere to the principle of mutual benefit and crack down on smuggling.
    ```

    ## Fix safety
    Unsafe: the word meant is suggested; a name or a quotation may hold the other.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", PREFILTER, _PATTERN):
        slip = SLIPS[_which(m)]
        # The confusion's own match, read again alone from the same place, gives its groups
        # (`w`, the word itself); its lookarounds see the text on both sides.
        own = slip.pattern.match(m.string, m.start())
        if own is None:
            continue
        has_word = "w" in slip.pattern.groupindex and own.start("w") >= 0
        start, end = own.span("w") if has_word else own.span()
        found = m.string[start:end]
        add_row(
            rows,
            doc,
            base + start,
            base + end,
            f"“{' '.join(found.split())}”: {slip.why}",
            slip.mend(found),
        )
    return output(rows)
