"""Showing domain replies in Telegram: chunks, buttons on the last one, documents, photos."""

from __future__ import annotations

from io import BytesIO

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import RapportContext
from bot.i18n import t
from bot.reply import Reply
from bot.telegram_limits import (
    CALLBACK_ANSWER_LIMIT,
    CAPTION_LIMIT,
    cut_html,
    cut_text,
    split_html,
)
from handlers.transport import keyboard


async def respond(
    update: Update, context: RapportContext, reply: Reply, *, private: bool = False
) -> None:
    """Send ``reply`` to the chat of ``update`` (or in place of the tapped message); with
    ``private``, to the user's private chat whatever chat the update came from."""
    chat = update.effective_chat
    assert chat is not None
    chat_id = update.effective_user.id if private and update.effective_user else chat.id
    bot = context.bot
    markup = keyboard(reply.buttons)
    if reply.document is not None:
        await bot.send_document(
            chat_id,
            BytesIO(reply.document),
            filename=reply.filename,
            caption=cut_html(reply.text, CAPTION_LIMIT),
            parse_mode=ParseMode.HTML,
        )
        return
    if reply.photo is not None:
        await bot.send_photo(
            chat_id,
            BytesIO(reply.photo),
            caption=cut_html(reply.text, CAPTION_LIMIT),
            parse_mode=ParseMode.HTML,
        )
        return
    query = update.callback_query
    if reply.replace and query is not None and query.message is not None:
        try:
            await query.edit_message_text(
                reply.text, parse_mode=ParseMode.HTML, reply_markup=markup
            )
            return
        except BadRequest as error:
            if "not modified" in error.message:
                return
    chunks = split_html(reply.text)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await bot.send_message(  # to chat_id: a private reply to a tap in a group stays private
            chat_id, chunk, parse_mode=ParseMode.HTML, reply_markup=markup if last else None
        )


async def say(update: Update, context: RapportContext, key: str, **values: object) -> None:
    """A short catalog message in the user's language (answering a tap as a toast)."""
    lang = context.actor.lang if context.actor else "en"
    text = t(lang, key, **values)
    if update.callback_query is not None:
        await update.callback_query.answer(cut_text(text, CALLBACK_ANSWER_LIMIT), show_alert=True)
    elif update.effective_chat is not None:
        await update.effective_chat.send_message(text)


async def retire_buttons(update: Update) -> None:
    """Take the buttons off a tapped message so the same tap cannot be made twice."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest:
        pass
