"""Settings: the one place that reads the environment (``RAPPORT_*`` variables and ``.env``)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API_URL = "https://api.telegram.org/bot"


# Secrets systemd may hand over with ``LoadCredential=NAME:/path`` (deploy/rapport.service): a
# file of that name in ``$CREDENTIALS_DIRECTORY``, readable by the service alone.
CREDENTIALS = ("telegram_token", "webhook_secret")


def _cache_home() -> Path:
    """The user's cache directory (XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


class Settings(BaseSettings):
    """Everything a deployment can set. Secrets are ``SecretStr`` so they never print.

    Every field is listed, with one line on what it does, in ``.env.example`` (a test keeps the
    two in step).
    """

    model_config = SettingsConfigDict(env_prefix="RAPPORT_", env_file=".env", extra="ignore")

    telegram_token: SecretStr | None = None
    telegram_token_file: Path | None = None
    telegram_api_url: str = DEFAULT_API_URL
    telegram_file_url: str | None = None
    database_url: str = "sqlite+aiosqlite:///rapport.db"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    # Health and metrics when polling (docs/monitoring.md); 0 or empty: no server. In webhook
    # mode they are served on the webhook's port instead.
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    log_level: str = "INFO"
    # "text", or "json": one JSON object per line, for a log shipper (bot/runtime/logs.py).
    log_format: Literal["text", "json"] = "text"
    delivery_interval_s: float = 0.5
    # Keep to Telegram's limits (about 30 new messages a second in all; about one a second per
    # chat after a short burst, 20 a minute in a group) before it asks; off only against a Bot
    # API that has none (the sandbox with its limits off).
    telegram_pace: bool = True
    escalation_check_s: float = 5.0
    # How often the schedule stores the summary tallies of finished days (bot/reports/summary.py).
    tally_interval_s: float = 300.0
    # Per user: more updates than this within the window are stored but not processed, and the
    # sender is asked once to wait (bot/rate_limit.py).
    rate_limit_updates: int = 20
    rate_limit_window_s: float = 10.0
    # Where the trained second opinion is kept between starts (bot/triage/learned/stored.py): a
    # restart loads it instead of training it again. Any writable directory; nothing secret.
    model_cache_dir: Path = Field(default_factory=lambda: _cache_home() / "rapport")
    # Set by systemd for a service with LoadCredential= (not RAPPORT_-prefixed): where the
    # secrets named in CREDENTIALS are, each read when its RAPPORT_ variable is not set.
    credentials_directory: Path | None = Field(default=None, alias="CREDENTIALS_DIRECTORY")

    @field_validator("http_port", mode="before")
    @classmethod
    def _empty_port(cls, value: object) -> object:
        return 0 if value in ("", None) else value

    @field_validator("telegram_api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _read_credentials(self) -> Settings:
        """Fill the secrets not set otherwise from systemd's credentials directory."""
        if self.credentials_directory is None:
            return self
        for name in CREDENTIALS:
            path = self.credentials_directory / name
            if getattr(self, name) is None and path.is_file():
                setattr(self, name, SecretStr(path.read_text(encoding="utf-8").strip()))
        return self

    def token(self) -> str | None:
        """The bot token: ``RAPPORT_TELEGRAM_TOKEN``, the ``telegram_token`` credential, or the
        file named by ``RAPPORT_TELEGRAM_TOKEN_FILE``."""
        if self.telegram_token is not None:
            return self.telegram_token.get_secret_value().strip() or None
        if self.telegram_token_file is not None and self.telegram_token_file.exists():
            return self.telegram_token_file.read_text(encoding="utf-8").strip() or None
        return None

    def file_url(self) -> str:
        """The Bot API file base URL: Telegram's is ``/file/bot`` beside ``/bot``."""
        if self.telegram_file_url:
            return self.telegram_file_url.rstrip("/")
        root, _, _ = self.telegram_api_url.rpartition("/bot")
        return f"{root}/file/bot"


def environment_name(field: str) -> str:
    """The variable that sets ``field``: ``RAPPORT_`` and its name, or its alias."""
    return Settings.model_fields[field].alias or f"RAPPORT_{field.upper()}"


def settings_problem(error: ValidationError) -> str:
    """What is wrong with the settings, in one line naming the variables (not their values,
    which may be secrets)."""
    problems = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else ""
        name = environment_name(field) if field in Settings.model_fields else field
        problems.append(f"{name}: {problem['msg']}")
    return "; ".join(problems)


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
