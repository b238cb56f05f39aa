"""E828 article-before-field."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import drop_article, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Adjectives that name a kind of development or of the fight against poverty.
_ADJ = (
    r"(?:targeted|precise|economic|social|socio-economic|local|regional|rural|urban"
    r"|coordinated|green|sustainable|high-quality|innovative|integrated|balanced|overall)"
)
_FIELD = (
    rf"(?:{_ADJ}{_S}(?:and{_S})?){{0,3}}(?:poverty{_S}alleviation|poverty{_S}reduction)"
    rf"|(?:{_ADJ}{_S}(?:and{_S})?){{1,3}}(?:development|competitiveness|revitalization"
    r"|revitalisation)"
)
# The field must end its clause: a full stop or other punctuation, or "and" before a new
# subject. "the economic and social development of the city", "in the poverty alleviation
# campaign" and "the local development in host countries" are made definite by what
# follows, and are right.
_END = (
    r"[ \u00a0]*(?:[,.;:!?)]|$)"
    r"|[ \u00a0]+and[ \u00a0]+(?:we|they|he|she|it|I)(?![\p{L}])"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<the>the){_S}(?P<field>{_FIELD})(?![\p{{L}}\p{{N}}'’-])"
    rf"(?={_END})"
)
_PREFILTER = (
    r"\bthe[ \u00a0]+[^.!?;,]{0,60}?(?:poverty[ \u00a0]+(?:alleviation|reduction)"
    r"|development|competitiveness|revitali[sz]ation)[ \u00a0]*(?:[,.;:!?)]|$|and)"
)


@rule("E828", "article-before-field", Severity.WARNING, Fix.UNSAFE)
def article_before_field(ctx: Context) -> pl.DataFrame:
    """An article before a field of work named in general: development, poverty alleviation.

    ## What it does
    Finds "the" before poverty alleviation or reduction ("in the poverty alleviation"),
    and before development, competitiveness or revitalization after an adjective that names
    its kind ("in the economic and social development", "promote the urban
    competitiveness", "contributing to the local development"), where the phrase ends its
    clause: punctuation, or "and" before a new subject. Prose only: headings are left alone.
    Left alone: a phrase made definite by what follows ("the economic and social development
    of the city", "the poverty alleviation campaign", "the local development in host
    countries"), and development without an adjective ("the development"), which may point
    back to one already named.

    ## Why is this bad?
    A field of work named in general is an uncountable noun and takes no article:
    "achievements in economic and social development", "progress in poverty alleviation".
    The article reads as a word-for-word rendering from a language without articles, where a
    translator adds "the" to be safe.

    ## Example
    ```text
    The county made great progress in the poverty alleviation and in the economic and social
    development.
    ```

    ## Use instead
    ```text
    The county made great progress in poverty alleviation and in economic and social
    development.
    ```

    ## Fix safety
    Unsafe: the article's removal is suggested; the phrase may point back to one named
    before, and a person decides.
    """
    rows = new_rows()
    segments = running_text(ctx)
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        if inside_title(text, m.start(), m.end()):
            continue
        message = f"“the {m.group('field')}”: a field of work named in general takes no article"
        drop_article(rows, doc, base, m, message, "field")
    return output(rows)
