"""The sandbox's world, kept in memory: users, chats, files, and per-bot updates and chat logs."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

BOT_FIRST_NAME = "Rapport (sandbox)"
BOT_USERNAME = "rapport_test_bot"
FIRST_USER_ID = 1_000_001
BASIC_GROUP_BASE = 5_000_000
SUPERGROUP_BASE = 1_000_000_000_000


class Changes:
    """A wake-up signal: waiters hold the current event; a change sets it and starts a new one."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake everyone waiting now."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float) -> None:
        """Wait for the next change or ``seconds``, whichever comes first."""
        event = self._event
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
        try:
            async with asyncio.timeout(seconds):
                await event.wait()
        except TimeoutError:
            return


@dataclass
class User:
    """A Telegram user (a persona) or the bot itself."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The User object as Telegram sends it."""
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": self.is_bot,
            "first_name": self.first_name,
        }
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass
class Chat:
    """A private chat (same id as its user) or a group chat (negative id)."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    user: User | None = None
    members: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The Chat object as Telegram sends it."""
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.user is not None:
            data["first_name"] = self.user.first_name
            if self.user.last_name:
                data["last_name"] = self.user.last_name
        if self.title:
            data["title"] = self.title
        username = self.user.username if self.user is not None else self.username
        if username:
            data["username"] = username
        return data


@dataclass(frozen=True)
class StoredFile:
    """A file uploaded by the bot or sent by a persona, downloadable by its file_path."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    mime_type: str
    file_name: str | None = None

    def as_file(self) -> dict[str, Any]:
        """The File object getFile returns."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


@dataclass
class ChatLog:
    """Every message of one chat with one bot, in order, with who sent it."""

    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    from_bot: set[int] = field(default_factory=set)
    keyboard: dict[str, Any] | None = None
    version: int = 0
    next_id: int = 1
    changes: Changes = field(default_factory=Changes)

    def touch(self) -> None:
        """Record a change and wake readers."""
        self.version += 1
        self.changes.notify()

    def bot_messages(self, after: int = 0) -> list[dict[str, Any]]:
        """The bot's messages with an id above ``after``, current state, in order."""
        return [m for i, m in self.messages.items() if i > after and i in self.from_bot]


@dataclass
class CallbackRecord:
    """A callback query a persona created by tapping, and the bot's answer to it."""

    id: str
    user_id: int
    created: float
    answer: dict[str, Any] | None = None


@dataclass
class Webhook:
    """Where updates are pushed when the bot chose webhooks over getUpdates."""

    url: str
    secret_token: str | None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class BotState:
    """Everything one bot (one token) sees: its update queue, webhook, commands and chats."""

    id: int | None
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    next_update_id: int = 1
    allowed_updates: list[str] = field(default_factory=list)
    webhook: Webhook | None = None
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[tuple[str, str], str] = field(default_factory=dict)
    logs: dict[int, ChatLog] = field(default_factory=dict)
    callbacks: dict[str, CallbackRecord] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    kicked: set[int] = field(default_factory=set)
    left: set[int] = field(default_factory=set)
    admin_of: set[int] = field(default_factory=set)
    wake: Changes = field(default_factory=Changes)
    poll_id: int = 0

    def user(self) -> User:
        """The bot as a Telegram user."""
        return User(id=self.id or 0, first_name=BOT_FIRST_NAME, username=BOT_USERNAME, is_bot=True)

    def log(self, chat_id: int) -> ChatLog:
        """The chat log for ``chat_id``, created on first use."""
        if chat_id not in self.logs:
            self.logs[chat_id] = ChatLog()
        return self.logs[chat_id]

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update with the next update_id and wake the poller or webhook pusher."""
        update = {"update_id": self.next_update_id, kind: payload}
        self.next_update_id += 1
        self.updates.append(update)
        self.wake.notify()
        return update


class World:
    """One sandbox's state: nothing is global, so several sandboxes can run in one process."""

    def __init__(self) -> None:
        self.users: dict[int, User] = {}
        # Not Telegram's: what the web chat shows beside a persona (who they are, what to try).
        self.notes: dict[int, str] = {}
        # The IANA zone the web chat shows times in (the site's); the browser's when unset.
        self.time_zone: str | None = None
        self.chats: dict[int, Chat] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.bots: dict[int, BotState] = {}
        self.clock_offset = 0.0
        self.closing = False
        self._unclaimed: BotState | None = None
        self._ids = itertools.count(1)

    def now(self) -> float:
        """Sandbox time: wall clock plus whatever the control API advanced it by."""
        return time.time() + self.clock_offset

    def date(self) -> int:
        """Sandbox time as Telegram's integer Unix date."""
        return int(self.now())

    def serial(self) -> int:
        """A fresh number for ids that only need to be unique."""
        return next(self._ids)

    def bot_for_token(self, bot_id: int) -> BotState:
        """The bot behind a token; the first bot adopts what personas did before any bot called."""
        if bot_id in self.bots:
            return self.bots[bot_id]
        bot = self._unclaimed or BotState(id=bot_id)
        bot.id = bot_id
        self._unclaimed = None
        self.bots[bot_id] = bot
        return bot

    def bot_for_control(self, bot_id: int | None = None) -> BotState:
        """The bot a persona talks to: the one named, else the first, else one to be adopted."""
        if bot_id is not None:
            return self.bot_for_token(bot_id)
        if self.bots:
            return next(iter(self.bots.values()))
        if self._unclaimed is None:
            self._unclaimed = BotState(id=None)
        return self._unclaimed

    def add_user(
        self,
        first_name: str,
        *,
        language_code: str | None = None,
        user_id: int | None = None,
        last_name: str | None = None,
        username: str | None = None,
    ) -> User:
        """Create (or replace) a persona and its private chat."""
        if user_id is None:
            user_id = max([FIRST_USER_ID - 1, *self.users]) + 1
        user = User(user_id, first_name, last_name, username, language_code)
        self.users[user_id] = user
        self.chats[user_id] = Chat(id=user_id, type="private", user=user, members=[user_id])
        return user

    def add_group(self, title: str, member_ids: list[int], *, public: bool) -> Chat:
        """Create a group (or a public supergroup) holding these personas and the bot."""
        number = self.serial()
        if public:
            slug = "".join(c for c in title.lower() if c.isalnum())[:24] or "group"
            chat = Chat(-(SUPERGROUP_BASE + number), "supergroup", title, f"{slug}_{number}")
        else:
            chat = Chat(-(BASIC_GROUP_BASE + number), "group", title)
        chat.members = list(member_ids)
        self.chats[chat.id] = chat
        return chat

    def store_file(
        self, data: bytes, *, kind: str, mime_type: str, file_name: str | None = None
    ) -> StoredFile:
        """Keep file content and give it Telegram-like ids and a download path."""
        number = self.serial()
        digest = hashlib.sha256(data + number.to_bytes(8, "big")).hexdigest()
        extension = (file_name or "").rpartition(".")[2] if file_name and "." in file_name else ""
        extension = extension or {"photos": "jpg", "voice": "oga", "stickers": "webp"}.get(
            kind, "bin"
        )
        stored = StoredFile(
            file_id=f"{kind[:3].upper()}{number:06d}{digest[:24]}",
            file_unique_id=f"U{digest[:15]}",
            data=data,
            file_path=f"{kind}/file_{number}.{extension}",
            mime_type=mime_type,
            file_name=file_name,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    def chat_instance(self, chat_id: int) -> str:
        """A stable opaque string per chat, as Telegram puts in callback queries."""
        return str(int(hashlib.sha256(str(chat_id).encode()).hexdigest()[:15], 16))
