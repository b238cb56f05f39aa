"""Documents in and out: readers that turn articles into one segment table, and safe writers.

Tables built here (polars DataFrames):

- ``segments``: one row per sentence. ``doc`` (index into the run's documents), ``para``
  (paragraph number in the document), ``seg`` (sentence number in the document), ``src``
  (Chinese source, null for monolingual input), ``tgt`` (the English text, exactly as in the
  file), ``start``/``end`` (character offsets of ``tgt`` in the document text), ``line``
  (1-based line of ``start``).
- ``paragraphs``: ``doc, para, text, start, end, line`` — the same spans one level up, for rules
  whose unit is the paragraph (quotes may span sentences).
- ``lines``: ``doc, line, text, start`` — physical lines, for whitespace rules and for mapping
  offsets back to line and column.
- ``masks``: ``doc, start, end`` — inline code, link targets, autolinks, HTML tags and URLs
  inside Markdown prose: segments keep them (offsets stay exact), findings in them are dropped.
"""

from tifa.corpus.document import Document, EncodedText
from tifa.corpus.read import Corpus, read_corpus, read_document, resolve_paths
from tifa.corpus.write import write_text_atomic

__all__ = [
    "Corpus",
    "Document",
    "EncodedText",
    "read_corpus",
    "read_document",
    "resolve_paths",
    "write_text_atomic",
]
