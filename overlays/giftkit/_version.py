"""giftkit's version: the installed distribution's (pyproject.toml is the one place it is set)."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("giftkit")
except PackageNotFoundError:  # a source tree that was never installed
    VERSION = "0+unknown"
