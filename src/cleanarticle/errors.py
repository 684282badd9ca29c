"""The one exception family the library raises. The CLI turns each into one sentence on stderr."""

from __future__ import annotations


class CleanArticleError(Exception):
    """Base class: the message is one sentence meant for the user."""


class InputError(CleanArticleError):
    """The input cannot be cleaned (empty, binary, too large, undecodable)."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is a binary file (PDF, image, archive) rather than HTML or text."""


class InputTooLargeError(InputError):
    """The input is larger than ``Options.max_input_bytes`` (also for decompressed gzip)."""


class TimeLimitError(CleanArticleError):
    """Cleaning one document took longer than ``Options.time_limit``."""


class ProcessingError(CleanArticleError):
    """A stage failed on this input in a way it should not (a bug in cleanarticle or a library
    it uses); the input is skipped and the message asks for a report."""
