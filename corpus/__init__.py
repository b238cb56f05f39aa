"""Documents in and out: readers that turn articles and bilingual files into one segment
table, and safe writers.

Tables built here (polars DataFrames):

- ``segments``: one row per sentence of an article, or per unit of a bilingual file (a PO
  entry, XLIFF unit or segment, TMX ``tu``, table row, JSON line, aligned sentence pair: rules
  see one segment per unit). ``doc`` (index into the run's documents), ``para`` (paragraph
  number in the document), ``seg`` (sentence or unit number in the document), ``src`` (the
  Chinese source; null for monolingual input, for a unit without Chinese, and for an aligned
  pair whose confidence is below ``tifa.corpus.align.MIN_CONFIDENCE`` — source-aware rules skip
  null ``src`` and need not look at ``conf``), ``tgt`` (the English exactly as stored, after
  the format's unescaping: PO escapes, XML entities, CSV quotes), ``start``/``end`` (character
  offsets of ``tgt`` in the document text), ``line`` (1-based line of the English in the file),
  ``conf`` (alignment confidence in [0, 1]: ``tifa align``, ``--pair`` or a ``confidence``
  column; null when the file pairs its units itself).
- ``paragraphs``: ``doc, para, text, start, end`` — the same spans one level up, for rules whose
  unit is the paragraph (quotes may span sentences); in a bilingual file, one per unit.
- ``lines``: ``doc, line, text, start`` — physical lines of the document text, for whitespace
  rules.
- ``masks``: ``doc, start, end`` — inline code, link targets, autolinks, HTML tags and URLs
  inside Markdown prose: segments keep them (offsets stay exact), findings in them are dropped.

A bilingual file's document text is a *view*: its units' English separated by blank lines
(`tifa.corpus.pairs`), so rules run unchanged and ``text[start:end] == tgt`` holds as for
articles. Two more tables map the view back to the file:

- ``origins``: ``doc, start, end, file_start, file_end`` — view ``[start, end)`` is stored at
  file ``[file_start, file_end)``, character for character when the widths agree, else one
  escape; a zero-width row anchors each unit. ``tifa.corpus.locate`` turns findings' offsets
  into file offsets with it, so line and column are always the file's own.
- ``file_lines``: ``doc, line, start`` — the file's line starts, for those line numbers
  (``Corpus.position_lines`` combines them with the articles' ``lines``).

Edits to any document go through ``tifa.corpus.edit`` (one mechanism: articles by offset,
bilingual files in the file's notation where the English is stored, refused when they cannot
be placed exactly).
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
