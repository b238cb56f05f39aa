"""The one error type every wing raises for bad input.

It lives in the front-door package because glossary/ and corpus/ must not import
each other or checks/, yet the CLI needs one type to turn into `path:line: message`
and exit code 2.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a file, a glossary, a setting. Never a bug in tifa."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        """The one line shown to the user: `path:line: message`."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class InputErrors(InputError):
    """Several problems found in one pass (a glossary with many bad rows)."""

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.path, first.message, first.line)

    def render(self) -> str:
        return "\n".join(p.render() for p in self.problems)
