"""Rapport: sandbox.

A local stand-in for Telegram's Bot API (same HTTP, JSON, limits and errors) with a control API for
tests and a web chat page. ``Sandbox`` runs it; ``SandboxClient`` drives personas through it.
"""

from sandbox.client import Group, Persona, SandboxClient, SandboxError, button_texts
from sandbox.server import Sandbox, run_sandbox

__all__ = [
    "Group",
    "Persona",
    "Sandbox",
    "SandboxClient",
    "SandboxError",
    "button_texts",
    "run_sandbox",
]
