"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it accepts, for the newsletter tests."""

import asyncio
import email
import socket
import threading
from email import policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    """Accepts everything, except ``refuse`` (550 at RCPT); drops the connection once at ``drop_once``;
    answers the whole message of ``defer_once`` with a 451 once, keeping nothing.

    ``hold_at=n``: the n-th accepted message is stored, then its "250" reply waits
    until ``release()``: the client has handed the message over but does not know it yet.
    """

    def __init__(self, *, refuse=(), drop_once=(), defer_once=(), hold_at: int | None = None):
        self.refuse = {a.lower() for a in refuse}
        self.drop_once = {a.lower() for a in drop_once}
        self.defer_once = {a.lower() for a in defer_once}
        self.hold_at = hold_at
        self.held = threading.Event()
        self._released = threading.Event()
        self.messages: list[tuple[list[str], bytes]] = []
        self.senders: list[str] = []  # the envelope sender (MAIL FROM) of each message
        self.peers: list[tuple] = []  # the client's address and port (its connection) of each message
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 No such mailbox"
        if address.lower() in self.drop_once:
            self.drop_once.discard(address.lower())
            server.transport.close()
            return "421 4.4.2 Closing"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        deferred = {a.lower() for a in envelope.rcpt_tos} & self.defer_once
        if deferred:
            self.defer_once -= deferred
            return "451 4.3.0 Try again later"
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
            self.senders.append(envelope.mail_from)
            self.peers.append(session.peer)
            count = len(self.messages)
        if self.hold_at is not None and count == self.hold_at:
            self.held.set()
            for _ in range(200):
                if self._released.is_set():
                    break
                await asyncio.sleep(0.05)
        return "250 OK"

    def release(self):
        self._released.set()

    def recipients(self) -> list[str]:
        with self.lock:
            return [rcpt.lower() for rcpts, _data in self.messages for rcpt in rcpts]

    def parsed(self) -> list[email.message.EmailMessage]:
        with self.lock:
            return [email.message_from_bytes(data, policy=policy.default) for _rcpts, data in self.messages]


class FinishingSMTP(SMTP):
    """Processes what the client sent before it vanished, as Postfix or Exim do.

    aiosmtpd stops the session the moment the client's end of the connection
    closes, dropping a message whose end-of-data mark is already in its buffer.
    A mail server that has the mark has the whole message and accepts it, even
    if the client is no longer there to read the "250".
    """

    def eof_received(self):
        self._reader.feed_eof()
        self.loop.create_task(self._finish())
        return True  # keep the transport until the buffered commands are handled

    async def _finish(self):
        # Let the session read what is buffered (at most 5 s), and handle the last line.
        for _ in range(250):
            if not self._reader._buffer:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        if self._handler_coroutine is not None:
            self._handler_coroutine.cancel()
        if self.transport is not None:
            self.transport.close()


class SinkController(Controller):
    def factory(self):
        return FinishingSMTP(self.handler, **self.SMTP_kwargs)


def start(sink: Sink) -> Controller:
    controller = SinkController(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller
