"""P349 stop-before-attribution."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Verbs of saying that follow a quotation in lower case: the sentence goes on after the
# quotation, so the quotation cannot have ended it. A capital after the mark ("… open." He
# said …) starts a new sentence and is left alone.
_ATTRIBUTION = (
    r"said|says|added|adds|noted|notes|stressed|stresses|explained|explains|remarked|continued"
    r"|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|told|recalled|concluded"
    r"|(?:he|she|they|it|we) (?:said|says|added|noted|stressed|explained)"
)
# The speaker named after the quotation, the verb after the name, and the attribution
# ending there: a full stop or a comma that goes on with no second quotation ("… cities."
# Li Xiaomin added.", "… open." Mayor Li Hua said, adding …). A name of one to four
# capitalised words (a title may lead it), or a pronoun; a sentence that goes on after the
# verb ("… open." Li said the city …) is a sentence of its own and is left alone, and so is
# a comma that brings in the next quotation ("… open." Li added, "We …").
_SAYING = r"said|says|added|adds|noted|stressed|explained|continued|concluded|told reporters"
_SPEAKER = (
    r"(?:(?:Mr|Mrs|Ms|Dr)\.[ ]\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{Ll}'’-]+){0,3})"
)
_NAMED = rf"{_SPEAKER}[ ](?:{_SAYING})(?=[.,](?![ \t\u00a0]*[\"“‘'])|$)"
# A full stop after a word, just inside the closing quotation mark (a stray space may stand
# between them: "… more money. ” said Zhou"), the attribution after it: "The city is
# open." said Li.
_PATTERN = regex.compile(
    rf"(?<=[\p{{L}}\d)])\.(?=[ ]?[\"”’'][ \t\u00a0]*(?:(?:{_ATTRIBUTION})(?![\p{{L}}-])|{_NAMED}))"
)
_PREFILTER = (
    rf"\.[ ]?[\"”’'][ \t\u00a0]*(?:(?:{_ATTRIBUTION})\b"
    rf"|\p{{Lu}}[^.,!?;:\"“”]{{0,40}}\b(?:{_SAYING})[.,])"
)
# An abbreviation keeps its stop ("… Co. Ltd." said …): a short capitalised word or a
# letter before the stop.
_ABBREVIATION = regex.compile(r"(?:^|[\s(])(?:\p{Lu}[\p{L}]{0,3}|\p{L})$")


@rule("P349", "stop-before-attribution", Severity.WARNING, Fix.UNSAFE)
def stop_before_attribution(ctx: Context) -> pl.DataFrame:
    """A quotation closed with a full stop before the words that say who spoke.

    ## What it does
    Finds a full stop just inside a closing quotation mark followed by a verb of saying in
    lower case: “The city is open.” said Li, “… progress.” he added, also with a stray space
    inside the mark (“… open. ” said Li); and the speaker named after the mark, the verb
    after the name and the attribution ending there (“… open.” Li Hua added; “… open.”
    Li Hua said, adding …). The sentence runs on after the quotation, so the quotation ends
    with a comma. A question or exclamation mark is kept, and so is a sentence of its own
    after the mark (“… open.” Li said the city will …, “… open.” He said later …), a
    comma that brings in the next quotation (“… open.” Li added, “We …”) and the stop of
    an abbreviation (“… Co. Ltd.” said …).

    ## Why is this bad?
    The full stop ends a sentence that has not ended: the reader meets “said Li” as a
    fragment. Chinese puts the attribution in a sentence of its own (“……。”李说); English
    news writes “The city is open,” said Li.

    ## Example
    ```text
    “The city welcomes investors from all over the world.” said Mayor Li Hua.
    ```

    ## Use instead
    ```text
    “The city welcomes investors from all over the world,” said Mayor Li Hua.
    ```

    ## Fix safety
    Unsafe: a comma is suggested; where the full stop belongs to an abbreviation the text
    needs a person.
    """
    rows = new_rows()
    # Paragraphs, not sentences: the sentence splitter ends a sentence at the quotation's
    # stop when a capital follows, and the named speaker ("… cities." Li Xiaomin added.)
    # falls into the next sentence.
    paragraphs = ctx.corpus.paragraphs
    for doc, base, text, m in prose_matches(paragraphs, "text", _PREFILTER, _PATTERN):
        if _ABBREVIATION.search(text, 0, m.start()):
            continue
        start = base + m.start()
        message = "a quotation before its attribution ends with a comma, not a full stop"
        add_row(rows, doc, start, start + 1, message, ",")
    return output(rows)
