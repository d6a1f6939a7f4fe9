"""The persona driver: tests and benchmarks act as Telegram users through the control API.

officer = await client.user("Dana", language_code="fr")
await officer.send("482913K 4B range, refused to lock up")
card = await officer.next_message()
await officer.tap("Submit")
"""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import aiohttp

MAX_WAIT_PER_REQUEST_S = 25.0
HISTORY_SHOWN = 8


class SandboxError(RuntimeError):
    """The control API refused a request (the description says why)."""


def button_texts(message: dict[str, Any]) -> list[str]:
    """The texts of a message's inline buttons, row by row."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [button["text"] for row in rows for button in row]


def _describe(message: dict[str, Any]) -> str:
    who = "bot" if message.get("from", {}).get("is_bot") else message.get("from", {}).get("id")
    body = message.get("text") or message.get("caption") or ""
    if "document" in message:
        body = f"[document {message['document'].get('file_name')}] {body}"
    elif "photo" in message:
        body = f"[photo] {body}"
    buttons = button_texts(message)
    extra = f" buttons={buttons}" if buttons else ""
    return f"  #{message['message_id']} {who}: {body!r}{extra}"


class SandboxClient:
    """An aiohttp client of one sandbox's control API; makes personas and groups."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> SandboxClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def request(self, verb: str, path: str, **kwargs: Any) -> Any:
        """One control API call; the decoded JSON, or SandboxError with the sandbox's reason."""
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        async with self._session.request(verb, f"{self.url}{path}", **kwargs) as response:
            if response.content_type != "application/json":
                body = await response.read()
                if response.status >= 400:
                    raise SandboxError(f"{verb} {path}: HTTP {response.status}")
                return body
            data = await response.json()
            if response.status >= 400:
                raise SandboxError(f"{verb} {path}: {data.get('description')}")
            return data

    async def user(
        self,
        first_name: str,
        *,
        language_code: str = "en",
        user_id: int | None = None,
        last_name: str | None = None,
        username: str | None = None,
        note: str | None = None,
    ) -> Persona:
        """A new persona (Telegram user) with its private chat with the bot; ``note`` is shown
        beside it in the web chat (who they are, what to try)."""
        body = {
            "first_name": first_name,
            "language_code": language_code,
            "user_id": user_id,
            "last_name": last_name,
            "username": username,
            "note": note,
        }
        data = await self.request("POST", "/control/users", json=body)
        return Persona(self, data)

    async def group(
        self, title: str, members: list[Persona], *, public: bool = False, with_bot: bool = True
    ) -> Group:
        """A group chat (a public supergroup when ``public``) with these personas and the bot
        (without it when ``with_bot`` is false: a member then adds it with ``Group.add_bot``)."""
        body = {
            "title": title,
            "member_ids": [m.id for m in members],
            "public": public,
            "with_bot": with_bot,
        }
        data = await self.request("POST", "/control/groups", json=body)
        return Group(self, data["id"], data["title"])

    async def faults(
        self,
        *,
        fail_next: int = 0,
        status: int = 500,
        retry_after: int = 1,
        latency_ms: int = 0,
        drop_next: int = 0,
        methods: list[str] | None = None,
        chat_ids: list[int] | None = None,
        contains: str | None = None,
        for_s: float = 0.0,
    ) -> None:
        """Arm fault switches; by default they hit every method but getUpdates. ``chat_ids`` and
        ``contains`` narrow them to some chats or to texts holding a word; ``for_s`` fails every
        matching call for that long instead of the next ``fail_next``."""
        body = {
            "fail_next": fail_next,
            "status": status,
            "retry_after": retry_after,
            "latency_ms": latency_ms,
            "drop_next": drop_next,
            "methods": methods,
            "chat_ids": chat_ids,
            "contains": contains,
            "for_s": for_s,
        }
        await self.request("POST", "/control/faults", json=body)

    async def set_limits(self, enabled: bool) -> None:
        """Switch Telegram's flood limits on or off."""
        await self.request("POST", "/control/limits", json={"enabled": enabled})

    async def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """The Bot API calls the bot made (method, params, status, time), optionally one method."""
        return await self.request("GET", "/control/calls", params={"method": method or ""})

    async def raw_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update exactly as given (any kind, any shape); the update with its id."""
        body = {"kind": kind, "payload": payload}
        return await self.request("POST", "/control/updates", json=body)

    async def show_times_in(self, time_zone: str) -> None:
        """Have the web chat show times in this IANA zone (a site's) instead of the browser's."""
        await self.request("POST", "/control/time_zone", json={"time_zone": time_zone})

    async def advance_clock(self, seconds: float) -> None:
        """Move sandbox time forward (48-hour delete window, stale callback queries)."""
        await self.request("POST", "/control/clock", json={"advance_s": seconds})


class ChatReader:
    """Reading what the bot sent to one chat: in order, as it is now, and its files."""

    def __init__(self, client: SandboxClient, chat_id: int) -> None:
        self.client = client
        self.chat_id = chat_id
        self._consumed = 0

    # The driver's public signature takes a timeout like Telegram tests expect.
    async def next_message(self, timeout: float = 5.0) -> dict[str, Any]:  # noqa: ASYNC109
        """The next bot message not yet returned here, waiting up to ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        path = f"/control/chats/{self.chat_id}/messages"
        while True:
            wait = max(0.0, min(MAX_WAIT_PER_REQUEST_S, deadline - loop.time()))
            query = {"after": self._consumed, "wait": wait, "limit": 1}
            found = await self.client.request("GET", path, params=query)
            if found:
                self._consumed = found[0]["message_id"]
                return found[0]
            if loop.time() >= deadline:
                raise TimeoutError(await self._timeout_report(timeout))

    async def _timeout_report(self, waited: float) -> str:
        history = await self.client.request("GET", f"/control/chats/{self.chat_id}/history")
        lines = [_describe(m) for m in history["messages"][-HISTORY_SHOWN:]] or ["  (empty)"]
        head = f"no new bot message in chat {self.chat_id} within {waited}s; recent history:"
        return "\n".join([head, *lines])

    async def messages(self) -> list[dict[str, Any]]:
        """Everything the bot has sent to this chat, edits applied, deleted ones gone."""
        return await self.client.request("GET", f"/control/chats/{self.chat_id}/messages")

    async def message(self, message_id: int) -> dict[str, Any]:
        """One message of this chat as it is now."""
        return await self.client.request(
            "GET", f"/control/chats/{self.chat_id}/messages/{message_id}"
        )

    async def download(self, message: dict[str, Any]) -> bytes:
        """The content of a document or photo (largest size) in a message."""
        if "document" in message:
            file_id = message["document"]["file_id"]
        elif "photo" in message:
            file_id = message["photo"][-1]["file_id"]
        else:
            raise SandboxError(f"message {message['message_id']} has no document or photo")
        return await self.client.request("GET", f"/control/files/{file_id}")


class Group(ChatReader):
    """A group chat: personas write there with ``Persona.send_to``; read it like a persona."""

    def __init__(self, client: SandboxClient, chat_id: int, title: str) -> None:
        super().__init__(client, chat_id)
        self.id = chat_id
        self.title = title

    async def kick_bot(self) -> None:
        """Remove the bot from the group: its next sends there get 403."""
        await self.client.request("POST", "/control/kick", json={"chat_id": self.id})

    async def add_bot(self, by: Persona, *, admin: bool = False) -> None:
        """A member adds the bot (as an administrator when ``admin``): a my_chat_member update."""
        body = {"user_id": by.id, "admin": admin}
        await self.client.request("POST", f"/control/groups/{self.id}/bot", json=body)

    async def join(self, persona: Persona, *, service_message: bool = True) -> None:
        """A persona joins the group: a "joined" service message for the bot (unless hidden, as
        in big supergroups), and a chat_member update if the bot is an admin there."""
        body = {"user_id": persona.id, "service_message": service_message}
        await self.client.request("POST", f"/control/groups/{self.id}/members", json=body)

    async def leave(self, persona: Persona) -> None:
        """A persona leaves the group: a "left" service message for the bot."""
        await self.client.request("DELETE", f"/control/groups/{self.id}/members/{persona.id}")


class Persona(ChatReader):
    """A Telegram user talking to the bot in a private chat (same id as the user)."""

    def __init__(self, client: SandboxClient, data: dict[str, Any]) -> None:
        super().__init__(client, data["chat_id"])
        self.id: int = data["id"]
        self.first_name: str = data["first_name"]
        self.language_code: str = data.get("language_code") or "en"

    def __repr__(self) -> str:
        return f"Persona({self.first_name!r}, id={self.id})"

    async def _post(self, path: str, body: dict[str, Any]) -> Any:
        return await self.client.request("POST", path, json={"user_id": self.id, **body})

    async def send(self, text: str) -> dict[str, Any]:
        """A text message from this persona in its private chat with the bot."""
        return await self._post("/control/messages", {"text": text})

    async def send_to(self, chat: Group, text: str) -> dict[str, Any]:
        """A text message from this persona in a group."""
        return await self._post("/control/messages", {"chat_id": chat.id, "text": text})

    async def open_link(self, url: str) -> dict[str, Any]:
        """Open a deep link to the bot (``https://t.me/<bot>?start=<code>``) and tap Start: the
        app sends ``/start <code>`` for this persona."""
        return await self._post("/control/links", {"url": url})

    async def edit(self, message: dict[str, Any], text: str) -> None:
        """Edit one of this persona's messages (an edited_message update)."""
        body = {"chat_id": message["chat"]["id"], "message_id": message["message_id"]}
        await self._post("/control/edits", {**body, "text": text})

    async def _media(self, kind: str, data: bytes | None = None, name: str | None = None) -> dict:
        encoded = base64.b64encode(data).decode() if data else ""
        body = {"kind": kind, "data_b64": encoded, "file_name": name}
        return await self._post("/control/messages", body)

    async def send_photo(self) -> dict[str, Any]:
        """A photo from this persona."""
        return await self._media("photo")

    async def send_sticker(self) -> dict[str, Any]:
        """A sticker from this persona."""
        return await self._media("sticker")

    async def send_voice(self) -> dict[str, Any]:
        """A voice note from this persona."""
        return await self._media("voice")

    async def send_document(self, name: str, data: bytes) -> dict[str, Any]:
        """A file from this persona."""
        return await self._media("document", data, name)

    async def tap(self, button_text: str, *, message: dict[str, Any] | None = None) -> dict:
        """Tap the inline button with this text on the latest bot message having it."""
        candidates = [message] if message is not None else reversed(await self.messages())
        seen: list[list[str]] = []
        for candidate in candidates:
            rows = (candidate.get("reply_markup") or {}).get("inline_keyboard") or []
            for button in (b for row in rows for b in row):
                if button["text"] == button_text and "callback_data" in button:
                    return await self.tap_data(button["callback_data"], candidate)
            seen.append(button_texts(candidate))
        raise LookupError(f"no inline button {button_text!r} for {self}; buttons seen: {seen}")

    async def tap_data(self, callback_data: str, message: dict[str, Any]) -> dict[str, Any]:
        """Tap with raw (possibly forged) callback data on a bot message."""
        body = {
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "data": callback_data,
        }
        return await self._post("/control/taps", body)

    async def bot_profile(self) -> dict[str, Any]:
        """What this persona sees of the bot: ``commands`` (the menu), ``description`` (an
        empty chat's "What can this bot do?") and ``short_description``."""
        return await self.client.request("GET", f"/control/users/{self.id}/bot")

    async def menu(self) -> list[str]:
        """The commands of the bot's menu as this persona sees it, in order."""
        return [command["command"] for command in (await self.bot_profile())["commands"]]

    async def block_bot(self) -> None:
        """Block the bot: its next sends to this persona get 403 "bot was blocked by the user"."""
        await self._post("/control/block", {"blocked": True})

    async def unblock_bot(self) -> None:
        """Unblock the bot."""
        await self._post("/control/block", {"blocked": False})

    async def callback_answers(self) -> list[dict[str, Any]]:
        """The bot's answerCallbackQuery answers to this persona's taps, in order."""
        return await self.client.request(
            "GET", "/control/callback_answers", params={"user_id": self.id}
        )
