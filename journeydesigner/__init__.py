"""Journey Designer: customer journey maps for CX consultants."""

__version__ = "0.1.0"
