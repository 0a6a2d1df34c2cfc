"""Brücke – the desktop office of an integration commissioner."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bruecke")
except PackageNotFoundError:  # running from a bundle or a plain checkout
    __version__ = "0.1.0"
