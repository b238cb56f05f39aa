"""The review UI (Textual): translators work through findings, one key per decision.

The only wing that imports textual. Everything that touches files is in
tifa.checks.session; this package shows it and asks for decisions.
"""
