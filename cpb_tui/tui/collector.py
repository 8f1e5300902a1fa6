"""The garbage collector, tuned for an app that loads once and then answers keys."""

from __future__ import annotations


def prepare() -> None:
    """Before start-up: nothing yet."""


def settle() -> None:
    """After start-up: nothing yet."""
