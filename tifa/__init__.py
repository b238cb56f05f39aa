"""tifa (提法): terminology and translation QA for English renderings of Chinese political texts."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tifa")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
