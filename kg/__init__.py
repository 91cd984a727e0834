"""kg: turn Arabic news about the conflict in eastern Syria and Iraq into a knowledge graph."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
