"""Reading Bot API parameters the ways Telegram accepts them, and validating reply markup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

MAX_CALLBACK_DATA_BYTES = 64
BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
# Telegram's wording when a required parameter is missing; others get the generic sentence.
MISSING: dict[str, str] = {
    "chat_id": "Bad Request: chat_id is empty",
    "text": "Bad Request: message text is empty",
    "document": "Bad Request: there is no document in the request",
    "photo": "Bad Request: there is no photo in the request",
    "user_id": "Bad Request: invalid user_id specified",
    "message_id": "Bad Request: message identifier is not specified",
    "callback_query_id": (
        "Bad Request: query is too old and response timeout expired or query ID is invalid"
    ),
    "file_id": "Bad Request: invalid file_id",
    "action": "Bad Request: wrong parameter action in request",
    "commands": 'Bad Request: parameter "commands" is required',
}
EMPTY_ALLOWED = frozenset({"url"})
BAD_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"
TEXT_BUTTON = (
    "Bad Request: can't parse inline keyboard button: "
    "Text buttons are unallowed in the inline keyboard"
)


class ApiError(Exception):
    """A Bot API refusal: HTTP status, Telegram's description, optional response parameters."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str | None
    content_type: str | None


async def read_params(request: web.Request) -> dict[str, Any]:
    """All parameters of a call: query string, then JSON, form-urlencoded or multipart body."""
    params: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as exc:
            raise bad_request("can't parse JSON object") from exc
        if isinstance(body, dict):
            params.update(body)
        return params
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                params[key] = Upload(value.file.read(), value.filename, value.content_type)
            else:
                params[key] = value
    return params


def missing(params: dict[str, Any], name: str) -> bool:
    """True when a parameter is absent or empty, as Telegram treats both."""
    value = params.get(name)
    return value is None or value == ""


def check_required(params: dict[str, Any], required: tuple[str, ...]) -> None:
    """Refuse the call like Telegram when a required parameter is missing."""
    for name in required:
        # setWebhook with url="" is Telegram's other way to remove a webhook.
        if name in EMPTY_ALLOWED and params.get(name) == "":
            continue
        if missing(params, name):
            raise ApiError(400, MISSING.get(name, f'Bad Request: parameter "{name}" is required'))


def as_int(params: dict[str, Any], name: str, default: int | None = None) -> int | None:
    """An Integer parameter, whether it came as JSON number or form string."""
    value = params.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return int(value)
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise bad_request(f"invalid {name} specified") from exc


def as_bool(params: dict[str, Any], name: str) -> bool:
    """A Boolean parameter: JSON true or the strings "true"/"1"."""
    value = params.get(name)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def as_str(params: dict[str, Any], name: str) -> str | None:
    """A String parameter (numbers sent as JSON are taken as their text)."""
    value = params.get(name)
    if value is None or isinstance(value, Upload):
        return None
    return value if isinstance(value, str) else json.dumps(value)


def as_json(params: dict[str, Any], name: str, error: str | None = None) -> Any:
    """A JSON-serialized parameter: an object in a JSON body, a string in a form."""
    value = params.get(name)
    if not isinstance(value, str):
        return value
    if value == "":
        return None
    try:
        return json.loads(value)
    except ValueError as exc:
        raise ApiError(400, error or f"Bad Request: can't parse {name} JSON object") from exc


def read_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    """The reply_markup of a call, checked like Telegram checks it; None when absent."""
    markup = as_json(params, "reply_markup", BAD_MARKUP)
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, BAD_MARKUP)
    if "inline_keyboard" in markup:
        return {"inline_keyboard": _rows(markup["inline_keyboard"], _inline_button)}
    if "keyboard" in markup:
        return {**markup, "keyboard": _rows(markup["keyboard"], _reply_button)}
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise ApiError(400, BAD_MARKUP)


def _rows(rows: Any, read_button: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(400, BAD_MARKUP)
    return [[read_button(button) for button in row] for row in rows]


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise ApiError(400, BAD_MARKUP)
    actions = BUTTON_ACTIONS & button.keys()
    if not actions:
        raise ApiError(400, TEXT_BUTTON)
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    return button


def _reply_button(button: Any) -> dict[str, Any]:
    if isinstance(button, str):
        return {"text": button}
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise ApiError(400, BAD_MARKUP)
    return button
